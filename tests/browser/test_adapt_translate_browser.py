"""Journey 1, from the demo's data: adapt, translate, review, publish.

Atyrau's editor adapts Almaty's published Kazakh material from the dashboard,
translates the adaptation into Russian through "Translate" in the page's header
menu and submits both for review. The reviewer opens each from the link on the
dashboard, is refused once (a must-pass "no": the reason shows where they look)
and approves from the edit page. Both go live, linked as translations of each
other, and the original says it was adapted once (not twice: the Russian
translation is the same adaptation).

Fails on the code before issue 12: editors held no translation permission
("Translate" was missing and its URL answered "no access"), and the approval
from the edit page saved a new revision of the dated sources, so the review
restarted and nothing went live.
"""

import re

import pytest
from playwright.sync_api import expect

from content.models import MaterialPage
from tests.browser.helpers import (
    approve_from_edit_page,
    awaiting_review,
    sign_in,
    submit_for_review,
)
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"
RUSSIAN_TITLE = "Если сын перестал с вами разговаривать: что делать"


def edited_page_id(page):
    match = re.search(r"/admin/pages/(\d+)/edit/", page.url)
    assert match, page.url
    return int(match.group(1))


def test_editor_adapts_translates_and_both_go_live_linked(live_server, page):
    load_demo()
    base = live_server.url

    # 1. Atyrau's editor: "Recently published by other regions" on the dashboard.
    sign_in(page, base, "atyrau", PASSWORD)
    panel = page.locator("section[aria-labelledby=kopir-elsewhere-heading]")
    row = panel.locator("tr", has=page.locator("td", has_text=re.compile(r"^kk$")))
    row = row.filter(has_text="Almaty").first
    title = row.locator("td").first.inner_text().strip()
    original = MaterialPage.objects.live().get(
        title=title,
        locale__language_code="kk",
        origin_organisation__slug="almaty-city-irg",
    )
    assert original.sources and any(s.value["year"] for s in original.sources)
    row.get_by_role("link").last.click()
    expect(
        page.get_by_role("combobox", name=re.compile("organisation|организац", re.I))
    ).to_have_value(re.compile(r"\d+"))
    page.get_by_role(
        "button", name=re.compile("Create my draft|черновик", re.I)
    ).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    adaptation_id = edited_page_id(page)

    # 2. Translate it into Russian from the header's menu.
    page.get_by_role("navigation", name=re.compile("^(Actions|Действия)$")).get_by_role(
        "button"
    ).click()
    page.get_by_role("link", name=re.compile("^(Translate|Перевести)$")).click()
    expect(page).to_have_url(
        re.compile(rf"/admin/translation/submit/page/{adaptation_id}/")
    )
    page.get_by_label("Русский").check()
    page.locator("form:has(input[name=locales]) [type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    russian_id = edited_page_id(page)
    assert russian_id != adaptation_id
    page.fill("#id_title", RUSSIAN_TITLE)

    # 3. Submit both: the Russian one from where the editor is, then the Kazakh.
    submit_for_review(page)
    submit_for_review(page, base, adaptation_id)
    page.context.clear_cookies()

    # 4. The reviewer of Atyrau opens each from the dashboard and approves it
    # from the edit page, refused once first.
    sign_in(page, base, "reviewer2", PASSWORD)
    for material_id, name in ((adaptation_id, title), (russian_id, RUSSIAN_TITLE)):
        page.goto(f"{base}/admin/")
        link = awaiting_review(page).get_by_role("link", name=name, exact=True)
        link.click()
        expect(page).to_have_url(re.compile(rf"/admin/pages/{material_id}/edit/$"))
        approve_from_edit_page(page, refuse_once=True)

    # 5. Both live, linked, the original adapted once.
    kazakh = MaterialPage.objects.get(pk=adaptation_id)
    russian = MaterialPage.objects.get(pk=russian_id)
    for material in (kazakh, russian):
        assert material.live and not material.has_unpublished_changes
        assert not material.workflow_in_progress
        assert material.origin_organisation.slug == "atyrau-region-irg"
    assert russian.translation_key == kazakh.translation_key
    assert russian.locale.language_code == "ru"
    assert russian.title == RUSSIAN_TITLE

    page.context.clear_cookies()
    page.goto(f"{base}{russian.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(RUSSIAN_TITLE)
    page.locator(".languages").get_by_role("link", name="Қазақша").click()
    expect(page).to_have_url(re.compile(re.escape(kazakh.url) + "$"))
    page.goto(f"{base}{original.url}")
    adaptations = page.locator(
        "dt", has_text=re.compile("Бейімделді|Adaptations|Бейімдеу")
    )
    expect(adaptations).to_have_count(1)
    expect(adaptations.locator("xpath=following-sibling::dd[1]")).to_contain_text("1")
