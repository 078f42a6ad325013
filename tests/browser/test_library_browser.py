"""The public library in a real Chromium: facets, search, a material, languages."""

import re

import pytest
from playwright.sync_api import expect

from content.factories import make_material
from tests.content.helpers import build_library

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def library(live_server):
    lib = build_library()
    ru = lib.site["ru"][1]
    kk_page = make_material(
        lib.site["kk"][1],
        title="Ауылдағы жастармен әңгіме",
        slug="village-talk",
        target_groups=[lib.rural["kk"]],
        narratives=[lib.us_them["kk"]],
    )
    make_material(
        ru,
        title="Разговор с сельской молодёжью",
        slug="village-talk",
        summary="Как говорить о вере и семье.",
        translation_of=kk_page,
        target_groups=[lib.rural["ru"]],
        narratives=[lib.us_them["ru"]],
    )
    make_material(
        ru,
        title="Письмо родителям",
        target_groups=[lib.parents["ru"]],
        narratives=[lib.jihad["ru"]],
    )
    return live_server.url


def test_reader_narrows_the_library_with_a_facet(page, library):
    page.goto(f"{library}/ru/materials/")
    expect(page.locator(".card")).to_have_count(2)
    page.get_by_role("link", name=re.compile("Parents")).first.click()
    expect(page).to_have_url(re.compile(r"audience=parents"))
    expect(page.locator(".card")).to_have_count(1)
    expect(page.locator(".card-title")).to_have_text("Письмо родителям")


def test_reader_searches_and_opens_a_material(page, library):
    page.goto(f"{library}/ru/materials/")
    page.get_by_label(re.compile("Search|Поиск|Іздеу")).fill("Разговор")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"q=%D0%A0"))
    expect(page.locator(".card")).to_have_count(1)
    page.get_by_role("link", name="Разговор с сельской молодёжью").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Разговор с сельской молодёжью"
    )
    expect(page.locator(".helpline")).to_contain_text("114")


def test_reader_switches_language_to_the_same_material(page, library):
    page.goto(f"{library}/ru/materials/test-organisation/village-talk/")
    page.locator(".languages").get_by_role("link", name="Қазақша").click()
    expect(page).to_have_url(
        re.compile(r"/kk/materials/test-organisation/village-talk/$")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ауылдағы жастармен әңгіме"
    )
    expect(page.locator("html")).to_have_attribute("lang", "kk")


def test_keyboard_user_can_skip_to_the_content(page, library):
    page.goto(f"{library}/ru/materials/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
