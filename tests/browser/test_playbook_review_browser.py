"""A reply playbook's review in a real Chromium, from ``seed_demo``'s data.

Almaty's editor opens the demo's draft playbook from the playbook listing and
submits it for review; Almaty's reviewer finds it on the dashboard, under
"Awaiting your review", and approves it from its edit page, through the
checklist, and is told it is approved and live: the listing shows it live.
"""

import re

import pytest
from playwright.sync_api import expect

from content.models import ReplyPlaybook
from tests.browser.helpers import (
    approve_from_edit_page,
    awaiting_review,
    sign_in,
    submit_for_review,
)
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"
LISTING = "/admin/snippets/content/replyplaybook/"


def open_from_listing(page, base, playbook):
    page.goto(f"{base}{LISTING}?locale=ru")
    page.get_by_role("link", name=playbook.title).first.click()
    expect(page).to_have_url(re.compile(rf"/edit/{playbook.pk}/"))


def test_reviewer_approves_a_playbook_from_its_edit_page(live_server, page):
    load_demo()
    draft = ReplyPlaybook.objects.get(
        live=False,
        locale__language_code="ru",
        organisation__slug="almaty-city-irg",
        channel__isnull=False,
    )
    base = live_server.url

    sign_in(page, base, "editor", PASSWORD)
    open_from_listing(page, base, draft)
    submit_for_review(page)
    page.context.clear_cookies()

    sign_in(page, base, "reviewer", PASSWORD)
    page.goto(f"{base}/admin/")
    awaiting_review(page).get_by_role("link", name=draft.title).first.click()
    expect(page).to_have_url(re.compile(rf"/edit/{draft.pk}/"))
    approve_from_edit_page(page, refuse_once=False, told_in=".messages")
    draft.refresh_from_db()
    assert draft.live

    page.goto(f"{base}{LISTING}?locale=ru")
    # Read-only to the reviewer (no link); Wagtail's status tag says it is live.
    row = page.locator("tbody tr", has_text=draft.title)
    expect(row).to_contain_text(re.compile("live|опубликован|жариялан", re.I))
