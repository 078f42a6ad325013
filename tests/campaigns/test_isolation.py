"""Organisation A's planners and admins see and change nothing of B's campaigns.

B owns an approved plan with a pending draft revision, its messages, risks,
indicators, activities, results, adjustments and a messenger with private
contacts; every one carries the marker ``Vexillarium`` (the pending draft:
``Quillfeather``). Every URL the snippet viewsets register is requested with
B's ids (GET and POST), plus listings, searches, choosers, exports, the plan
page, calendar, coverage, indicators report and A's own iCal feed. Nothing
may succeed, nothing of B may change, and no response may carry a marker.
Positive controls show B's own planner does see the markers.
"""

import io
import re
import zipfile
from datetime import date

from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from audiences.models import Messenger, Role
from campaigns.models import (
    Activity,
    Adjustment,
    CalendarFeed,
    CampaignPlan,
    Indicator,
    Message,
    ResultEntry,
    Risk,
)
from tests.campaigns.helpers import PASSWORD, World, person

MARKER = "Vexillarium"
DRAFT_MARKER = "Quillfeather"
MODELS = {
    "campaignplan": CampaignPlan,
    "activity": Activity,
    "resultentry": ResultEntry,
    "adjustment": Adjustment,
    "messenger": Messenger,
}


def snippet_patterns():
    """(model name, route with placeholders, URL name) of every snippet URL."""
    found = []

    def walk(resolver, prefix):
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern, route)
            elif isinstance(pattern, URLPattern):
                match = re.search(
                    r"admin/snippets/(?:choose/)?(campaigns|audiences)/(\w+)/", route
                )
                if match and match.group(2) in MODELS:
                    found.append((match.group(2), route))

    walk(get_resolver(), "")
    return found


def fill(route, values):
    route = route.lstrip("^").replace("$", "")

    def substitute(match):
        name = match.group(2)
        return str(values.get(name, values["pk"]))

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", substitute, route)


def refused(response, url):
    """404 (which the locale middleware turns into a redirect to /ru/…), 403, 405,
    or Wagtail's redirect to the dashboard after a PermissionDenied."""
    if response.status_code in (403, 404, 405):
        return True
    if response.status_code == 302:
        location = response["Location"].split("?")[0]
        return location in (
            "/admin/",
            f"/ru{url.split('?')[0]}",
        ) or location.startswith("/admin/login/")
    return False


def body_text(response):
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    if content[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "".join(
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
            )
    return content.decode("utf-8", "replace")


class CampaignIsolationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        w = cls.w = World()
        cls.editor_a = person("editor_a", w.alpha, Role.EDITOR)
        cls.own = w.complete_plan(w.alpha, title="Alpha campaign")
        plan = cls.plan = w.complete_plan(w.beta, title=f"{MARKER} campaign")
        plan.problem = f"{MARKER} problem"
        plan.lessons_learned = f"{MARKER} lessons"
        plan.save()
        Message.objects.filter(plan=plan).update(text=f"{MARKER} message")
        Risk.objects.filter(plan=plan).update(description=f"{MARKER} risk")
        Indicator.objects.filter(plan=plan).update(name=f"{MARKER} indicator")
        cls.activity = plan.activities.get()
        cls.activity.title = f"{MARKER} talk"
        cls.activity.notes = f"{MARKER} internal note"
        cls.activity.save()
        cls.messenger = cls.activity.messenger
        cls.messenger.public_name = f"{MARKER} voice"
        cls.messenger.phone = f"{MARKER} +7 777"
        cls.messenger.internal_notes = f"{MARKER} address"
        cls.messenger.save()
        cls.result = ResultEntry.objects.create(
            activity=cls.activity,
            date=date(2026, 11, 11),
            reach=5,
            notes=f"{MARKER} result",
        )
        cls.adjustment = Adjustment.objects.create(
            plan=plan, what_changed=f"{MARKER} change", why="because"
        )
        approved = plan.save_revision(user=w.planner_b)
        approved.publish(skip_permission_checks=True)
        plan.refresh_from_db()
        plan.title = f"{DRAFT_MARKER} draft title"
        cls.draft = plan.save_revision(user=w.planner_b)
        cls.approved = approved
        plan.refresh_from_db()
        cls.ids = {
            "campaignplan": plan.pk,
            "activity": cls.activity.pk,
            "resultentry": cls.result.pk,
            "adjustment": cls.adjustment.pk,
            "messenger": cls.messenger.pk,
        }

    def snapshot(self):
        return {
            name: list(model.objects.filter(pk=self.ids[name]).values())
            for name, model in MODELS.items()
        }

    def assert_clean(self, response, where):
        text = body_text(response)
        for marker in (MARKER, DRAFT_MARKER):
            self.assertNotIn(marker, text, where)

    def snippet_checks(self):
        checks = []
        for model, route in snippet_patterns():
            if "(?P" in route:
                continue  # the revisions compare regex: reversed below
            if "<" not in route:
                continue
            values = {
                "pk": self.ids[model],
                "revision_id": self.draft.pk,
                "revision_id_a": self.approved.pk,
                "revision_id_b": self.draft.pk,
                "action_name": "approve",
                "task_state_id": 1,
                "task_id": 1,
                "workflow_state_id": 1,
                "mode_name": "",
            }
            checks.append(fill(route, values))
        plan = self.ids["campaignplan"]
        for a, b in (("live", self.draft.pk), (self.approved.pk, "latest")):
            checks.append(
                reverse(
                    "wagtailsnippets_campaigns_campaignplan:revisions_compare",
                    args=[plan, a, b],
                )
            )
        return checks

    def test_every_snippet_url_with_bs_ids_is_refused(self):
        checks = self.snippet_checks()
        self.assertGreater(len(checks), 40)
        before = self.snapshot()
        for username in ("planner_a", "admin_a", "editor_a"):
            self.client.login(username=username, password=PASSWORD)
            for url in checks:
                for method in ("get", "post"):
                    with self.subTest(user=username, url=url, method=method):
                        response = getattr(self.client, method)(url)
                        self.assertTrue(
                            refused(response, url),
                            (response.status_code, response.get("Location")),
                        )
                        self.assert_clean(response, url)
        self.assertEqual(self.snapshot(), before)
        self.plan.refresh_from_db()
        self.assertTrue(self.plan.live)

    def listing_urls(self):
        urls = []
        for name in MODELS:
            app = "audiences" if name == "messenger" else "campaigns"
            base = f"wagtailsnippets_{app}_{name}"
            chooser = f"wagtailsnippetchoosers_{app}_{name}"
            urls += [
                reverse(f"{base}:list"),
                reverse(f"{base}:list") + f"?q={MARKER.lower()}",
                reverse(f"{base}:list_results") + f"?q={MARKER.lower()}",
                reverse(f"{base}:list") + "?export=csv",
                reverse(f"{base}:list") + "?export=xlsx",
                reverse(f"{base}:add"),
                reverse(f"{chooser}:choose"),
                reverse(f"{chooser}:choose_results") + f"?q={MARKER.lower()}",
                reverse(f"{chooser}:chosen_multiple") + f"?id={self.ids[name]}",
            ]
        plan = self.ids["campaignplan"]
        urls += [
            reverse("kopir_campaigns:calendar") + "?view=month&day=2026-11-10",
            reverse("kopir_campaigns:calendar")
            + f"?view=list&day=2026-11-10&plan={plan}",
            reverse("kopir_campaigns:calendar")
            + f"?view=week&day=2026-11-10&organisation={self.w.beta.pk}",
            reverse("kopir_campaigns:coverage") + f"?organisation={self.w.beta.pk}",
            reverse("kopir_campaigns:indicators"),
            reverse("kopir_campaigns:indicators") + "?export=csv",
            reverse("kopir_campaigns:indicators") + "?export=xlsx",
            reverse("kopir_campaigns:plan", args=[plan]),
            f"/admin/search/?q={MARKER.lower()}",
            "/admin/",
            "/admin/workflows/tasks/index/",
            reverse("wagtailadmin_reports:site_history"),
            reverse("wagtailadmin_reports:site_history") + "?export=csv",
            reverse("wagtailadmin_reports:workflow"),
            reverse("wagtailadmin_reports:workflow_tasks"),
        ]
        return urls

    def test_listings_searches_choosers_exports_and_planner_views(self):
        for username in ("planner_a", "admin_a"):
            self.client.login(username=username, password=PASSWORD)
            for url in self.listing_urls():
                with self.subTest(user=username, url=url):
                    response = self.client.get(url)
                    self.assertIn(response.status_code, (200, 302, 403, 404))
                    self.assert_clean(response, url)
        # A's own plan is listed, so the listing was not simply empty.
        response = self.client.get(
            reverse("wagtailsnippets_campaigns_campaignplan:list")
        )
        self.assertContains(response, "Alpha campaign")

    def test_actions_on_bs_plan_change_nothing(self):
        self.client.login(username="admin_a", password=PASSWORD)
        before = self.snapshot()
        plan = self.ids["campaignplan"]
        for url in (
            reverse("kopir_campaigns:case_study", args=[plan]),
            reverse("wagtailsnippets_campaigns_campaignplan:delete", args=[plan]),
            reverse("wagtailsnippets_campaigns_campaignplan:unpublish", args=[plan]),
            reverse("wagtailsnippets_campaigns_campaignplan:lock", args=[plan]),
        ):
            response = self.client.post(url)
            self.assertTrue(refused(response, url), url)
        # Forms refuse B's rows as choices.
        response = self.client.post(
            reverse("wagtailsnippets_campaigns_resultentry:add"),
            {"activity": self.activity.pk, "date": "2026-11-12", "reach": "9"},
        )
        self.assertEqual(response.status_code, 200)
        response = self.client.post(
            reverse("wagtailsnippets_campaigns_adjustment:add"),
            {"plan": plan, "date": "2026-11-12", "what_changed": "x", "why": "y"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(ResultEntry.objects.count(), 1)

    def test_own_feed_carries_nothing_of_b(self):
        feed = CalendarFeed.issue(self.w.planner_a)
        response = self.client.get(reverse("kopir_calendar_feed", args=[feed.token]))
        self.assertEqual(response.status_code, 200)
        self.assertIn("SUMMARY:Video", response.content.decode())
        self.assert_clean(response, "feed")

    def test_positive_control_b_sees_its_own(self):
        self.client.login(username="planner_b", password=PASSWORD)
        page = self.client.get(
            reverse("kopir_campaigns:plan", args=[self.ids["campaignplan"]])
        )
        self.assertContains(page, MARKER)
        edit = self.client.get(
            reverse(
                "wagtailsnippets_campaigns_campaignplan:edit",
                args=[self.ids["campaignplan"]],
            )
        )
        self.assertContains(edit, DRAFT_MARKER)
        listing = self.client.get(
            reverse("wagtailsnippets_campaigns_activity:list") + "?export=csv"
        )
        self.assertIn(MARKER, body_text(listing))
        roster = self.client.get(
            reverse(
                "wagtailsnippets_audiences_messenger:edit", args=[self.messenger.pk]
            )
        )
        self.assertContains(roster, f"{MARKER} +7 777")
        self.assertTrue(
            any(
                MARKER in body_text(self.client.get(url))
                for url in self.snippet_checks()
                if "history" in url
            )
        )

    def test_private_messenger_fields_stay_in_the_roster_form(self):
        """Even for the owner: plan page, calendar, exports show the public label."""
        self.client.login(username="planner_b", password=PASSWORD)
        private = (f"{MARKER} +7 777", f"{MARKER} address", f"{MARKER} internal")
        Messenger.objects.filter(pk=self.messenger.pk).update(identity_public=False)
        feed = CalendarFeed.issue(self.w.planner_b)
        for url in (
            reverse("kopir_campaigns:plan", args=[self.ids["campaignplan"]]),
            reverse("kopir_campaigns:calendar") + "?view=list&day=2026-11-10",
            reverse("wagtailsnippets_campaigns_activity:list") + "?export=csv",
            reverse("wagtailsnippets_audiences_messenger:list") + "?export=csv",
            reverse("kopir_calendar_feed", args=[feed.token]),
        ):
            text = body_text(self.client.get(url))
            for value in private:
                self.assertNotIn(value, text, url)
            if "feed" in url or "export" in url and "activity" in url:
                self.assertNotIn(f"{MARKER} voice", text, url)
