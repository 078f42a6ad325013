"""The iCal feed of the calendar: only what its owner may see, with no private
field; tokens reset and revoked; recurrence rules and folded lines."""

from datetime import UTC, date, datetime

import icalendar
from django.test import TestCase
from django.urls import reverse

from campaigns.models import Activity, CalendarFeed
from tests.campaigns.helpers import PASSWORD, World


class FeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.complete_plan()
        cls.other = cls.w.complete_plan(cls.w.beta, title="Beta plan")
        Activity.objects.filter(plan=cls.other).update(title="Beta secret talk")
        private = cls.w.messenger_a
        private.identity_public = False
        private.phone = "+7 700 123 45 67"
        private.internal_notes = "Lives near the mosque"
        private.save()
        Activity.objects.filter(plan=cls.plan).update(notes="Internal note 42")

    def test_feed_shows_only_what_the_user_may_see_and_no_private_field(self):
        feed = CalendarFeed.issue(self.w.planner_a)
        response = self.client.get(reverse("kopir_calendar_feed", args=[feed.token]))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        body = response.content.decode()
        self.assertTrue(body.startswith("BEGIN:VCALENDAR\r\n"))
        body = body.replace("\r\n ", "")  # unfold long lines
        self.assertIn("SUMMARY:Video", body)
        # 14:00 UTC, written as Almaty time with the zone named and defined.
        self.assertIn("DTSTART;TZID=Asia/Almaty:20261110T190000", body)
        self.assertIn("TZID:Asia/Almaty\r\nBEGIN:STANDARD", body)
        self.assertIn("TZOFFSETTO:+0500", body)
        self.assertIn("(имя не раскрывается)", body)
        for private in (
            "Beta secret talk",
            "Erlan S.",
            "+7 700 123 45 67",
            "Lives near the mosque",
            "Internal note 42",
        ):
            self.assertNotIn(private, body)

    def test_reset_revokes_and_guesses_find_nothing(self):
        self.client.login(username="planner_a", password=PASSWORD)
        first = CalendarFeed.issue(self.w.planner_a).token
        url = reverse("kopir_calendar_feed", args=[first])
        self.assertEqual(self.client.get(url).status_code, 200)
        self.client.post(reverse("kopir_campaigns:feed_reset"))
        self.assertEqual(self.client.get(url).status_code, 404)
        second = CalendarFeed.objects.get(user=self.w.planner_a).token
        self.assertNotEqual(first, second)
        response = self.client.get(reverse("kopir_campaigns:calendar"))
        self.assertContains(response, second)
        self.client.post(reverse("kopir_campaigns:feed_revoke"))
        self.assertEqual(
            self.client.get(reverse("kopir_calendar_feed", args=[second])).status_code,
            404,
        )
        for guess in ("", "x", second[:-1] + "A", "../admin"):
            response = self.client.get(f"/calendar/{guess}.ics")
            self.assertEqual(response.status_code, 404, guess)

    def test_recurring_event_has_a_rule_and_long_lines_fold(self):
        activity = self.plan.activities.get()
        Activity.objects.filter(pk=activity.pk).update(
            repeat="fortnightly",
            repeat_until=date(2026, 12, 20),
            title="Weekly video about faith, family and one's own path " * 2,
        )
        feed = CalendarFeed.issue(self.w.planner_a)
        body = self.client.get(
            reverse("kopir_calendar_feed", args=[feed.token])
        ).content.decode()
        (event,) = icalendar.Calendar.from_ical(body).walk("VEVENT")
        self.assertEqual(event["RRULE"]["FREQ"], ["WEEKLY"])
        self.assertEqual(event["RRULE"]["INTERVAL"], [2])
        # Until the end of 20 December in Almaty (UTC+5), written in UTC.
        until = datetime(2026, 12, 20, 18, 59, 59, tzinfo=UTC)
        self.assertEqual(event["RRULE"]["UNTIL"], [until])
        self.assertTrue(all(len(line.encode()) <= 75 for line in body.split("\r\n")))
