"""The plan check: each gap in a campaign plan is named, and goes once fixed;
the plan listing shows the check at a fixed number of queries."""

from datetime import date

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from audiences.models import Messenger
from campaigns.models import Activity, CampaignPlan, Indicator, Message, PlanAudience
from campaigns.plan_check import plans_with_checks
from tests.campaigns.helpers import PASSWORD, World, at


def gap_texts(plan):
    """The plan check's gaps, in English (the check's wording is tested here;
    its Russian and Kazakh are in the catalogues)."""
    with translation.override("en"):
        plan = plans_with_checks(CampaignPlan.objects.filter(pk=plan.pk))[0]
        return [str(gap.text) for gap in plan.gaps]


class PlanCheckTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()

    def test_complete_plan_has_no_gaps(self):
        plan = self.w.complete_plan()
        self.assertEqual(gap_texts(plan), [])

    def test_each_gap_is_named_and_disappears_when_fixed(self):
        w = self.w
        plan = w.plan(w.alpha, objective="More young people question recruiters.")
        PlanAudience.objects.create(plan=plan, target_group=w.youth)
        PlanAudience.objects.create(plan=plan, target_group=w.parents)
        gaps = gap_texts(plan)
        self.assertIn("Youth 18-21 has no message.", gaps)
        self.assertIn("Parents has no message.", gaps)
        self.assertIn(
            "The objective has no indicator: it is a vision, not a goal.", gaps
        )
        self.assertIn("No risk is assessed.", gaps)

        message = Message.objects.create(
            plan=plan,
            headline="Ask those who know",
            text="t",
            language=w.locales["ru"],
            target_group=w.youth,
        )
        gaps = gap_texts(plan)
        self.assertNotIn("Youth 18-21 has no message.", gaps)
        self.assertIn("Message “Ask those who know” has no channel.", gaps)
        self.assertIn("Message “Ask those who know” has no messenger.", gaps)

        # Telegram is not among the youth's recorded habits: the figure is shown.
        risky = w.messenger(
            w.alpha,
            "Former",
            kind=Messenger.Kind.FORMER,
            consent=Messenger.Consent.NONE,
            consent_date=None,
            safety_risk=Messenger.Risk.HIGH,
            identity_public=True,
        )
        message.channels.set([w.telegram, w.events])
        message.messengers.set([risky])
        message.save()
        gaps = gap_texts(plan)
        habit = [g for g in gaps if g.startswith("Telegram is not among")]
        self.assertEqual(len(habit), 1)
        self.assertIn("YouTube 45%", habit[0])
        self.assertIn("Youth survey 2020", habit[0])
        self.assertFalse(any(g.startswith("Events is not") for g in gaps))
        self.assertIn(
            "Former (former (left an extremist group)) has no recorded consent.", gaps
        )
        self.assertIn(
            "Former (former (left an extremist group)) is at high safety risk and "
            "their identity is public.",
            gaps,
        )

        Indicator.objects.create(
            plan=plan,
            name="Impressions",
            family=Indicator.Family.AWARENESS,
            metric=Indicator.Metric.IMPRESSIONS,
            target=1000,
            source="Platform",
            vanity=True,
        )
        gaps = gap_texts(plan)
        self.assertNotIn(
            "The objective has no indicator: it is a vision, not a goal.", gaps
        )
        self.assertTrue(any(g.startswith("Every indicator is a vanity") for g in gaps))

        activity = Activity.objects.create(
            plan=plan,
            title="Leaflet",
            message=message,
            target_group=w.youth,
            channel=w.events,
            starts_at=at(date(2026, 11, 20)),
        )
        self.assertIn(
            "Activity “Leaflet” has no material from the library.", gap_texts(plan)
        )
        activity.material = w.material_en
        activity.save()
        self.assertIn(
            "Activity “Leaflet” uses a material in English; Youth 18-21 reads "
            "Қазақша, Русский.",
            gap_texts(plan),
        )
        activity.material = w.material_ru
        activity.save()
        self.assertFalse(any("Leaflet" in g for g in gap_texts(plan)))

    def test_objective_missing(self):
        plan = self.w.plan(self.w.alpha)
        self.assertIn("There is no measurable objective.", gap_texts(plan))

    def test_listing_shows_the_check_with_a_fixed_number_of_queries(self):
        self.client.login(username="planner_a", password=PASSWORD)
        url = reverse("wagtailsnippets_campaigns_campaignplan:list")
        self.w.complete_plan(title="First")
        with CaptureQueriesContext(connection) as small:
            response = self.client.get(url)
        self.assertContains(response, "First")
        for n in range(6):
            self.w.complete_plan(title=f"More {n}")
            self.w.plan(self.w.alpha, title=f"Gappy {n}")
        with self.assertNumQueries(len(small)):
            response = self.client.get(url)
        self.assertContains(response, "kp-badge--gaps")
        self.assertContains(response, "kp-badge--ok")
