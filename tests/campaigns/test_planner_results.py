"""Activity and result exports (formulas neutralised), indicator roll-ups
against their targets, and adjustments with their author."""

import csv
import io
from datetime import date

from django.test import TestCase
from django.urls import reverse

from campaigns.models import Adjustment, Indicator, ResultEntry
from tests.campaigns.helpers import PASSWORD, World


class ExportAndResultTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.complete_plan()
        activity = cls.plan.activities.get()
        activity.title = '=HYPERLINK("http://evil")'
        activity.save()
        ResultEntry.objects.create(
            activity=activity,
            date=date(2026, 11, 10),
            reach=1200,
            comments=30,
            attendance=0,
            notes="@SUM(A1)",
        )
        ResultEntry.objects.create(
            activity=activity, date=date(2026, 11, 11), reach=800, comments=10
        )
        Indicator.objects.create(
            plan=cls.plan,
            name="Reach",
            family=Indicator.Family.AWARENESS,
            metric=Indicator.Metric.REACH,
            target=4000,
            source="Platform",
        )

    def setUp(self):
        self.client.login(username="planner_a", password=PASSWORD)

    def export(self, url_name, fmt="csv"):
        response = self.client.get(reverse(url_name), {"export": fmt})
        self.assertEqual(response.status_code, 200)
        return b"".join(response.streaming_content).decode()

    def test_activity_and_result_exports_neutralise_formulas(self):
        rows = list(
            csv.reader(
                io.StringIO(self.export("wagtailsnippets_campaigns_activity:list"))
            )
        )
        cells = [cell for row in rows for cell in row]
        self.assertIn('\'=HYPERLINK("http://evil")', cells)
        rows = list(
            csv.reader(
                io.StringIO(self.export("wagtailsnippets_campaigns_resultentry:list"))
            )
        )
        cells = [cell for row in rows for cell in row]
        self.assertIn("'@SUM(A1)", cells)

    def test_rollup_against_target(self):
        body = self.export("kopir_campaigns:indicators")
        rows = list(csv.reader(io.StringIO(body)))
        reach = next(row for row in rows if "Reach" in row)
        self.assertIn("2000", reach)  # 1200 + 800
        self.assertIn("50", reach)  # % of target
        response = self.client.get(reverse("kopir_campaigns:plan", args=[self.plan.pk]))
        self.assertContains(response, 'aria-label="50%"')
        self.assertContains(response, "(50%)")
        self.assertContains(response, 'data-testid="rollup-table"')

    def test_adjustment_records_its_author(self):
        response = self.client.post(
            reverse("wagtailsnippets_campaigns_adjustment:add"),
            {
                "plan": self.plan.pk,
                "date": "2026-11-12",
                "what_changed": "Fewer videos",
                "why": "Low completion",
            },
        )
        self.assertEqual(response.status_code, 302)
        adjustment = Adjustment.objects.get()
        self.assertEqual(adjustment.author, self.w.planner_a)
        response = self.client.get(reverse("kopir_campaigns:plan", args=[self.plan.pk]))
        self.assertContains(response, "Fewer videos")
