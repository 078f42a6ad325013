"""Sign-in lockout (django-axes): per account, per address, spoofing, unlock."""

from axes.models import AccessAttempt
from django.test import TestCase, override_settings

from audiences.models import Role
from audiences.security.client_ip import client_ip
from audiences.security.lockout import lockout_message
from tests.security.helpers import (
    PASSWORD,
    errors,
    person,
    sign_in,
    signed_in,
    two_organisations,
)


class LockoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha, cls.beta = two_organisations()
        cls.user = person("dana", cls.alpha, Role.EDITOR)
        cls.other = person("erlan", cls.alpha, Role.EDITOR)

    def test_sign_in_form_labels_are_translated(self):
        page = self.client.get("/admin/login/").content.decode()
        self.assertIn("Имя пользователя", page)
        self.assertIn("Пароль", page)
        self.assertNotRegex(page, r"<label[^>]*>\s*Password")

    def test_wrong_password_and_unknown_user_get_the_same_answer(self):
        known = sign_in(self.client, "dana", "wrong-one", address="10.1.0.1")
        unknown = sign_in(self.client, "nobody-here", "wrong-one", address="10.1.0.2")
        self.assertEqual(known.status_code, unknown.status_code)
        self.assertEqual(errors(known), errors(unknown))
        self.assertEqual(len(errors(known)), 1)

    def test_twenty_wrong_passwords_then_the_right_one_is_refused(self):
        for attempt in range(20):
            response = sign_in(self.client, "dana", f"wrong-{attempt}")
            self.assertFalse(signed_in(self.client))
        response = sign_in(self.client, "dana", "wrong-21")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(errors(response), [lockout_message()])
        # The right password during the cool-off: the same refusal.
        right = sign_in(self.client, "dana", PASSWORD)
        self.assertEqual(right.status_code, 429)
        self.assertFalse(signed_in(self.client))
        # ...and it is what an unknown account name gets once locked.
        for attempt in range(5):
            sign_in(self.client, "ghost", f"x{attempt}", address="10.9.9.9")
        ghost = sign_in(self.client, "ghost", "whatever", address="10.9.9.9")
        self.assertEqual(ghost.status_code, right.status_code)
        self.assertEqual(errors(ghost), errors(right))
        self.assertNotIn(PASSWORD, right.content.decode())

    def test_account_locked_from_every_address(self):
        for attempt in range(5):
            sign_in(self.client, "dana", "wrong", address=f"10.2.0.{attempt}")
        response = sign_in(self.client, "dana", PASSWORD, address="10.3.0.1")
        self.assertEqual(response.status_code, 429)
        self.assertFalse(signed_in(self.client))

    def test_address_locked_for_every_account(self):
        for attempt in range(5):
            sign_in(self.client, f"guess{attempt}", "wrong", address="10.4.0.1")
        response = sign_in(self.client, "erlan", PASSWORD, address="10.4.0.1")
        self.assertEqual(response.status_code, 429)
        # The same account from another address is fine.
        response = sign_in(self.client, "erlan", PASSWORD, address="10.4.0.2")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(signed_in(self.client))

    def test_under_the_limit_the_right_password_works(self):
        for _attempt in range(4):
            sign_in(self.client, "dana", "wrong")
        response = sign_in(self.client, "dana", PASSWORD)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(signed_in(self.client))

    def test_a_spoofed_forwarded_header_changes_nothing(self):
        # No trusted proxy: X-Forwarded-For is ignored, REMOTE_ADDR counts.
        for attempt in range(5):
            sign_in(
                self.client,
                f"user{attempt}",
                "wrong",
                address="10.5.0.1",
                HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",
            )
        response = sign_in(
            self.client,
            "erlan",
            PASSWORD,
            address="10.5.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.77",
        )
        self.assertEqual(response.status_code, 429)
        self.assertEqual(
            set(AccessAttempt.objects.values_list("ip_address", flat=True)),
            {"10.5.0.1"},
        )

    @override_settings(KOPIR_TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_its_hop_is_the_client(self):
        proxy = "10.0.0.1"
        for attempt in range(5):
            # The client writes its own X-Forwarded-For; nginx appends the real one.
            sign_in(
                self.client,
                f"user{attempt}",
                "wrong",
                address=proxy,
                HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 203.0.113.7",
            )
        self.assertEqual(
            set(AccessAttempt.objects.values_list("ip_address", flat=True)),
            {"203.0.113.7"},
        )
        locked = sign_in(
            self.client,
            "erlan",
            PASSWORD,
            address=proxy,
            HTTP_X_FORWARDED_FOR="192.0.2.200, 203.0.113.7",
        )
        self.assertEqual(locked.status_code, 429)
        # Another client behind the same proxy is not locked.
        other = sign_in(
            self.client,
            "erlan",
            PASSWORD,
            address=proxy,
            HTTP_X_FORWARDED_FOR="203.0.113.8",
        )
        self.assertEqual(other.status_code, 302)


class ClientAddressTests(TestCase):
    def request(self, remote, forwarded=None):
        from django.test import RequestFactory

        extra = {"REMOTE_ADDR": remote}
        if forwarded is not None:
            extra["HTTP_X_FORWARDED_FOR"] = forwarded
        return RequestFactory().get("/", **extra)

    def test_no_proxy_ignores_the_header(self):
        self.assertEqual(client_ip(self.request("10.0.0.9", "1.2.3.4")), "10.0.0.9")

    @override_settings(KOPIR_TRUSTED_PROXY_COUNT=1)
    def test_one_proxy_takes_the_last_hop(self):
        self.assertEqual(
            client_ip(self.request("10.0.0.1", "1.2.3.4, 5.6.7.8")), "5.6.7.8"
        )

    @override_settings(KOPIR_TRUSTED_PROXY_COUNT=2)
    def test_two_proxies_take_the_second_hop_from_the_right(self):
        self.assertEqual(
            client_ip(self.request("10.0.0.1", "1.1.1.1, 5.6.7.8, 10.0.0.2")),
            "5.6.7.8",
        )

    @override_settings(KOPIR_TRUSTED_PROXY_COUNT=1)
    def test_bad_or_missing_header_falls_back_to_the_peer(self):
        self.assertEqual(client_ip(self.request("10.0.0.1")), "10.0.0.1")
        self.assertEqual(
            client_ip(self.request("10.0.0.1", "not-an-address")), "10.0.0.1"
        )


class UnlockTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha, cls.beta = two_organisations()
        cls.user = person("dana", cls.alpha, Role.EDITOR)
        cls.site_admin = person("root", superuser=True)
        cls.org_admin = person("orgadmin", cls.alpha, Role.ADMIN)

    def lock(self):
        from django.test import Client

        attacker = Client()
        for _attempt in range(5):
            sign_in(attacker, "dana", "wrong", address="10.6.0.1")
        self.assertEqual(sign_in(Client(), "dana", PASSWORD).status_code, 429)
        return AccessAttempt.objects.get(username="dana", ip_address="10.6.0.1")

    def test_site_admin_unlocks(self):
        attempt = self.lock()
        self.client.force_login(self.site_admin)
        listing = self.client.get("/admin/security/lockouts/")
        self.assertContains(listing, "dana")
        self.assertContains(listing, "10.6.0.1")
        response = self.client.post(f"/admin/security/lockouts/{attempt.pk}/unlock/")
        self.assertEqual(response.status_code, 302)
        self.assertFalse(AccessAttempt.objects.exists())
        self.client.logout()
        self.assertEqual(sign_in(self.client, "dana", PASSWORD).status_code, 302)

    def test_listing_shows_an_address_locked_by_many_account_names(self):
        # Five names tried once each from one address: the address is locked,
        # so every one of its rows says so (and the right password is refused).
        for number in range(5):
            sign_in(self.client, f"ghost{number}", "Wrong-pw-1", address="10.6.0.9")
        self.assertEqual(
            sign_in(self.client, "dana", PASSWORD, address="10.6.0.9").status_code,
            429,
        )
        self.client.force_login(self.site_admin)
        listing = self.client.get("/admin/security/lockouts/").content.decode()
        self.assertEqual(listing.count('data-locked="yes"'), 6)
        self.assertNotIn('data-locked="no"', listing)

    def test_organisation_admin_cannot_see_or_unlock(self):
        attempt = self.lock()
        self.client.force_login(self.org_admin)
        # Wagtail answers a refused admin view with a redirect to the dashboard.
        listing = self.client.get("/admin/security/lockouts/")
        self.assertEqual(listing.status_code, 302)
        self.assertEqual(listing["Location"], "/admin/")
        response = self.client.post(f"/admin/security/lockouts/{attempt.pk}/unlock/")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/admin/")
        self.assertTrue(AccessAttempt.objects.filter(pk=attempt.pk).exists())
        self.assertNotContains(self.client.get("/admin/"), "/admin/security/lockouts/")

    def test_anonymous_cannot_unlock(self):
        attempt = self.lock()
        response = self.client.post(f"/admin/security/lockouts/{attempt.pk}/unlock/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(AccessAttempt.objects.filter(pk=attempt.pk).exists())


class PasswordResetThrottleTests(TestCase):
    URL = "/admin/password_reset/"

    @classmethod
    def setUpTestData(cls):
        cls.user = person("dana")

    def reset(self, email, address="10.7.0.1"):
        return self.client.post(self.URL, {"email": email}, REMOTE_ADDR=address)

    def test_per_email_limit_same_for_known_and_unknown_addresses(self):
        from django.core import mail

        for number in range(3):
            known = self.reset("dana@example.org", address=f"10.8.0.{number}")
            unknown = self.reset("nobody@example.org", address=f"10.8.1.{number}")
            self.assertEqual(known.status_code, 302)
            self.assertEqual(unknown.status_code, 302)
        self.assertEqual(len(mail.outbox), 3)
        known = self.reset("dana@example.org", address="10.7.0.2")
        unknown = self.reset("nobody@example.org", address="10.7.0.3")
        self.assertEqual(known.status_code, 429)
        self.assertEqual(unknown.status_code, 429)
        self.assertEqual(errors(known), errors(unknown))
        self.assertEqual(len(mail.outbox), 3)

    def test_per_address_limit(self):
        for attempt in range(5):
            self.assertEqual(
                self.reset(f"person{attempt}@example.org").status_code, 302
            )
        self.assertEqual(self.reset("dana@example.org").status_code, 429)
        # Another address may still ask.
        self.assertEqual(
            self.reset("dana@example.org", address="10.7.0.9").status_code, 302
        )
