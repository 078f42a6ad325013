"""The whole review path in a real Chromium: submit, checklist, approve, live."""

import re

import pytest
from playwright.sync_api import expect

from audiences.factories import make_target_group
from audiences.models import Role
from content.factories import build_site, make_narrative
from content.models import MaterialPage
from tests.browser.helpers import sign_in, submit_for_review
from tests.review.helpers import PASSWORD, organisations, person, submitted_material

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_submits_reviewer_approves_material_goes_live(live_server, page):
    site = build_site()
    library = site["ru"][1]
    alpha, _beta = organisations()
    editor = person("editor-a", alpha, Role.EDITOR)
    person("reviewer-a", alpha, Role.REVIEWER)
    material = submitted_material(
        library,
        alpha,
        editor,
        title="Разговор о доверии в семье",
        target_groups=[make_target_group("parents", "Parents")["ru"]],
        narratives=[make_narrative("us-versus-them", "Us versus them")["ru"]],
    )
    # Start again from a plain draft so the editor submits it in the browser.
    material.current_workflow_state.cancel(user=editor)
    base = live_server.url

    sign_in(page, base, "editor-a", PASSWORD)
    submit_for_review(page, base, material.pk)
    assert MaterialPage.objects.get(pk=material.pk).workflow_in_progress
    page.context.clear_cookies()

    sign_in(page, base, "reviewer-a", PASSWORD)
    # Waiting for my review, on the dashboard.
    expect(page.get_by_text("Разговор о доверии в семье").first).to_be_visible()
    page.goto(f"{base}/admin/pages/{material.pk}/edit/")
    page.get_by_role("button", name=re.compile("More actions|Ещё", re.I)).click()
    page.get_by_role(
        "button", name=re.compile(r"^\s*(Approve|Утвердить)")
    ).first.click()
    modal = page.locator(".modal-content")
    expect(modal).to_contain_text("Links to other sites in this material")
    # Try to approve with a required "no": the modal explains and refuses.
    radios = modal.locator("input[type=radio][value=yes]")
    count = radios.count()
    assert count >= 9
    for index in range(count):
        radios.nth(index).check()
    modal.locator("input[type=radio][value=no]").first.check()
    modal.locator("button[type=submit]").click()
    expect(modal).to_contain_text(
        re.compile("cannot approve while a required item|Нельзя утвердить")
    )
    assert not MaterialPage.objects.get(pk=material.pk).live
    modal.locator("input[type=radio][value=yes]").first.check()
    modal.locator("button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(page.locator("#main").get_by_role("status")).to_contain_text(
        re.compile("review is recorded|approved", re.I)
    )
    assert MaterialPage.objects.get(pk=material.pk).live

    page.goto(f"{base}/ru/materials/?q=доверии")
    expect(page.get_by_role("link", name="Разговор о доверии в семье")).to_be_visible()
    # Stop the admin's background requests before the database is flushed.
    page.goto("about:blank")
