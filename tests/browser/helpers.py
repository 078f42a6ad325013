"""Steps the browser tests share."""

import re

from playwright.sync_api import expect


def sign_in(page, base, username, password):
    """Log in through the admin's login form and land on the dashboard."""
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def submit_for_review(page, base, page_id):
    """The editor's path: edit page, "More actions", the review workflow."""
    page.goto(f"{base}/admin/pages/{page_id}/edit/")
    page.get_by_role("button", name=re.compile("More actions|Ещё", re.I)).click()
    page.get_by_role(
        "button", name=re.compile("Strategic communication review")
    ).click()
    expect(page.locator(".messages")).to_contain_text(
        re.compile("submitted|отправлен", re.I)
    )
