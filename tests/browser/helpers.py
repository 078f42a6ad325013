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


def submit_for_review(page, base=None, page_id=None):
    """The editor's path: edit page, "More actions", the review workflow (on the
    edit page already open when no page is named)."""
    if page_id is not None:
        page.goto(f"{base}/admin/pages/{page_id}/edit/")
    page.get_by_role(
        "button", name=re.compile("More actions|Ещё|Больше действий", re.I)
    ).click()
    page.get_by_role(
        "button", name=re.compile("Strategic communication review")
    ).click()
    expect(page.locator(".messages")).to_contain_text(
        re.compile("submitted|отправлен", re.I)
    )


def answer_checklist(modal, answer="yes"):
    """Answer every item of the review checklist in the open modal."""
    radios = modal.locator(f"input[type=radio][value={answer}]")
    expect(radios.first).to_be_visible()
    for index in range(radios.count()):
        radios.nth(index).check()


def awaiting_review(page):
    """The dashboard's "Awaiting your review" panel."""
    return page.locator("#awaiting-review-section")


def approve_from_edit_page(page, refuse_once=True):
    """The reviewer's path on the edit page: "More actions", Approve, the
    checklist. Refused once first (a must-pass "no" without a comment): the
    reason shows beside the button, where the reviewer is looking."""
    from tests.browser.accessibility import check_accessibility

    page.get_by_role(
        "button", name=re.compile("More actions|Ещё|Больше действий", re.I)
    ).click()
    approve = re.compile(r"^\s*(Approve|Утвердить|Одобрить)")
    page.get_by_role("button", name=approve).first.click()
    modal = page.locator(".modal-content")
    answer_checklist(modal)
    check_accessibility(page, "review checklist")
    if refuse_once:
        modal.locator("input[type=radio][value=no]").first.check()
        modal.locator("button[type=submit]").click()
        alert = modal.get_by_role("alert")
        expect(alert).to_be_in_viewport()
        expect(alert).to_contain_text(re.compile("cannot approve|Нельзя утвердить"))
        assert ".." not in alert.inner_text()
        check_accessibility(page, "review checklist refused")
        answer_checklist(modal)
    modal.locator("button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(page.locator("#main").get_by_role("status")).to_contain_text(
        re.compile("review is recorded|approved|утвержд|записан", re.I)
    )
