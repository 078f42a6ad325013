"""Security events in Site history (site admins only) and the audiences.security log."""

from django.test import Client, TestCase
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from audiences.models import Role
from audiences.security import audit
from tests.security.helpers import PASSWORD, person, sign_in, two_organisations

SITE_HISTORY = "/admin/reports/site-history/"


class AuditTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha, cls.beta = two_organisations()
        cls.dana = person("dana", cls.alpha, Role.EDITOR)
        cls.root = person("root", superuser=True)
        cls.beta_admin = person("beta_admin", cls.beta, Role.ADMIN)
        # Labels are checked in English (the admin's default is Russian).
        for user in (cls.root, cls.beta_admin):
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = "en"
            profile.save()

    def produce_every_event(self):
        client = Client()
        sign_in(client, "dana", "Wrong-password-x1", address="192.0.2.10")
        sign_in(
            client, "no-such-account-" + "y" * 100, "Wrong-pw-2", address="192.0.2.11"
        )
        for attempt in range(5):
            sign_in(client, "dana", f"Wrong-password-{attempt}", address="192.0.2.12")
        # The lockout expires from the admin's listing; sign in from elsewhere.
        from axes.utils import reset

        reset(username="dana")
        self.assertEqual(
            sign_in(client, "dana", PASSWORD, address="192.0.2.13").status_code, 302
        )
        client.post("/admin/account/sign-out-everywhere/", REMOTE_ADDR="192.0.2.13")
        client.post("/admin/logout/", REMOTE_ADDR="192.0.2.13")
        self.dana.refresh_from_db()
        self.dana.set_password("Steppe-kettle-4471")
        self.dana.save()

    def test_each_event_is_recorded_with_address_and_no_password(self):
        with self.assertLogs("kopir.security", "INFO") as logs:
            self.produce_every_event()
        actions = set(ModelLogEntry.objects.values_list("action", flat=True))
        for action in (
            audit.LOGIN_FAILED,
            audit.LOCKOUT,
            audit.LOGIN,
            audit.SIGN_OUT_EVERYWHERE,
            audit.PASSWORD_CHANGED,
            audit.LOGOUT,
        ):
            self.assertIn(action, actions)
            self.assertIn(action, "\n".join(logs.output))
        login = ModelLogEntry.objects.get(action=audit.LOGIN)
        self.assertEqual(login.user, self.dana)
        self.assertEqual(login.data["ip"], "192.0.2.13")
        self.assertEqual(login.object_id, str(self.dana.pk))
        everything = "\n".join(logs.output) + str(
            list(ModelLogEntry.objects.values_list("data", flat=True))
        )
        for secret in ("Wrong-password", "Wrong-pw-2", PASSWORD, "Steppe-kettle"):
            self.assertNotIn(secret, everything)
        # An unknown account name is recorded, cut short.
        unknown = ModelLogEntry.objects.get(
            action=audit.LOGIN_FAILED, data__ip="192.0.2.11"
        )
        self.assertTrue(unknown.data["username"].startswith("no-such-account-"))
        self.assertLessEqual(len(unknown.data["username"]), audit.USERNAME_MAX + 1)
        # Site history names the entry by what was typed, not "Attempted Access".
        self.assertEqual(unknown.label, unknown.data["username"])

    def test_site_admin_sees_security_events_other_organisations_do_not(self):
        self.produce_every_event()
        self.client.force_login(self.root)
        page = self.client.get(SITE_HISTORY).content.decode()
        for label in (
            "Sign-in",
            "Failed sign-in",
            "Sign-in locked out",
            "Password changed",
        ):
            self.assertIn(label, page)
        self.assertIn("192.0.2.13", page)
        self.assertIn("192.0.2.12", page)
        self.client.force_login(self.beta_admin)
        response = self.client.get(SITE_HISTORY)
        self.assertEqual(response.status_code, 200)
        page = response.content.decode()
        for address in ("192.0.2.10", "192.0.2.11", "192.0.2.12", "192.0.2.13"):
            self.assertNotIn(address, page)
        self.assertNotIn("no-such-account", page)
        results = self.client.get(SITE_HISTORY + "results/?action=kopir.login")
        self.assertNotIn("192.0.2.13", results.content.decode())

    def test_visibility_helper_keeps_own_entries_for_non_admins(self):
        self.produce_every_event()
        entries = audit.visible_entries(ModelLogEntry.objects.all(), self.beta_admin)
        self.assertFalse(entries.filter(action__in=audit.SECURITY_ACTIONS).exists())
        own = audit.visible_entries(ModelLogEntry.objects.all(), self.dana)
        self.assertTrue(own.filter(action=audit.LOGIN).exists())
        self.assertFalse(
            own.exclude(object_id=str(self.dana.pk))
            .filter(action__in=audit.SECURITY_ACTIONS)
            .exists()
        )

    def test_unlock_and_two_factor_hook_are_recorded(self):
        for _attempt in range(5):
            sign_in(Client(), "dana", "Wrong-password", address="192.0.2.20")
        from axes.models import AccessAttempt

        attempt = AccessAttempt.objects.get(username="dana")
        self.client.force_login(self.root)
        self.client.post(
            f"/admin/security/lockouts/{attempt.pk}/unlock/", REMOTE_ADDR="192.0.2.21"
        )
        entry = ModelLogEntry.objects.get(action=audit.UNLOCKED)
        self.assertEqual(entry.user, self.root)
        self.assertEqual(entry.data["ip"], "192.0.2.21")
        # The 2FA work calls record() with its action name.
        audit.record(None, audit.TWO_FACTOR_ENROLLED, target=self.dana, actor=self.dana)
        self.assertTrue(
            ModelLogEntry.objects.filter(action=audit.TWO_FACTOR_ENROLLED).exists()
        )
        page = self.client.get(SITE_HISTORY).content.decode()
        self.assertIn("Sign-in unlocked", page)
        self.assertIn("Two-factor sign-in turned on", page)
