"""Idle and absolute timeouts, deactivation, password change, sign out everywhere."""

from django.test import Client, TestCase, override_settings
from wagtail.models import ModelLogEntry

from audiences.security.middleware import LAST_SEEN, STARTED
from tests.security.helpers import PASSWORD, person, sign_in, signed_in


def account_form(client, **fields):
    """Every field of the account page as shown, with ``fields`` replaced."""
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    data = {}
    for element in page.select("form input[name], form select[name]"):
        name = element["name"]
        if element.name == "select":
            chosen = element.select_one("option[selected]") or element.select_one(
                "option"
            )
            data[name] = chosen.get("value", "") if chosen else ""
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data[name] = element.get("value", "on")
        elif element.get("type") != "file":
            data[name] = element.get("value", "")
    data.pop("csrfmiddlewaretoken", None)
    data.update({key.replace("__", "-"): value for key, value in fields.items()})
    return data


def move_back(client, key, seconds):
    session = client.session
    session[key] = session[key] - seconds
    session.save()


class SessionTimeoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = person("dana", superuser=True)

    def setUp(self):
        self.client.force_login(self.user)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_sign_in_stamps_the_session(self):
        self.client.logout()
        sign_in(self.client, "dana", PASSWORD)
        self.assertIn(STARTED, self.client.session)
        self.assertIn(LAST_SEEN, self.client.session)

    def test_idle_session_expires(self):
        move_back(self.client, LAST_SEEN, 31 * 60)
        response = self.client.get("/admin/pages/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/admin/login/"))
        self.assertFalse(signed_in(self.client))
        entry = ModelLogEntry.objects.get(action="kopir.session_expired")
        self.assertEqual(entry.data["reason"], "idle")

    def test_activity_inside_the_idle_time_keeps_the_session(self):
        move_back(self.client, LAST_SEEN, 29 * 60)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        # The request refreshed the last activity.
        move_back(self.client, LAST_SEEN, 29 * 60)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_absolute_timeout(self):
        move_back(self.client, STARTED, 12 * 3600 + 1)
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 302)
        self.assertFalse(signed_in(self.client))
        entry = ModelLogEntry.objects.get(action="kopir.session_expired")
        self.assertEqual(entry.data["reason"], "absolute")

    @override_settings(KOPIR_SESSION_IDLE_SECONDS=60)
    def test_idle_time_is_a_setting(self):
        move_back(self.client, LAST_SEEN, 61)
        self.assertEqual(self.client.get("/admin/").status_code, 302)

    def test_public_site_request_also_ends_an_expired_session(self):
        move_back(self.client, LAST_SEEN, 31 * 60)
        self.client.get("/ru/")
        self.assertFalse(signed_in(self.client))


class SessionEndTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = person("dana", superuser=True)

    def clients(self):
        here, there = Client(), Client()
        here.force_login(self.user)
        there.force_login(self.user)
        for client in (here, there):
            self.assertEqual(client.get("/admin/").status_code, 200)
        return here, there

    def test_deactivated_user_is_signed_out(self):
        here, _ = self.clients()
        self.user.is_active = False
        self.user.save()
        response = here.get("/admin/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_password_change_ends_other_sessions(self):
        here, there = self.clients()
        response = here.post(
            "/admin/account/",
            account_form(
                here,
                password__old_password=PASSWORD,
                password__new_password1="Steppe-kettle-4471",
                password__new_password2="Steppe-kettle-4471",
            ),
        )
        self.assertEqual(response.status_code, 302)
        self.user.refresh_from_db()
        self.assertTrue(self.user.check_password("Steppe-kettle-4471"))
        self.assertEqual(here.get("/admin/").status_code, 200)
        self.assertEqual(there.get("/admin/").status_code, 302)
        entry = ModelLogEntry.objects.get(action="kopir.password_changed")
        self.assertEqual(entry.user, self.user)
        self.assertNotIn("Steppe-kettle-4471", str(entry.data))

    def test_weak_new_password_is_refused_in_the_account_form(self):
        here, _ = self.clients()
        response = here.post(
            "/admin/account/",
            account_form(
                here,
                password__old_password=PASSWORD,
                password__new_password1="kopir2026",
                password__new_password2="kopir2026",
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.user.refresh_from_db()
        self.assertTrue(self.user.check_password(PASSWORD))

    def test_account_page_offers_sign_out_everywhere(self):
        here, _ = self.clients()
        self.assertContains(
            here.get("/admin/account/"), "/admin/account/sign-out-everywhere/"
        )

    def sign_out_everywhere(self):
        here, there = self.clients()
        self.assertEqual(
            here.get("/admin/account/sign-out-everywhere/").status_code, 200
        )
        response = here.post("/admin/account/sign-out-everywhere/")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(here.get("/admin/").status_code, 200)
        self.assertEqual(there.get("/admin/").status_code, 302)
        self.assertFalse(signed_in(there))
        # The user signs in again normally afterwards: the password, then (a
        # site administrator) the code from the authenticator.
        from django_otp.oath import TOTP
        from django_otp.plugins.otp_totp.models import TOTPDevice

        again = Client()
        self.assertEqual(sign_in(again, "dana", PASSWORD).status_code, 302)
        self.assertEqual(again.get("/admin/").status_code, 302)
        device = TOTPDevice.objects.get(user=self.user)
        code = (
            f"{TOTP(device.bin_key, device.step, device.t0, device.digits).token():06d}"
        )
        response = again.post("/admin/2fa/verify/", {"code": code})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(again.get("/admin/").status_code, 200)
        self.assertTrue(
            ModelLogEntry.objects.filter(action="kopir.sign_out_everywhere").exists()
        )

    def test_sign_out_everywhere_database_sessions(self):
        self.sign_out_everywhere()

    @override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cache")
    def test_sign_out_everywhere_cache_sessions(self):
        self.sign_out_everywhere()

    def test_get_does_not_sign_anyone_out(self):
        here, there = self.clients()
        here.get("/admin/account/sign-out-everywhere/")
        self.assertEqual(there.get("/admin/").status_code, 200)
