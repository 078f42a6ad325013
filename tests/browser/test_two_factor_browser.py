"""Two-factor sign-in in Chromium: a planner (who must) is held at enrolment,
enrols by "scanning" the key shown on the page, gets ten recovery codes, signs
out and in again with a code; a replayed code is refused, wrong codes are
throttled, a recovery code works once; an editor (optional) may skip; a
password reset still asks for the code."""

import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from audiences.models import Membership, Organisation, Role, User
from content.factories import build_site
from tests.browser.helpers import current_code, enrol, enter_code
from tests.review.helpers import organisations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "browser-2fa-pass-2026"


def member(username, role):
    if not Organisation.objects.exists():
        build_site()
        organisations()
    org = Organisation.objects.order_by("pk").first()
    user = User.objects.create_user(
        username, password=PASSWORD, email=f"{username}@example.org"
    )
    Membership.objects.create(organisation=org, user=user, role=role)
    return user


def password_step(page, base, username, password=PASSWORD):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")


def error(page):
    return page.locator("#main .messages")


def test_enrol_sign_in_replay_throttle_recovery(live_server, new_page, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 10
    base = live_server.url
    member("planner-2fa", Role.PLANNER)

    page = new_page()
    password_step(page, base, "planner-2fa")
    expect(page).to_have_url(re.compile(r"/admin/2fa/enrol/\?next=%2Fadmin%2F$"))
    expect(page.locator("main svg.segno")).to_be_visible()
    # Nothing else of the admin opens before enrolment.
    for url in ("/admin/", "/admin/snippets/audiences/messenger/", "/admin/account/"):
        page.goto(base + url)
        expect(page).to_have_url(re.compile(r"/admin/2fa/enrol/"))

    codes = enrol(page)
    assert len(codes) == 10
    download = page.get_by_role("link", name=re.compile("Download|Скачать"))
    expect(download).to_have_attribute("download", "kopir-recovery-codes.txt")
    page.goto(f"{base}/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.context.clear_cookies()  # signed out

    # Password, then the code.
    password_step(page, base, "planner-2fa")
    expect(page).to_have_url(re.compile(r"/admin/2fa/verify/"))
    used = current_code("planner-2fa")
    enter_code(page, "planner-2fa")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # The same code again, in another browser: refused.
    other = new_page()
    password_step(other, base, "planner-2fa")
    other.fill("input[name=code]", used)
    other.click("main form button[type=submit]")
    expect(error(other)).to_contain_text(re.compile("already been used|уже"))
    # Right away the right code waits out the throttle.
    other.fill("input[name=code]", current_code("planner-2fa"))
    other.click("main form button[type=submit]")
    expect(error(other)).to_contain_text(re.compile("Too many wrong codes|Слишком"))
    other.goto(f"{base}/admin/")
    expect(other).to_have_url(re.compile(r"/admin/2fa/verify/"))

    # A recovery code works (once).
    other.fill("input[name=code]", codes[0])
    other.click("main form button[type=submit]")
    expect(other).to_have_url(re.compile(r"/admin/$"))
    third = new_page()
    password_step(third, base, "planner-2fa")
    third.fill("input[name=code]", codes[0])
    third.click("main form button[type=submit]")
    expect(error(third)).to_contain_text(re.compile("already been used|уже"))


def test_optional_user_skips_and_password_reset_keeps_the_code(live_server, new_page):
    base = live_server.url
    editor = member("editor-2fa", Role.EDITOR)
    page = new_page()
    password_step(page, base, "editor-2fa")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{base}/admin/2fa/enrol/")
    page.get_by_role("link", name=re.compile("Not now|Не сейчас")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # The editor turns it on after all, from the account settings.
    page.goto(f"{base}/admin/2fa/")
    page.get_by_role("link", name=re.compile("Set up|Настроить")).click()
    enrol(page)
    page.context.clear_cookies()
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    # A password reset does not skip the code.
    editor.refresh_from_db()  # the token depends on the last sign-in
    uid = urlsafe_base64_encode(force_bytes(editor.pk))
    token = default_token_generator.make_token(editor)
    page.goto(f"{base}/admin/password_reset/confirm/{uid}/{token}/")
    new = "fresh-browser-pass-2026"
    page.fill("input[name=new_password1]", new)
    page.fill("input[name=new_password2]", new)
    page.click("main form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/password_reset/complete/"))
    password_step(page, base, "editor-2fa", new)
    expect(page).to_have_url(re.compile(r"/admin/2fa/verify/"))
    page.goto(f"{base}/admin/pages/")
    expect(page).to_have_url(re.compile(r"/admin/2fa/verify/"))
    enter_code(page, "editor-2fa")
    expect(page).to_have_url(re.compile(r"/admin/pages/$"))
