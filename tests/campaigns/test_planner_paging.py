"""Busy calendars and long plans: a month cell's "+N more" and the day view it
opens, the plan page's activities a page at a time, and the plan check's list of
activity gaps kept short, all within what the access layer lets a user see."""

from datetime import date, timedelta

from django.test import TestCase
from django.urls import reverse
from wagtail.users.models import UserProfile

from campaigns.calendar import MONTH_CELL_ITEMS
from campaigns.models import Activity
from campaigns.plan_page import ACTIVITIES_PER_PAGE, ACTIVITY_GAPS
from tests.campaigns.helpers import PASSWORD, START, World, at

BUSY = date(2026, 11, 12)


def reads_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def cell(html, day):
    return html.split(f'data-date="{day:%Y-%m-%d}"')[1].split("</td>")[0]


class BusyCalendarTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.complete_plan()
        reads_english(cls.w.planner_a)
        cls.busy = Activity.objects.bulk_create(
            Activity(
                plan=cls.plan,
                title=f"Busy {n}",
                target_group=cls.w.youth,
                channel=cls.w.telegram if n % 2 else cls.w.youtube,
                material=cls.w.material_ru,
                starts_at=at(BUSY, 9 + n),
                status=Activity.Status.PLANNED,
            )
            for n in range(7)
        )
        # Another organisation's activity on the same day never shows.
        other = cls.w.complete_plan(cls.w.beta, title="Beta plan")
        Activity.objects.filter(plan=other).update(
            title="Beta secret", starts_at=at(BUSY, 8)
        )

    def setUp(self):
        self.client.login(username="planner_a", password=PASSWORD)

    def calendar(self, **params):
        return self.client.get(reverse("kopir_campaigns:calendar"), params)

    def test_month_cell_shows_a_few_and_links_the_rest_to_the_day(self):
        html = self.calendar(view="month", day="2026-11-01").content.decode()
        busy = cell(html, BUSY)
        shown = [f"{9 + n:02d}:00 Busy {n}" for n in range(MONTH_CELL_ITEMS)]
        for text in shown:
            self.assertIn(text, busy)
        self.assertNotIn(f"Busy {MONTH_CELL_ITEMS}", busy)
        self.assertIn(f"+{7 - MONTH_CELL_ITEMS} more", busy)
        self.assertIn('href="?view=day&amp;day=2026-11-12"', busy)
        # A quiet day has no link.
        self.assertNotIn("more", cell(html, date(2026, 11, 10)))
        self.assertNotIn("Beta secret", html)

    def test_day_view_lists_every_activity_of_the_day(self):
        response = self.calendar(view="day", day="2026-11-12")
        self.assertContains(response, "Thursday, 12 November 2026")
        for n in range(7):
            self.assertContains(response, f">Busy {n}</a>", count=1)
        self.assertNotContains(response, "Beta secret")
        self.assertNotContains(response, "Video")  # 10 November
        self.assertContains(response, 'href="?view=month&amp;day=2026-11-12"')
        self.assertContains(response, "day=2026-11-11")  # the day before
        self.assertContains(response, "day=2026-11-13")  # the day after

    def test_more_link_keeps_the_filters(self):
        html = self.calendar(
            view="month", day="2026-11-01", channel=self.w.youtube.pk
        ).content.decode()
        busy = cell(html, BUSY)
        # Four YouTube activities (0, 2, 4, 6): three shown, one more.
        self.assertIn("+1 more", busy)
        link = f"?channel={self.w.youtube.pk}&amp;view=day&amp;day=2026-11-12"
        self.assertIn(link, busy)
        response = self.client.get(
            reverse("kopir_campaigns:calendar") + link.replace("&amp;", "&")
        )
        for n in (0, 2, 4, 6):
            self.assertContains(response, f">Busy {n}</a>")
        self.assertNotContains(response, ">Busy 1</a>")

    def test_another_organisations_filter_is_refused_and_the_day_kept(self):
        # Found by a user trial: one refused filter used to drop them all and show
        # this month instead of the day asked for.
        response = self.calendar(
            view="day", day=f"{BUSY:%Y-%m-%d}", organisation=self.w.beta.pk
        )
        self.assertEqual(response.context["view"], "day")
        self.assertContains(response, "Busy 6")
        self.assertNotContains(response, "Beta secret")
        self.assertContains(response, 'class="error-message"')

    def test_week_view_is_not_cut(self):
        response = self.calendar(view="week", day="2026-11-12")
        for n in range(7):
            self.assertContains(response, f"Busy {n}</a>")
        self.assertNotContains(response, 'data-testid="more"')


class LongPlanTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.complete_plan()
        reads_english(cls.w.planner_a)
        hidden = cls.w.messenger(cls.w.alpha, "Secret Name", identity_public=False)
        cls.total = 2 * ACTIVITIES_PER_PAGE + 20
        # Titles sort with their dates: "Row 000" is the first.
        Activity.objects.bulk_create(
            Activity(
                plan=cls.plan,
                title=f"Row {n:03d}",
                target_group=cls.w.youth,
                channel=cls.w.youtube,
                messenger=hidden if n == 0 else None,
                # Every third has no material: a gap of the plan check.
                material=None if n % 3 == 0 else cls.w.material_ru,
                starts_at=at(START + timedelta(days=n // 3), 9 + n % 3),
                status=Activity.Status.PLANNED,
            )
            for n in range(cls.total - 1)
        )
        cls.url = reverse("kopir_campaigns:plan", args=[cls.plan.pk])

    def setUp(self):
        self.client.login(username="planner_a", password=PASSWORD)

    def rows(self, response):
        return response.content.decode().count(
            'href="/admin/snippets/campaigns/activity/edit/'
        )

    def test_activities_come_a_page_at_a_time_grouped_by_month(self):
        response = self.client.get(self.url)
        self.assertEqual(self.rows(response), ACTIVITIES_PER_PAGE)
        self.assertContains(response, f"{self.total} activities")
        self.assertContains(response, ">Row 000</a>")
        self.assertNotContains(response, f">Row {ACTIVITIES_PER_PAGE:03d}</a>")
        self.assertContains(response, 'scope="rowgroup">November 2026</th>')
        self.assertContains(response, 'href="?p=2#activities"')
        self.assertContains(response, 'aria-current="page">')

        last = self.client.get(self.url, {"p": 3})
        self.assertEqual(self.rows(last), 20)
        self.assertContains(last, ">Row 118</a>")
        self.assertContains(last, 'scope="rowgroup">December 2026</th>')
        self.assertContains(last, 'href="?p=2#activities"')
        # A page past the end shows the last; nonsense shows the first.
        self.assertEqual(self.rows(self.client.get(self.url, {"p": 99})), 20)
        nonsense = self.client.get(self.url, {"p": "x"})
        self.assertContains(nonsense, ">Row 000</a>")

    def test_private_messenger_shows_only_its_public_label(self):
        response = self.client.get(self.url)
        self.assertContains(response, "(identity withheld)")
        self.assertNotContains(response, "Secret Name")

    def test_plan_check_lists_a_few_activity_gaps_and_counts_all(self):
        without = Activity.objects.filter(plan=self.plan, material=None).count()
        response = self.client.get(self.url)
        html = response.content.decode()
        gaps = html.split('data-testid="gaps"')[1].split("</ul>")[0]
        self.assertEqual(gaps.count("has no material"), ACTIVITY_GAPS)
        self.assertIn(f"and {without - ACTIVITY_GAPS} more activities", gaps)
        # The heading counts every gap: the activities', and the messenger's
        # (its identity is withheld, so only its public label is named).
        self.assertIn(f"The plan has {without} gaps", html.replace("\n", " "))

    def test_cost_and_material_pack_count_every_activity(self):
        Activity.objects.filter(plan=self.plan).update(cost=10)
        response = self.client.get(self.url, {"p": 2})
        self.assertContains(response, f"planned cost {self.total * 10:,} KZT")
        self.assertContains(response, f"materials={self.w.material_ru.pk}&amp;")

    def test_another_organisations_planner_cannot_page_the_plan(self):
        self.client.login(username="planner_b", password=PASSWORD)
        self.assertEqual(self.client.get(self.url, {"p": 2}).status_code, 404)
