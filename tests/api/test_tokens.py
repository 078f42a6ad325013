"""Organisation tokens: scoped, revocable, audited, and blind to other
organisations (404, as for something that does not exist)."""

from django.core.cache import cache
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.models import ModelLogEntry

from audiences.api import API_CALL, API_REFUSED
from audiences.models import ApiToken, User
from campaigns.models import Activity, ResultEntry
from tests.api.helpers import bearer, make_token
from tests.demo import load_demo

ALMATY = "almaty-city-irg"
NGO = "dialogue-youth-ngo"


@override_settings(PAGE_CACHE_SECONDS=0)
class TokenTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.token_a, cls.secret_a = make_token(ALMATY)
        cls.token_b, cls.secret_b = make_token(NGO)
        cls.read_only, cls.secret_read = make_token(ALMATY, write=False)
        today = timezone.localdate()
        cls.activity_a = Activity.objects.filter(
            plan__organisation__slug=ALMATY, plan__starts_on__lte=today
        ).first()
        cls.activity_b = Activity.objects.filter(plan__organisation__slug=NGO).first()

    def setUp(self):
        cache.clear()

    def results_url(self, activity):
        return f"/api/v1/org/activities/{activity.pk}/results/"

    def test_secret_is_stored_only_as_a_digest(self):
        token = ApiToken.objects.get(pk=self.token_a.pk)
        self.assertNotIn(self.secret_a, [token.key_digest, token.prefix, token.name])
        self.assertTrue(self.secret_a.startswith(token.prefix))
        self.assertEqual(ApiToken.find(self.secret_a), token)

    def test_reads_its_own_activities_only(self):
        data = self.client.get(
            "/api/v1/org/activities/", {"page_size": 100}, **bearer(self.secret_a)
        ).json()
        own = set(
            Activity.objects.filter(plan__organisation__slug=ALMATY).values_list(
                "pk", flat=True
            )
        )
        self.assertEqual({row["id"] for row in data["results"]}, own)
        for row in data["results"]:
            self.assertNotIn("notes", row)
            self.assertNotIn("cost", row)

    def test_other_organisations_data_is_404(self):
        for url in (
            f"/api/v1/org/activities/{self.activity_a.pk}/",
            self.results_url(self.activity_a),
        ):
            with self.subTest(url=url):
                response = self.client.get(url, **bearer(self.secret_b))
                self.assertEqual(response.status_code, 404)
        before = ResultEntry.objects.count()
        response = self.client.post(
            self.results_url(self.activity_a),
            {"date": str(timezone.localdate()), "reach": 5},
            content_type="application/json",
            **bearer(self.secret_b),
        )
        self.assertEqual(response.status_code, 404)
        self.assertEqual(ResultEntry.objects.count(), before)

    def test_a_bot_posts_a_result(self):
        """The README's second example: a bot posts the day's reach."""
        response = self.client.post(
            self.results_url(self.activity_a),
            {"date": str(timezone.localdate()), "reach": 1200, "engagement": 85},
            content_type="application/json",
            **bearer(self.secret_a),
        )
        self.assertEqual(response.status_code, 201, response.content)
        entry = ResultEntry.objects.get(pk=response.json()["id"])
        self.assertEqual(
            (entry.activity, entry.reach, entry.engagement), (self.activity_a, 1200, 85)
        )
        self.assertNotIn("notes", response.json())
        listed = self.client.get(
            self.results_url(self.activity_a), **bearer(self.secret_a)
        ).json()
        self.assertIn(entry.pk, [row["id"] for row in listed["results"]])

    def test_bad_results_are_refused_in_the_callers_language(self):
        before = ResultEntry.objects.count()
        response = self.client.post(
            self.results_url(self.activity_a),
            {"date": "2999-01-01", "reach": 5},
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE="ru",
            **bearer(self.secret_a),
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("будущ", response.json()["date"][0])
        response = self.client.post(
            self.results_url(self.activity_a),
            {"date": str(timezone.localdate()), "reach": -1},
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE="kk",
            **bearer(self.secret_a),
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("reach", response.json())
        response = self.client.post(
            self.results_url(self.activity_a),
            "{not json",
            content_type="application/json",
            **bearer(self.secret_a),
        )
        self.assertEqual(response.status_code, 400)
        self.assertEqual(ResultEntry.objects.count(), before)

    def test_scopes_are_enforced(self):
        response = self.client.post(
            self.results_url(self.activity_a),
            {"date": str(timezone.localdate()), "reach": 5},
            content_type="application/json",
            **bearer(self.secret_read),
        )
        self.assertEqual(response.status_code, 403)
        no_read, secret = make_token(ALMATY, read=False)
        response = self.client.get("/api/v1/org/activities/", **bearer(secret))
        self.assertEqual(response.status_code, 403)

    def test_no_token_unknown_token_and_revoked_token_get_401(self):
        self.assertEqual(self.client.get("/api/v1/org/activities/").status_code, 401)
        self.assertEqual(
            self.client.get(
                "/api/v1/org/activities/", **bearer("kopir_not-a-real-token")
            ).status_code,
            401,
        )
        token, secret = make_token(ALMATY, name="Old bot")
        self.assertEqual(
            self.client.get("/api/v1/org/activities/", **bearer(secret)).status_code,
            200,
        )
        ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
        response = self.client.get("/api/v1/org/activities/", **bearer(secret))
        self.assertEqual(response.status_code, 401)
        self.assertTrue(
            ModelLogEntry.objects.filter(
                object_id=str(token.pk), action=API_REFUSED
            ).exists()
        )
        expired, secret = make_token(ALMATY, name="Expired bot")
        ApiToken.objects.filter(pk=expired.pk).update(
            expires_at=timezone.now() - timezone.timedelta(minutes=1)
        )
        self.assertEqual(
            self.client.get("/api/v1/org/activities/", **bearer(secret)).status_code,
            401,
        )

    def test_every_call_is_in_the_audit_log(self):
        entries = ModelLogEntry.objects.filter(
            object_id=str(self.token_a.pk), action=API_CALL
        )
        before = entries.count()
        self.client.get("/api/v1/org/activities/", **bearer(self.secret_a))
        self.client.get(
            f"/api/v1/org/activities/{self.activity_b.pk}/", **bearer(self.secret_a)
        )
        self.assertEqual(entries.count(), before + 2)
        last = entries.order_by("-pk").first()
        self.assertEqual(last.data["status"], 404)
        self.assertEqual(last.data["method"], "GET")

    def test_calendar_expands_repeats(self):
        repeating = (
            Activity.objects.filter(plan__organisation__slug=ALMATY)
            .exclude(repeat="")
            .first()
        )
        start = timezone.localtime(repeating.starts_at).date()
        end = repeating.repeat_until
        data = self.client.get(
            "/api/v1/org/calendar/",
            {"from": str(start), "to": str(end)},
            **bearer(self.secret_a),
        ).json()
        times = [row for row in data if row["activity"] == repeating.pk]
        self.assertGreater(len(times), 1)
        bad = self.client.get(
            "/api/v1/org/calendar/", {"from": "2026-01-01"}, **bearer(self.secret_a)
        )
        self.assertEqual(bad.status_code, 400)

    def test_other_methods_are_405(self):
        url = f"/api/v1/org/activities/{self.activity_a.pk}/"
        for method in ("put", "patch", "delete"):
            with self.subTest(method=method):
                response = getattr(self.client, method)(url, **bearer(self.secret_a))
                self.assertEqual(response.status_code, 405)

    def test_calendar_and_filters_refuse_impossible_values(self):
        for params in (
            {"from": "9999-12-25", "to": "9999-12-31"},
            {"from": "2026-01-01", "to": "2025-01-01"},
        ):
            response = self.client.get(
                "/api/v1/org/calendar/", params, **bearer(self.secret_a)
            )
            self.assertEqual(response.status_code, 400)
        for params in ({"plan": "9" * 25}, {"status": "bogus"}, {"from": "x"}):
            response = self.client.get(
                "/api/v1/org/activities/", params, **bearer(self.secret_a)
            )
            self.assertEqual(response.status_code, 400, params)

    def test_a_result_before_the_activity_and_a_repeated_result(self):
        url = self.results_url(self.activity_a)
        before_start = timezone.localtime(
            self.activity_a.starts_at
        ).date() - timezone.timedelta(days=1)
        response = self.client.post(
            url,
            {"date": str(before_start), "reach": 5},
            content_type="application/json",
            **bearer(self.secret_a),
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("date", response.json())
        body = {"date": str(timezone.localdate()), "reach": 777, "comments": 3}
        first = self.client.post(
            url, body, content_type="application/json", **bearer(self.secret_a)
        )
        again = self.client.post(
            url, body, content_type="application/json", **bearer(self.secret_a)
        )
        self.assertEqual((first.status_code, again.status_code), (201, 200))
        self.assertEqual(first.json()["id"], again.json()["id"])
        self.assertEqual(
            ResultEntry.objects.filter(activity=self.activity_a, reach=777).count(), 1
        )

    def test_tokens_are_revoked_never_deleted_and_never_born_expired(self):
        from django.core.exceptions import ValidationError
        from wagtail.permissions import policy_registry

        admin = User.objects.get(username="admin")
        policy = policy_registry.get_by_type(ApiToken)
        self.assertFalse(
            policy.user_has_permission_for_instance(admin, "delete", self.token_a)
        )
        self.assertTrue(
            policy.user_has_permission_for_instance(admin, "change", self.token_a)
        )
        token = ApiToken(
            organisation=self.token_a.organisation,
            name="Born expired",
            expires_at=timezone.now() - timezone.timedelta(days=1),
        )
        token.new_secret()
        with self.assertRaises(ValidationError):
            token.full_clean()
