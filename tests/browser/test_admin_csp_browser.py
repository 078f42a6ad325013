"""The admin's screens under the real Content-Security-Policy.

The browser fixture fails a test on any ``securitypolicyviolation`` Chromium
reports. This walk opens the admin screens no other browser test reaches: the
page editor with its preview panel, the image and document choosers (Wagtail's
modal workflow), the page chooser, the listings of images, documents, snippets
and reports, the planner's calendar and the account screens.
"""

import pytest
from playwright.sync_api import expect

from audiences.factories import make_organisation
from audiences.models import User
from content.factories import build_site, make_material
from tests.browser.helpers import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-csp-2026"


def open_chooser(page, url):
    """Open one of Wagtail's chooser modals as its widgets do."""
    page.evaluate(
        "(url) => window.ModalWorkflow({url, onload: {}, responses: {}})", url
    )
    modal = page.locator(".modal-content")
    expect(modal).to_be_visible()
    expect(modal.locator("form, table, .listing, p").first).to_be_visible()
    modal.locator("button.close, [data-dismiss=modal]").first.click()
    expect(modal).to_be_hidden()


def test_admin_screens_load_without_policy_violations(live_server, page):
    site = build_site()
    library = site["ru"][1]
    organisation = make_organisation("csp-org", "CSP organisation")
    material = make_material(
        library, title="Материал для проверки", organisation=organisation
    )
    User.objects.create_superuser("csp-admin", "csp@example.org", PASSWORD)
    base = live_server.url

    # The public pages first, under the public policy.
    page.goto(f"{base}/ru/")
    page.goto(f"{base}/ru/materials/")
    page.goto(f"{base}{material.url}")
    expect(page.locator("h1")).to_contain_text("Материал для проверки")

    sign_in(page, base, "csp-admin", PASSWORD)
    for path in (
        f"/admin/pages/{library.pk}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/",
        "/admin/reports/site-history/",
        "/admin/users/",
        "/admin/account/",
        "/admin/planner/calendar/",
        "/admin/planner/coverage/",
    ):
        response = page.goto(f"{base}{path}")
        assert response.status < 400, path

    # The page editor, its preview panel and the choosers.
    page.goto(f"{base}/admin/pages/{material.pk}/edit/")
    expect(page.locator("form#page-edit-form")).to_be_visible()
    page.locator('[data-side-panel-toggle="preview"]').click()
    # The preview panel frames the admin's own origin (frame-src 'self'). This
    # factory material lacks what a valid form needs, so the panel shows Wagtail's
    # "preview not available"; the demo material's preview is checked in
    # test_privacy_browser.py.
    preview = page.locator("iframe.w-preview__iframe").last.content_frame
    expect(preview.locator("h1").first).to_be_visible()
    open_chooser(page, "/admin/images/chooser/")
    open_chooser(page, "/admin/documents/chooser/")
    open_chooser(page, f"/admin/choose-page/{library.pk}/")
