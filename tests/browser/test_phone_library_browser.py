"""Journey 3: the library on a 375-pixel-wide phone, by keyboard.

Starts from ``seed_demo``'s data. A visitor opens the library: the facets are
collapsed behind one "Filters" button, so the first result is on the first
screen and a few Tab presses away. They open the facets with the keyboard,
choose a target group, see the filtered page say "1" on the button and the
chosen filter beside it, then skip to the results and open the first material.
Before the facets collapsed, the first result sat 2,600 pixels down and 51 Tab
presses away.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import check_accessibility
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
# Every focusable stop from the top of the page to the first result when only
# Tab is pressed: skip links, the helpline's number and its "where to get help"
# link, brand, three menu links, three languages, the search box and its button,
# the Filters button. Was 51.
MAX_TABS_TO_FIRST_RESULT = 15
FIRST_RESULT = "document.activeElement.matches('.results .card-title a')"


def tab_until(page, condition, limit, what):
    """Press Tab until ``condition`` (JavaScript) holds; return the presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return presses
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    pytest.fail(f"{limit} Tab presses did not reach {what}; focus is on {focused}")


def result_count(page):
    return int(re.search(r"\d+", page.locator("#results-heading").inner_text())[0])


def assert_facets_collapsed(page):
    expect(page.locator("aside.facets")).to_be_hidden()
    first_card = page.locator(".results .card").first
    top = first_card.bounding_box()["y"]
    assert top < PHONE["height"], f"the first result starts at {top}px"
    presses = tab_until(
        page, FIRST_RESULT, MAX_TABS_TO_FIRST_RESULT, "the first result"
    )
    assert presses <= MAX_TABS_TO_FIRST_RESULT


def test_phone_visitor_filters_the_library_and_reaches_a_result(live_server, new_page):
    load_demo()
    base = live_server.url

    # Russian: open the facets with Enter, choose a target group, skip to results.
    page = new_page(**PHONE)
    page.goto(f"{base}/ru/materials/")
    total = result_count(page)
    assert_facets_collapsed(page)

    page.goto(f"{base}/ru/materials/")
    toggle = page.locator(".facets-toggle")
    tab_until(
        page,
        "document.activeElement.matches('.facets-toggle')",
        MAX_TABS_TO_FIRST_RESULT - 1,
        "Filters",
    )
    expect(toggle).to_contain_text(re.compile("Фильтры|Filters"))
    page.keyboard.press("Enter")
    expect(page.locator("aside.facets")).to_be_visible()
    check_accessibility(page, "facets opened on a phone")
    tab_until(
        page,
        "document.activeElement.matches('[data-facet=audience] a')",
        12,
        "a target group",
    )
    group = page.evaluate(
        "document.activeElement.querySelector('span').innerText"
    ).strip()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]audience=[\w-]+"))
    expect(page.locator("aside.facets")).to_be_hidden()
    filtered = result_count(page)
    assert 0 < filtered < total
    expect(toggle).to_contain_text("1")
    expect(toggle).to_contain_text(re.compile(r"выбран 1|1 selected"))
    expect(page.locator(".active-filters")).to_contain_text(group)

    page.keyboard.press("Tab")
    expect(page.locator(".skip-link[href='#main']")).to_be_focused()
    page.keyboard.press("Tab")
    skip = page.locator(".skip-to-results")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    expect(skip).to_contain_text(re.compile("Перейти к результатам|Skip to results"))
    page.keyboard.press("Enter")
    expect(page.locator("#results-heading")).to_be_focused()
    page.keyboard.press("Tab")
    first = page.locator(".results .card-title a").first
    expect(first).to_be_focused()
    title = first.inner_text()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    # Kazakh: Space opens the facets, a narrative narrows, Tab alone reaches
    # the first result.
    page = new_page(**PHONE)
    page.goto(f"{base}/kk/materials/")
    total = result_count(page)
    assert_facets_collapsed(page)
    page.goto(f"{base}/kk/materials/")
    tab_until(
        page,
        "document.activeElement.matches('.facets-toggle')",
        MAX_TABS_TO_FIRST_RESULT - 1,
        "Filters",
    )
    page.keyboard.press("Space")
    expect(page.locator("aside.facets")).to_be_visible()
    tab_until(
        page,
        "document.activeElement.matches('[data-facet=narrative] a')",
        40,
        "a narrative",
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]narrative=[\w-]+"))
    assert 0 < result_count(page) < total
    expect(page.locator(".facets-toggle")).to_contain_text("1")
    tab_until(page, FIRST_RESULT, MAX_TABS_TO_FIRST_RESULT + 1, "the first result")
    title = page.evaluate("document.activeElement.innerText")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/kk/materials/[\w-]+/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
