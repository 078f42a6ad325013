"""Steps the browser tests share."""

import base64
import re

from playwright.sync_api import expect


def current_code(username):
    """The next unused code of the user's authenticator (their TOTP device)."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user__username=username, confirmed=True).latest(
        "pk"
    )
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    if totp.t() <= device.last_t:
        # This window's code is spent (a second sign-in within 30 s): the
        # next window's code is inside the device's tolerance.
        totp.time += device.step * (device.last_t - totp.t() + 1)
    return f"{totp.token():0{device.digits}d}"


def enter_code(page, username):
    page.fill("input[name=code]", current_code(username))
    page.click("main form button[type=submit]")


def sign_in(page, base, username, password):
    """Log in through the admin's login form and land on the dashboard; a user
    with two-factor sign-in enters the code their authenticator would show, and a
    user who must set it up and has not is enrolled on the way."""
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/(2fa/(verify|enrol)/.*)?$"))
    if "/2fa/enrol/" in page.url:
        enrol(page)
        page.goto(f"{base}/admin/")
    elif "/2fa/verify/" in page.url:
        enter_code(page, username)
    expect(page).to_have_url(re.compile(r"/admin/$"))


def enrol(page):
    """On the enrolment page: "scan" the key (read the manual key from the page),
    confirm with the code; returns the recovery codes shown afterwards."""
    from django_otp.oath import totp

    key = page.locator("[data-kopir-manual-key]").inner_text().replace(" ", "")
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    page.fill("input[name=code]", f"{totp(secret):06d}")
    page.click("main form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/2fa/recovery-codes/$"))
    # The address changes before the page is drawn: wait for the list, as a reader
    # does, then read it (all_inner_texts() does not wait).
    codes = page.locator("[data-kopir-recovery-codes] code")
    expect(codes.first).to_be_visible()
    return codes.all_inner_texts()


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


def approve_from_edit_page(page, refuse_once=True, told_in=None):
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
    # Approval publishes (renditions, search index, cache) before the page comes
    # back: on PostgreSQL with S3 on a busy machine that passed the 5 s default.
    expect(modal).to_be_hidden(timeout=30_000)
    # A page stays on its edit page and says so there; a snippet goes back to its
    # listing and says so in the messages at the top (``told_in=".messages"``).
    told = (
        page.locator(told_in)
        if told_in
        else page.locator("#main").get_by_role("status")
    )
    expect(told).to_contain_text(
        re.compile("review is recorded|approved|утвержд|записан|бекітіл", re.I)
    )
