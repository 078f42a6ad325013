"""Two-factor sign-in (issue 13, item 2): who must, the gate, enrolment, codes
used once, throttling, recovery codes, reset, and password reset not bypassing it.

These tests sign in through the admin's form (``sign_in``): ``client.login()``
and ``force_login()`` are marked as verified by ``tests/conftest.py``.
"""

import base64
import re
from io import StringIO

from django.contrib.auth.tokens import default_token_generator
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from audiences import two_factor
from audiences.models import Membership, Organisation, Role, User

PASSWORD = "two-factor-pass-2026"


def code_for(device, windows_ahead=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += device.step * windows_ahead
    return f"{totp.token():06d}"


class TwoFactorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.org = Organisation.objects.create(name="Org 2FA", slug="org-2fa")

        def user(username, *roles, superuser=False):
            u = User.objects.create_user(
                username, password=PASSWORD, is_superuser=superuser
            )
            for role in roles:
                Membership.objects.create(organisation=cls.org, user=u, role=role)
            return u

        cls.site_admin = user("root2fa", superuser=True)
        cls.org_admin = user("orgadmin2fa", Role.ADMIN, Role.EDITOR)
        cls.planner = user("planner2fa", Role.PLANNER)
        cls.editor = user("editor2fa", Role.EDITOR)
        cls.reviewer = user("reviewer2fa", Role.REVIEWER)

    def sign_in(self, user, client=None):
        client = client or self.client
        response = client.post(
            "/admin/login/", {"username": user.username, "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 302, response.content[:500])
        return response

    def device_for(self, user):
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        two_factor.new_recovery_codes(user)
        return device

    def verify(self, code, client=None):
        return (client or self.client).post("/admin/2fa/verify/", {"code": code})

    # --- who must -----------------------------------------------------------------

    def test_required_for_admins_and_the_rosters_readers_only(self):
        self.assertTrue(two_factor.is_required(self.site_admin))
        self.assertTrue(two_factor.is_required(self.org_admin))
        self.assertTrue(two_factor.is_required(self.planner))
        self.assertFalse(two_factor.is_required(self.editor))
        self.assertFalse(two_factor.is_required(self.reviewer))

    @override_settings(KOPIR_2FA_REQUIRED=False)
    def test_the_flag_turns_the_requirement_off(self):
        self.assertFalse(two_factor.is_required(self.site_admin))

    # --- the gate -----------------------------------------------------------------

    def test_required_user_without_device_reaches_only_enrolment(self):
        self.sign_in(self.planner)
        for url in (
            "/admin/",
            "/admin/snippets/audiences/messenger/",
            "/admin/planner/calendar/",
            "/admin/account/",
            "/admin/2fa/",
            "/admin/2fa/verify/",
        ):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 302, url)
            self.assertTrue(response["Location"].startswith("/admin/2fa/enrol/"), url)
        response = self.client.get("/admin/2fa/enrol/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<svg")
        # Outside the admin the half-signed-in session is anonymous.
        self.assertFalse(
            self.client.get("/admin/2fa/enrol/").wsgi_request.user.is_anonymous
        )

    def test_optional_user_without_device_goes_on(self):
        self.sign_in(self.editor)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        # … and may enrol from the account, or skip.
        response = self.client.get("/admin/2fa/enrol/")
        self.assertContains(response, "data-kopir-skip")

    def test_user_with_device_must_enter_the_code_first(self):
        device = self.device_for(self.editor)
        response = self.sign_in(self.editor)
        response = self.client.get("/admin/pages/")
        self.assertRedirects(
            response,
            "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F",
            fetch_redirect_response=False,
        )
        # Enrolling a second device on the password alone is refused.
        self.assertRedirects(
            self.client.get("/admin/2fa/enrol/"),
            "/admin/2fa/verify/",
            fetch_redirect_response=False,
        )
        response = self.verify(code_for(device))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_next_is_kept_and_checked(self):
        device = self.device_for(self.editor)
        self.sign_in(self.editor)
        response = self.client.post(
            "/admin/2fa/verify/",
            {"code": code_for(device), "next": "https://evil.example/"},
        )
        self.assertEqual(response["Location"], "/admin/")

    # --- codes --------------------------------------------------------------------

    def test_wrong_code_refused_and_logged_without_the_code(self):
        self.device_for(self.org_admin)
        self.sign_in(self.org_admin)
        with self.assertLogs("kopir.security", "WARNING") as logs:
            response = self.verify("000000")
        self.assertEqual(response.status_code, 400)
        # The admin speaks Russian by default.
        self.assertContains(
            response, "Код неверный или уже был использован", status_code=400
        )
        self.assertIn(f"target={self.org_admin.username}", logs.output[0])
        self.assertIn("ip=127.0.0.1", logs.output[0])
        self.assertNotIn("000000", "".join(logs.output))
        self.assertEqual(self.client.get("/admin/").status_code, 302)

    def test_a_used_code_is_refused_a_second_time(self):
        device = self.device_for(self.org_admin)
        code = code_for(device)
        self.sign_in(self.org_admin)
        self.assertEqual(self.verify(code).status_code, 302)
        device.refresh_from_db()
        self.assertGreater(device.last_t, 0)
        other = self.client_class()
        self.sign_in(self.org_admin, other)
        response = self.verify(code, other)
        self.assertEqual(response.status_code, 400)
        self.assertEqual(other.get("/admin/").status_code, 302)

    @override_settings(OTP_TOTP_THROTTLE_FACTOR=30)
    def test_wrong_codes_are_throttled(self):
        device = self.device_for(self.org_admin)
        self.sign_in(self.org_admin)
        self.verify("111111")
        # Even the right code waits out the delay.
        with self.assertLogs("kopir.security", "WARNING") as logs:
            response = self.verify(code_for(device))
        self.assertContains(response, "Слишком много неверных кодов", status_code=400)
        self.assertIn("throttled", logs.output[0])
        self.assertEqual(self.client.get("/admin/").status_code, 302)
        device.refresh_from_db()
        self.assertEqual(device.throttling_failure_count, 1)

    def test_a_recovery_code_works_once(self):
        TOTPDevice.objects.create(user=self.planner, name="phone", confirmed=True)
        codes = two_factor.new_recovery_codes(self.planner)
        self.assertEqual(len(codes), 10)
        self.sign_in(self.planner)
        self.assertEqual(self.verify(codes[0].upper()).status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        self.assertEqual(two_factor.recovery_codes_left(self.planner), 9)
        other = self.client_class()
        self.sign_in(self.planner, other)
        self.assertEqual(self.verify(codes[0], other).status_code, 400)

    # --- enrolment ----------------------------------------------------------------

    def test_enrolment_confirms_shows_codes_once_and_is_logged(self):
        self.sign_in(self.org_admin)
        page = self.client.get("/admin/2fa/enrol/").content.decode()
        key = re.search(r"data-kopir-manual-key>([A-Z2-7 ]+)<", page).group(1)
        secret = base64.b32decode(key.replace(" ", "") + "=" * 0)
        device = TOTPDevice.objects.get(user=self.org_admin, confirmed=False)
        self.assertEqual(secret, device.bin_key)
        self.assertEqual(
            self.client.post("/admin/2fa/enrol/", {"code": "123"}).status_code, 400
        )
        device.refresh_from_db()
        self.assertEqual(device.throttling_failure_count, 1)  # throttled there too
        device.throttle_reset()
        response = self.client.post("/admin/2fa/enrol/", {"code": code_for(device)})
        self.assertRedirects(
            response, "/admin/2fa/recovery-codes/", fetch_redirect_response=False
        )
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        codes_page = self.client.get("/admin/2fa/recovery-codes/")
        self.assertEqual(codes_page.status_code, 200)
        tokens = StaticDevice.objects.get(user=self.org_admin).token_set.all()
        self.assertEqual(len(tokens), 10)
        for token in tokens:
            self.assertContains(codes_page, token.token)
        self.assertEqual(self.client.get("/admin/2fa/recovery-codes/").status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        entry = ModelLogEntry.objects.get(
            action="kopir.2fa_enrolled", object_id=str(self.org_admin.pk)
        )
        # Who, when (the entry's time) and from where; never the code or key.
        self.assertEqual(entry.user, self.org_admin)
        self.assertEqual(entry.data["ip"], "127.0.0.1")
        self.assertNotIn(key.replace(" ", ""), str(entry.data))

    def test_regenerate_replaces_the_codes(self):
        self.device_for(self.editor)
        old = set(
            StaticDevice.objects.get(user=self.editor).token_set.values_list(
                "token", flat=True
            )
        )
        self.client.force_login(self.editor)
        response = self.client.post("/admin/2fa/recovery-codes/new/")
        self.assertRedirects(
            response, "/admin/2fa/recovery-codes/", fetch_redirect_response=False
        )
        new = set(
            StaticDevice.objects.get(user=self.editor).token_set.values_list(
                "token", flat=True
            )
        )
        self.assertEqual(len(new), 10)
        self.assertFalse(old & new)

    def test_disable_refused_when_required_allowed_otherwise(self):
        self.device_for(self.planner)
        self.client.force_login(self.planner)
        self.client.post("/admin/2fa/disable/")
        self.assertTrue(two_factor.has_device(self.planner))
        self.device_for(self.editor)
        self.client.force_login(self.editor)
        self.client.post("/admin/2fa/disable/")
        self.assertFalse(two_factor.has_device(self.editor))

    def test_site_admin_resets_a_users_two_factor_logged(self):
        self.device_for(self.planner)
        self.client.force_login(self.org_admin)
        self.assertIn(
            self.client.post(f"/admin/2fa/reset/{self.planner.pk}/").status_code,
            (302, 403),
        )
        self.assertTrue(two_factor.has_device(self.planner))
        self.client.force_login(self.site_admin)
        self.assertContains(
            self.client.get(f"/admin/2fa/reset/{self.planner.pk}/"), "planner2fa"
        )
        self.client.post(f"/admin/2fa/reset/{self.planner.pk}/")
        self.assertFalse(two_factor.has_device(self.planner))
        self.assertTrue(
            ModelLogEntry.objects.filter(
                action="kopir.2fa_reset",
                object_id=str(self.planner.pk),
                user=self.site_admin,
            ).exists()
        )
        # The user listing offers the reset to a site administrator.
        self.assertContains(
            self.client.get("/admin/users/"), f"/admin/2fa/reset/{self.planner.pk}/"
        )

    def test_password_reset_does_not_bypass_two_factor(self):
        device = self.device_for(self.org_admin)
        self.org_admin.email = "oa@example.org"
        self.org_admin.save()
        uid = urlsafe_base64_encode(force_bytes(self.org_admin.pk))
        token = default_token_generator.make_token(self.org_admin)
        url = f"/admin/password_reset/confirm/{uid}/{token}/"
        response = self.client.get(url, follow=True)
        form_url = response.redirect_chain[-1][0] if response.redirect_chain else url
        new = "a-brand-new-pass-2026"
        response = self.client.post(
            form_url, {"new_password1": new, "new_password2": new}
        )
        self.assertEqual(response.status_code, 302, response.content[:400])
        self.client.post(
            "/admin/login/", {"username": self.org_admin.username, "password": new}
        )
        self.assertTrue(
            self.client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")
        )
        self.assertEqual(self.verify(code_for(device)).status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_code_page_speaks_the_users_admin_language(self):
        from wagtail.users.models import UserProfile

        self.device_for(self.org_admin)
        profile = UserProfile.get_for_user(self.org_admin)
        profile.preferred_language = "kk"
        profile.save()
        self.sign_in(self.org_admin)
        page = self.client.get("/admin/2fa/verify/", HTTP_ACCEPT_LANGUAGE="ru")
        self.assertContains(page, "Кіру кодын енгізіңіз")
        self.assertNotContains(page, "Введите код для входа")

    def test_password_reset_form_opens_before_the_code(self):
        # Someone who knows only an old password and lost it again mid-way can
        # still ask for a reset mail; it leads back to the password and the code.
        self.device_for(self.planner)
        self.sign_in(self.planner)
        self.assertEqual(self.client.get("/admin/pages/").status_code, 302)
        self.assertEqual(self.client.get("/admin/password_reset/").status_code, 200)

    def test_half_signed_in_session_is_anonymous_outside_the_admin(self):
        self.device_for(self.editor)
        self.sign_in(self.editor)
        response = self.client.get("/en/")
        self.assertTrue(response.wsgi_request.user.is_anonymous)

    # --- the demo ----------------------------------------------------------------

    def test_demo_totp_prints_a_code_for_demo_devices_only(self):
        device = two_factor.seed_demo_device(self.site_admin)
        out = StringIO()
        call_command("demo_totp", self.site_admin.username, stdout=out)
        self.assertTrue(device.verify_token(out.getvalue().strip()))
        self.device_for(self.editor)
        with self.assertRaises(CommandError):
            call_command("demo_totp", self.editor.username, stdout=StringIO())
