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
