"""The demo's own material, with dated sources, approved from the edit page.

Starts from ``seed_demo``: Almaty's editor submits a published Russian material
(which cites dated sources) for review; the reviewer opens it from the link on
their dashboard, is refused once (a must-pass "no": the reason shows beside the
button) and approves it from the edit page. Before the StreamField
comparison was fixed, the untouched sources counted as an edit: the approval
saved a new revision, the review restarted and nothing was published.
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from content.models import MaterialPage
from tests.browser.accessibility import check_accessibility
from tests.browser.helpers import (
    answer_checklist,
    approve_from_edit_page,
    awaiting_review,
    sign_in,
    submit_for_review,
)
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"


def test_reviewer_approves_a_demo_material_from_the_edit_page(live_server, page):
    load_demo()
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
    approve_from_edit_page(page, refuse_once=True)

    approved = MaterialPage.objects.get(pk=material.pk)
    assert not approved.workflow_in_progress
    assert approved.live_revision_id == submitted.latest_revision_id
    assert not approved.has_unpublished_changes
    state = WorkflowState.objects.filter(object_id=str(material.pk)).latest("pk")
    assert state.status == WorkflowState.STATUS_APPROVED
    page.goto("about:blank")


def test_reviewer_approves_from_the_dashboard_menu_and_is_told(live_server, page):
    """The dashboard's row menu decides without leaving the dashboard; Wagtail
    came back to it without a word. The reviewer is now told what happened."""
    load_demo()
    waiting = MaterialPage.objects.get(slug="job-offer-abroad")
    assert waiting.workflow_in_progress
    base = live_server.url

    sign_in(page, base, "reviewer", PASSWORD)
    row = awaiting_review(page).locator("tr", has_text=waiting.title)
    row.get_by_role("button", name=re.compile("^(Actions|Действия)$")).click()
    row.get_by_role(
        "button", name=re.compile(r"^\s*(Approve|Утвердить|Одобрить)")
    ).click()
    modal = page.locator(".modal-content")
    answer_checklist(modal)
    check_accessibility(page, "checklist on the dashboard")
    modal.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/admin/$"))
    message = page.locator(".messages .success")
    expect(message).to_contain_text(waiting.title)
    expect(message).to_contain_text(re.compile("approved and published|утвержд"))
    expect(awaiting_review(page).locator("tr", has_text=waiting.title)).to_have_count(0)
    published = MaterialPage.objects.get(pk=waiting.pk)
    assert published.live and not published.has_unpublished_changes


def test_reviewer_approves_the_demos_waiting_material_from_the_edit_page(
    live_server, page
):
    """The demo's own submission was stored without the helpline's optional
    hours and address; the edit form posts them empty, which counted as an edit,
    saved a revision and restarted the review (found by trying the demo)."""
    load_demo()
    waiting = MaterialPage.objects.get(slug="job-offer-abroad")
    submitted_revision = waiting.latest_revision_id
    base = live_server.url

    sign_in(page, base, "reviewer", PASSWORD)
    awaiting_review(page).get_by_role("link", name=waiting.title).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{waiting.pk}/edit/"))
    approve_from_edit_page(page, refuse_once=False)
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator(".messages .error")).to_have_count(0)

    approved = MaterialPage.objects.get(pk=waiting.pk)
    assert approved.live and not approved.workflow_in_progress
    assert approved.live_revision_id == submitted_revision
