"""A site administrator makes a demo material private and public again from the
privacy dialog; the public library follows at once (the page cache is bumped)."""

import re

import pytest
from playwright.sync_api import expect

from content.models import MaterialPage
from tests.browser.helpers import sign_in
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def set_privacy(page, base, material, option):
    page.goto(f"{base}/admin/pages/{material.pk}/edit/")
    change_privacy = re.compile("Change privacy|Изменить", re.I)
    change = page.get_by_role("button", name=change_privacy)
    page.wait_for_load_state("networkidle")
    if not change.is_visible():
        # The status panel remembers whether it was open.
        toggle = re.compile("Toggle status|статус", re.I)
        page.get_by_role("button", name=toggle).click()
    expect(change).to_be_visible()
    change.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("radio", name=option).check()
    dialog.get_by_role("button", name=re.compile("^(Save|Сохранить)$", re.I)).click()
    expect(dialog).to_be_hidden()


def test_admin_sets_a_material_private_and_public_again(live_server, page, new_page):
    load_demo()
    material = MaterialPage.objects.live().filter(locale__language_code="ru").first()
    base = live_server.url
    library = f"{base}/ru/materials/"
    visitor = new_page()
    visitor.goto(library)
    expect(visitor.get_by_role("link", name=material.title)).to_be_visible()

    sign_in(page, base, "admin", "kopir-demo-2026")
    set_privacy(page, base, material, re.compile("logged-in|вошедших", re.I))
    visitor.goto(library)
    expect(visitor.get_by_role("link", name=material.title)).to_have_count(0)

    set_privacy(page, base, material, re.compile("^(Public|Общедоступн)", re.I))
    visitor.goto(library)
    expect(visitor.get_by_role("link", name=material.title)).to_be_visible()
    visitor.close()

    # The editor's preview panel shows the material. The preview renders it through
    # a request for its public address, whose policy said frame-ancestors 'none'
    # and left the panel blank; a blocked frame reports nothing to this page.
    page.goto(f"{base}/admin/pages/{material.pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.locator("iframe.w-preview__iframe").last.content_frame
    expect(preview.get_by_role("heading", level=1)).to_have_text(material.title)
    page.goto("about:blank")
