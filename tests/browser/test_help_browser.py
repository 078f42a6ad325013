"""Journey: a worried parent finds help, by keyboard only.

Starts from ``seed_demo``'s data. From the Kazakh home page the parent Tabs to the
helpline banner's "where to get help in your region" link and presses Enter,
Tabs to Almaty among the regions and presses Enter, then opens the situation "I am
worried about my child" (a ``<details>``) with Enter. The steps show in Kazakh,
the Almaty centre they name is labelled as a placeholder and no phone number is
made up for it. Then the same in Russian on a 375-pixel-wide phone, opening the
situation with Space.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import check_accessibility
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
SITUATION = "#situation-worried-parent"
KAZAKH = {
    "banner": "Өңіріңізде көмекті қайдан алуға болады",
    "region": "Алматы",
    "situation": "Баламның жағдайы мені алаңдатады",
    # Almaty's own pathway (campaigns/demo/data/help.yaml), not the nationwide one.
    "first_step": "Сабыр сақтаңыз және баламен оңаша, кінәламай сөйлесіңіз",
    "centre_step": "Алматы қалалық кеңес беру орталығына жазылыңыз",
    "placeholder": "толтырылатын орын — ауыстырылады",
}
RUSSIAN = {
    "banner": "Где получить помощь в вашем регионе",
    "region": "Алматы",
    "situation": "Я беспокоюсь за своего ребёнка",
    "first_step": "Сохраняйте спокойствие и поговорите с ребёнком наедине",
    "centre_step": "Запишитесь в консультационный центр города Алматы",
    "placeholder": "заглушка — будет заменена",
}


def tab_until(page, condition, limit, what):
    """Press Tab until ``condition`` (JavaScript) holds; return the presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return presses
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    pytest.fail(f"{limit} Tab presses did not reach {what}; focus is on {focused}")


def find_help(page, base, code, texts, open_key):
    page.goto(f"{base}/{code}/")
    tab_until(
        page, "document.activeElement.matches('a.helpline-more')", 10, "the banner"
    )
    expect(page.locator("a.helpline-more")).to_have_text(texts["banner"])
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/{code}/help/")
    expect(page.locator("html")).to_have_attribute("lang", code)
    check_accessibility(page, f"help index ({code})")

    tab_until(
        page,
        f"document.activeElement.matches('a[href=\"/{code}/help/almaty/\"]')",
        60,
        "Almaty",
    )
    expect(page.locator(":focus")).to_have_text(texts["region"])
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/{code}/help/almaty/")
    expect(page.locator("h1")).to_contain_text(texts["region"])

    details = page.locator(SITUATION)
    steps = details.locator("ol.help-steps > li")
    expect(steps.first).to_be_hidden()
    tab_until(
        page,
        f"document.activeElement.matches('{SITUATION} > summary')",
        40,
        "the situation",
    )
    expect(page.locator(":focus")).to_have_text(texts["situation"])
    page.keyboard.press(open_key)
    expect(details).to_have_attribute("open", "")
    expect(steps.first).to_be_visible()
    expect(steps.first).to_contain_text(texts["first_step"])
    check_accessibility(page, f"Almaty help, a situation open ({code})")

    # The step naming Almaty's centre: labelled a placeholder, no number invented.
    centre = steps.filter(has_text=texts["centre_step"])
    expect(centre).to_have_count(1)
    expect(centre).to_be_visible()
    label = centre.locator(".placeholder-label")
    expect(label).to_be_visible()
    expect(label).to_have_text(texts["placeholder"])
    expect(details.locator("a[href^='tel:']")).to_have_count(0)
    assert not re.search(r"\d", details.inner_text()), details.inner_text()
    # The region's own (placeholder) help point: labelled, no digits either.
    points = page.locator(".help-point--placeholder")
    assert points.count() >= 1
    for i in range(points.count()):
        point = points.nth(i)
        expect(point.locator(".placeholder-label")).to_have_text(texts["placeholder"])
        assert not re.search(r"\d", point.inner_text()), point.inner_text()
    return details


def test_a_parent_finds_almaty_help_by_keyboard_in_kazakh_and_on_a_phone(
    live_server, new_page
):
    load_demo()
    base = live_server.url

    page = new_page()
    details = find_help(page, base, "kk", KAZAKH, "Enter")
    # In Kazakh: the letters only Kazakh has, and no Russian step text.
    text = details.inner_text()
    assert set("әғқңөұүі") & set(text.lower()), text
    assert "ә" in text and "қ" in text and "ң" in text, text
    assert RUSSIAN["first_step"] not in text

    phone = new_page(**PHONE)
    details = find_help(phone, base, "ru", RUSSIAN, "Space")
    text = details.inner_text()
    assert not set("әғқңөұүһі") & set(text.lower()), text
    # Nothing wider than the phone: no sideways scrolling to read a step.
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width}px wide"
    box = details.locator("ol.help-steps").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
