"""Every screen of a working day in Kazakh, then in Russian.

From the demo's data, Almaty's organisation admin (who edits, plans and prints)
chooses the admin language under Account › Preferences the way a user does, then
opens the dashboard, a material's edit screen, a plan page, the calendar, the
print form and two reports. None of the English words Kopir's screens use may show;
the words each language should show must. Screenshots of each screen are kept in
the test's temporary folder (``KOPIR_SCREENSHOTS`` names another folder).

Fails before issue 14: Wagtail ships no Kazakh admin, so the dashboard, the page
editor and every Wagtail screen showed Russian or English to a Kazakh user.
"""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from audiences.models import Organisation
from campaigns.models import CampaignPlan
from content.models import MaterialPage
from tests.browser.helpers import sign_in
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"

# Words and phrases of Kopir's and Wagtail's screens that must never show in
# English to a Kazakh or Russian user (whole words, case-sensitive: data such as
# an English material's title may still contain them in lower case).
ENGLISH = [
    "Draft",
    "Drafts",
    "Plan check",
    "Rendering",
    "Target group",
    "Target groups",
    "Narrative countered",
    "Save draft",
    "Publish",
    "Preview",
    "Dashboard",
    "Pages",
    "Images",
    "Documents",
    "Reports",
    "Settings",
    "Calendar",
    "Activities",
    "Messengers",
    "Indicators",
    "Channel",
    "Organisation",
    "Language",
    "Status",
    "Layout",
    "Make the PDF",
    "Search",
    "Help",
    "Account",
    "Log out",
    "Sign out",
]

EXPECTED = {
    "kk": ["Беттер", "Күнтізбе", "Жоспарды тексеру", "Мақсатты топ", "PDF жасау"],
    "ru": ["Страницы", "Календарь", "Проверка плана", "Целевая группа", "Создать PDF"],
}
# How the language list names them (Django's own names, each in its language).
LANGUAGE_NAMES = {"kk": "Қазақ", "ru": "Русский"}


def visible_english(page):
    text = page.locator("body").inner_text()
    return sorted(
        word for word in ENGLISH if re.search(rf"(?<![\w-]){word}(?![\w-])", text)
    )


def choose_admin_language(page, base, code):
    """Account › Preferences › language, as a user sets it."""
    page.goto(f"{base}/admin/account/")
    select = page.locator("select[name='locale-preferred_language']")
    expect(select).to_be_attached()
    if not select.is_visible():
        page.get_by_role("tab", name=re.compile("Preferences|Параметры|Баптау")).click()
    select.select_option(value=code)
    assert select.locator("option:checked").inner_text() == LANGUAGE_NAMES[code]
    form = page.locator("form:has(select[name='locale-preferred_language'])")
    form.locator("button[type=submit]").last.click()
    expect(page.locator("html")).to_have_attribute("lang", code)


def screenshots_folder(tmp_path):
    folder = Path(os.environ.get("KOPIR_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_a_working_day_reads_in_the_users_language(live_server, page, tmp_path, code):
    load_demo()
    base = live_server.url
    material = MaterialPage.objects.get(slug="teen-questions-about-faith")
    almaty = Organisation.objects.filter(memberships__user__username="orgadmin")
    almaty = almaty.distinct().get()
    plan = CampaignPlan.objects.filter(organisation=almaty).order_by("pk").first()
    sign_in(page, base, "orgadmin", PASSWORD)
    choose_admin_language(page, base, code)

    screens = {
        "dashboard": "/admin/",
        "material-edit": f"/admin/pages/{material.pk}/edit/",
        "plan": f"/admin/planner/plan/{plan.pk}/",
        "calendar": "/admin/planner/calendar/",
        "print-form": f"/admin/print/material/{material.pk}/",
        "report": "/admin/kopir-reports/materials/",
        "translations": "/admin/kopir-reports/translations/",
    }
    folder = screenshots_folder(tmp_path)
    seen = ""
    problems = {}
    for name, path in screens.items():
        response = page.goto(f"{base}{path}")
        assert response.status == 200, (name, response.status)
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(folder / f"{code}-{name}.png"), full_page=True)
        english = visible_english(page)
        if english:
            problems[name] = english
        seen += page.locator("body").inner_text()
    assert problems == {}, f"English on {code} screens: {problems}"
    for phrase in EXPECTED[code]:
        assert phrase in seen, phrase
