"""The demo's own material, with dated sources, approved from the edit page.

Starts from ``seed_demo``: Almaty's editor submits a published Russian material
(which cites dated sources) for review; the reviewer opens it from the link on
their dashboard, is refused once (a must-pass "no": the reason shows beside the
button) and approves it from the edit page. Before the StreamField
comparison was fixed, the untouched sources counted as an edit: the approval
saved a new revision, the review restarted and nothing was published.
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from content.models import MaterialPage
from tests.browser.helpers import sign_in, submit_for_review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"


def test_reviewer_approves_a_demo_material_from_the_edit_page(live_server, page):
    call_command("seed_demo", force=True, stdout=StringIO())
    material = (
        MaterialPage.objects.live()
        .filter(origin_organisation__slug="almaty-city-irg", locale__language_code="ru")
        .exclude(sources=[])
        .first()
    )
    assert any(source.value["year"] for source in material.sources)
    base = live_server.url

    sign_in(page, base, "editor", PASSWORD)
    submit_for_review(page, base, material.pk)
    submitted = MaterialPage.objects.get(pk=material.pk)
    assert submitted.workflow_in_progress
    page.context.clear_cookies()

    sign_in(page, base, "reviewer", PASSWORD)
    # From the dashboard's "Awaiting your review" link to the edit page.
    page.get_by_role("link", name=material.title).first.click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{material.pk}/edit/"))
    page.get_by_role("button", name=re.compile("More actions|Ещё", re.I)).click()
    approve = re.compile(r"^\s*(Approve|Утвердить)")
    page.get_by_role("button", name=approve).first.click()
    modal = page.locator(".modal-content")
    radios = modal.locator("input[type=radio][value=yes]")
    expect(radios.first).to_be_visible()
    for index in range(radios.count()):
        radios.nth(index).check()
    # Refused once: a must-pass "no" without a comment. The reason shows where
    # the reviewer is looking, beside the button, in one sentence.
    modal.locator("input[type=radio][value=no]").first.check()
    modal.locator("button[type=submit]").click()
    alert = modal.get_by_role("alert")
    expect(alert).to_be_in_viewport()
    expect(alert).to_contain_text(re.compile("cannot approve|Нельзя утвердить"))
    assert ".." not in alert.inner_text()
    assert not MaterialPage.objects.get(pk=material.pk).has_unpublished_changes or (
        MaterialPage.objects.get(pk=material.pk).workflow_in_progress
    )
    radios = modal.locator("input[type=radio][value=yes]")
    for index in range(radios.count()):
        radios.nth(index).check()
    modal.locator("button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(page.locator("#main").get_by_role("status")).to_contain_text(
        re.compile("review is recorded|approved|утвержд|записан", re.I)
    )

    approved = MaterialPage.objects.get(pk=material.pk)
    assert not approved.workflow_in_progress
    assert approved.live_revision_id == submitted.latest_revision_id
    assert not approved.has_unpublished_changes
    state = WorkflowState.objects.filter(object_id=str(material.pk)).latest("pk")
    assert state.status == WorkflowState.STATUS_APPROVED
    page.goto("about:blank")
