"""The planner's calendar: local times, recurring activities, civic dates,
filters, and a month view at a fixed number of queries."""

from datetime import UTC, date, timedelta

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from campaigns.models import Activity, CivicDate
from campaigns.plan_page import ACTIVITIES_PER_PAGE
from tests.campaigns.helpers import END, PASSWORD, START, World, at


class CalendarTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.complete_plan()

    def setUp(self):
        self.client.login(username="planner_a", password=PASSWORD)

    def calendar(self, **params):
        return self.client.get(reverse("kopir_campaigns:calendar"), params)

    def test_utc_storage_and_local_display(self):
        activity = self.plan.activities.get()
        # 19:00 in Almaty (UTC+5) is 14:00 UTC.
        self.assertEqual(activity.starts_at.astimezone(UTC).hour, 14)
        response = self.calendar(view="month", day="2026-11-10")
        self.assertContains(response, 'data-date="2026-11-10"')
        cell = response.content.decode().split('data-date="2026-11-10"')[1]
        cell = cell.split("</td>")[0]
        self.assertIn("19:00 Video", cell)

    def test_recurring_activity_and_week_and_list_views(self):
        activity = self.plan.activities.get()
        activity.repeat = Activity.Repeat.WEEKLY
        activity.repeat_until = date(2026, 12, 1)
        activity.save()
        response = self.calendar(view="month", day="2026-11-10")
        html = response.content.decode()
        for day in ("2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01"):
            cell = html.split(f'data-date="{day}"')[1].split("</td>")[0]
            self.assertIn("Video", cell, day)
        cell = html.split('data-date="2026-11-03"')[1].split("</td>")[0]
        self.assertNotIn("Video", cell)
        response = self.calendar(view="week", day="2026-11-25")
        self.assertContains(response, "19:00 Video", count=1)
        response = self.calendar(view="list", day="2026-11-25")
        # The list covers the month: 10, 17 and 24 November.
        self.assertContains(response, "Video", count=3)

    def test_civic_dates_overlay_is_data(self):
        response = self.calendar(view="month", day="2027-03-15")
        html = response.content.decode()
        for day in ("2027-03-21", "2027-03-22", "2027-03-23"):
            cell = html.split(f'data-date="{day}"')[1].split("</td>")[0]
            self.assertIn("Наурыз мейрамы", cell)
        # Oraza ait moves: the 2026 row is not repeated in 2027.
        self.assertNotIn('2027-03-20"', html.split("Oraza")[0][-200:])
        CivicDate.objects.create(
            name_en="Regional youth forum",
            name_ru="Региональный форум молодёжи",
            name_kk="Форум",
            kind="other",
            starts_on=date(2027, 3, 5),
            yearly=False,
        )
        response = self.calendar(view="month", day="2027-03-15")
        self.assertContains(response, "Региональный форум молодёжи")

    def test_filters(self):
        response = self.calendar(
            view="month", day="2026-11-10", channel=self.w.telegram.pk
        )
        self.assertNotContains(response, "19:00 Video")
        response = self.calendar(
            view="month", day="2026-11-10", channel=self.w.youtube.pk
        )
        self.assertContains(response, "19:00 Video")
        response = self.calendar(view="month", day="2026-11-10", status="done")
        self.assertNotContains(response, "19:00 Video")

    def test_month_view_and_plan_page_cost_fixed_queries(self):
        plan = self.plan
        activity = plan.activities.get()

        def grow(total):
            Activity.objects.bulk_create(
                Activity(
                    plan=plan,
                    title=f"Post {n}",
                    message=activity.message,
                    target_group=self.w.youth,
                    channel=self.w.youtube,
                    messenger=self.w.messenger_a,
                    material=self.w.material_ru,
                    starts_at=at(START + timedelta(days=n % 29), 10 + n % 8),
                    status=Activity.Status.PLANNED,
                    repeat=Activity.Repeat.WEEKLY if n % 20 == 0 else "",
                    repeat_until=END if n % 20 == 0 else None,
                )
                for n in range(total - plan.activities.count())
            )

        grow(10)
        calendar = reverse("kopir_campaigns:calendar") + "?view=month&day=2026-11-15"
        page = reverse("kopir_campaigns:plan", args=[plan.pk])
        with CaptureQueriesContext(connection) as cal_small:
            self.assertEqual(self.client.get(calendar).status_code, 200)
        with CaptureQueriesContext(connection) as page_small:
            self.assertEqual(self.client.get(page).status_code, 200)
        grow(500)
        self.assertEqual(plan.activities.count(), 500)
        with self.assertNumQueries(len(cal_small)):
            response = self.client.get(calendar)
        self.assertContains(response, "Post 480")
        with self.assertNumQueries(len(page_small)):
            response = self.client.get(page)
        self.assertContains(response, "Post 0")
        # The plan page lists its activities a page at a time: "Post 480" is on
        # the page its place in time puts it on, at the same cost.
        ordered = list(
            plan.activities.order_by("starts_at", "pk").values_list("title", flat=True)
        )
        number = ordered.index("Post 480") // ACTIVITIES_PER_PAGE + 1
        with self.assertNumQueries(len(page_small)):
            response = self.client.get(page, {"p": number})
        self.assertContains(response, "Post 480")
