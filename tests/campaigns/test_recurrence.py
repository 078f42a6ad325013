"""Repeats land on the same dates in the calendar, the plan document and the feed.

The awkward cases are pinned: monthly on the 29th, 30th and 31st (months that
lack the day are skipped, 29 February included in a leap year), an early-morning
time that is the day before in UTC, a "repeats until" day that ends before UTC's
does, and a yearly civic date on 29 February. The feed is read back with the
icalendar library and its rules expanded with dateutil, as a calendar app would.

Before ``campaigns.recurrence`` the calendar moved a monthly activity on the 31st
to the month's last day while the feed skipped the month, and the feed's UNTIL
ran five hours past the last day in Almaty.
"""

import zoneinfo
from datetime import date, datetime, time

import icalendar
from dateutil.rrule import rrulestr
from django.test import TestCase
from django.urls import reverse
from wagtail.users.models import UserProfile

from campaigns.models import Activity, CalendarFeed, CivicDate
from campaigns.printing import TIMELINE_WIDTH, timeline
from tests.campaigns.helpers import PASSWORD, World

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
FIRST = date(2046, 12, 1)
LAST = date(2048, 3, 31)


def almaty(year, month, day, hour):
    return datetime(year, month, day, hour, tzinfo=ALMATY)


def months(first, last):
    cursor = first.replace(day=1)
    while cursor <= last:
        yield cursor
        cursor = cursor.replace(
            year=cursor.year + cursor.month // 12, month=cursor.month % 12 + 1
        )


# title: (first moment in Almaty, repeat, until, the dates it happens on)
CASES = {
    "On the 31st": (
        almaty(2047, 1, 31, 19),
        "monthly",
        LAST,
        [(2047, m, 31) for m in (1, 3, 5, 7, 8, 10, 12)]
        + [(2048, 1, 31), (2048, 3, 31)],
    ),
    # 02:00 in Almaty is 21:00 UTC the day before: still the 30th.
    "On the 30th, early": (
        almaty(2046, 12, 30, 2),
        "monthly",
        LAST,
        [(2046, 12, 30)]
        + [(2047, m, 30) for m in range(1, 13) if m != 2]
        + [(2048, 1, 30), (2048, 3, 30)],
    ),
    "On the 29th": (
        almaty(2046, 12, 29, 10),
        "monthly",
        LAST,
        [(2046, 12, 29)]
        + [(2047, m, 29) for m in range(1, 13) if m != 2]
        + [(2048, m, 29) for m in (1, 2, 3)],
    ),
    # Until 20 January: the 02:00 on the 21st is after that day in Almaty
    # (though before 20 January ends in UTC).
    "Weekly, early": (
        almaty(2047, 1, 7, 2),
        "weekly",
        date(2047, 1, 20),
        [(2047, 1, 7), (2047, 1, 14)],
    ),
    "Every two weeks": (
        almaty(2047, 2, 1, 12),
        "fortnightly",
        date(2047, 3, 15),
        [(2047, 2, 1), (2047, 2, 15), (2047, 3, 1), (2047, 3, 15)],
    ),
    "Once": (almaty(2048, 2, 29, 18), "", None, [(2048, 2, 29)]),
}


class SameDatesEverywhereTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.plan(
            cls.w.alpha, "Leap plan", starts_on=FIRST, ends_on=LAST, objective="x"
        )
        for title, (first, repeat, until, _days) in CASES.items():
            Activity.objects.create(
                plan=cls.plan,
                title=title,
                target_group=cls.w.youth,
                channel=cls.w.youtube,
                starts_at=first,
                status=Activity.Status.PLANNED,
                repeat=repeat,
                repeat_until=until,
            )
        cls.expected = {
            title: [
                datetime.combine(date(*day), first.time(), tzinfo=ALMATY)
                for day in days
            ]
            for title, (first, _repeat, _until, days) in CASES.items()
        }

    def setUp(self):
        self.client.login(username="planner_a", password=PASSWORD)

    def feed_moments(self):
        """Each event's moments over the plan, as a calendar app expands them."""
        token = CalendarFeed.issue(self.w.planner_a).token
        response = self.client.get(reverse("kopir_calendar_feed", args=[token]))
        calendar = icalendar.Calendar.from_ical(response.content)
        self.assertEqual(
            [zone["TZID"] for zone in calendar.walk("VTIMEZONE")], ["Asia/Almaty"]
        )
        start = datetime.combine(FIRST, time.min, tzinfo=ALMATY)
        end = datetime.combine(LAST, time.max, tzinfo=ALMATY)
        found = {}
        for event in calendar.walk("VEVENT"):
            first = event["DTSTART"].dt
            self.assertEqual(event["DTSTART"].params["TZID"], "Asia/Almaty")
            if "RRULE" in event:
                text = event["RRULE"].to_ical().decode()
                moments = rrulestr(text, dtstart=first).between(start, end, inc=True)
            else:
                moments = [first]
            found[str(event["SUMMARY"])] = [m.astimezone(ALMATY) for m in moments]
        return found

    def calendar_moments(self):
        """Each activity's moments on the calendar page, month by month."""
        found = {title: [] for title in CASES}
        for month in months(FIRST, LAST):
            response = self.client.get(
                reverse("kopir_campaigns:calendar"),
                {"view": "list", "day": month.isoformat(), "plan": self.plan.pk},
            )
            for item in response.context["occurrences"]:
                found[item.activity.title].append(item.at.astimezone(ALMATY))
        return found

    def test_feed_and_calendar_give_the_pinned_dates(self):
        self.assertEqual(self.feed_moments(), self.expected)
        self.assertEqual(self.calendar_moments(), self.expected)

    def test_a_reader_elsewhere_sees_the_same_moments(self):
        """Repeats are counted in Almaty, not in the reader's zone."""
        profile = UserProfile.get_for_user(self.w.planner_a)
        profile.current_time_zone = "Europe/Berlin"
        profile.save()
        self.assertEqual(self.calendar_moments(), self.expected)
        self.assertEqual(self.feed_moments(), self.expected)

    def test_plan_document_timeline_has_the_same_dots(self):
        activities = list(self.plan.activities.all())
        rows = timeline(self.plan, activities)["rows"]
        drawn = sorted(dot["x"] for row in rows for dot in row["dots"])
        start = datetime.combine(FIRST, time.min, tzinfo=ALMATY)
        span = (datetime.combine(LAST, time.min, tzinfo=ALMATY) - start).days + 1
        expected = sorted(
            round((m - start).total_seconds() / (span * 86400) * TIMELINE_WIDTH, 1)
            for moments in self.expected.values()
            for m in moments
        )
        self.assertEqual(drawn, expected)


class LeapDayTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.leap = CivicDate.objects.create(
            name_en="Leap day",
            name_ru="Високосный день",
            name_kk="Кібісе күн",
            kind=CivicDate.Kind.OTHER,
            starts_on=date(2000, 2, 29),
            yearly=True,
        )

    def test_a_yearly_29_february_shows_in_leap_years_only(self):
        self.assertEqual(
            self.leap.days_between(date(2046, 1, 1), date(2049, 12, 31)),
            [date(2048, 2, 29)],
        )
        self.client.login(username="planner_a", password=PASSWORD)
        for day in ("2047-02-15", "2048-02-15"):
            response = self.client.get(
                reverse("kopir_campaigns:calendar"), {"view": "month", "day": day}
            )
            html = response.content.decode()
            shown = [
                cell.split('"')[0]
                for cell in html.split('data-date="')[1:]
                if "Високосный день" in cell.split("</td>")[0]
            ]
            expected = ["2048-02-29"] if day.startswith("2048") else []
            self.assertEqual(shown, expected, day)

    def test_a_holiday_of_several_days_keeps_its_length(self):
        nauryz = CivicDate.objects.get(name_en="Nauryz")
        self.assertEqual(
            nauryz.days_between(date(2048, 3, 1), date(2048, 3, 31)),
            [date(2048, 3, 21), date(2048, 3, 22), date(2048, 3, 23)],
        )
