"""The campaign planner: plan check, validation, calendar, iCal, exports, results."""

import csv
import io
from datetime import UTC, date, datetime, timedelta

import icalendar
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.panels import get_edit_handler

from audiences.models import Messenger
from campaigns.models import (
    Activity,
    Adjustment,
    CalendarFeed,
    CampaignPlan,
    CivicDate,
    Indicator,
    Message,
    PlanAudience,
    ResultEntry,
)
from campaigns.plan_check import plans_with_checks
from content.models import MaterialPage
from tests.campaigns.helpers import END, PASSWORD, START, World, at


def form_class(model):
    """The admin form Wagtail builds from the model's panels."""
    return get_edit_handler(model).get_form_class()


def ActivityForm(**kwargs):  # noqa: N802
    return form_class(Activity)(**kwargs)


def ResultForm(**kwargs):  # noqa: N802
    return form_class(ResultEntry)(**kwargs)


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


class ValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()

    def setUp(self):
        self.client.login(username="planner_a", password=PASSWORD)

    def plan_post(self, **overrides):
        data = {
            "title": "New plan",
            "organisation": self.w.alpha.pk,
            "starts_on": "2026-12-01",
            "ends_on": "2026-11-01",
            "status": "planning",
            "budget": "",
        }
        for relation in ("audiences", "messages", "risks", "indicators"):
            data.update(
                {
                    f"{relation}-TOTAL_FORMS": "0",
                    f"{relation}-INITIAL_FORMS": "0",
                    f"{relation}-MIN_NUM_FORMS": "0",
                    f"{relation}-MAX_NUM_FORMS": "1000",
                }
            )
        data.update(overrides)
        return data

    def test_end_before_start_and_negative_budget_save_nothing(self):
        url = reverse("wagtailsnippets_campaigns_campaignplan:add")
        response = self.client.post(url, self.plan_post(budget="-5"))
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertIn("ends_on", form.errors)
        self.assertIn("budget", form.errors)
        self.assertFalse(CampaignPlan.objects.filter(title="New plan").exists())

    def test_other_organisation_is_not_a_choice(self):
        url = reverse("wagtailsnippets_campaigns_campaignplan:add")
        response = self.client.post(
            url,
            self.plan_post(organisation=self.w.beta.pk, ends_on="2026-12-31"),
        )
        self.assertIn("organisation", response.context["form"].errors)
        self.assertFalse(CampaignPlan.objects.exists())

    def test_valid_plan_is_saved_as_a_draft_with_a_revision(self):
        url = reverse("wagtailsnippets_campaigns_campaignplan:add")
        response = self.client.post(url, self.plan_post(ends_on="2026-12-31"))
        self.assertEqual(response.status_code, 302)
        plan = CampaignPlan.objects.get(title="New plan")
        self.assertFalse(plan.live)
        self.assertEqual(plan.revisions.count(), 1)

    def activity_form(self, user=None, **overrides):
        w = self.w
        plan = getattr(self, "_plan", None) or w.plan(w.alpha)
        self._plan = plan
        data = {
            "plan": plan.pk,
            "title": "Talk",
            "target_group": w.youth.pk,
            "channel": w.events.pk,
            "starts_at": "2026-11-10 15:00",
            "status": "planned",
            "cost": "1000",
            "repeat": "",
        }
        data.update(overrides)
        return ActivityForm(data=data, for_user=user or w.planner_a)

    def test_activity_errors_are_clear(self):
        form = self.activity_form(starts_at="2027-02-01 10:00", cost="-1")
        self.assertFalse(form.is_valid())
        self.assertIn("вне этого периода", form.errors["starts_at"][0])
        self.assertIn("cost", form.errors)
        form = self.activity_form(repeat="weekly")
        self.assertFalse(form.is_valid())
        self.assertIn("repeat_until", form.errors)
        form = self.activity_form(repeat="weekly", repeat_until="2027-03-01")
        self.assertIn("repeat_until", form.errors)
        form = self.activity_form(go_live_at="2026-11-09 10:00")
        self.assertIn("go_live_at", form.errors)
        self.assertTrue(self.activity_form().is_valid())

    def test_unknown_and_foreign_references_are_invalid_choices(self):
        w = self.w
        foreign_plan = w.plan(w.beta, title="Beta plan")
        foreign_messenger = w.messenger(w.beta, "Beta voice")
        for field, value in (
            ("plan", foreign_plan.pk),
            ("plan", 987654),
            ("messenger", foreign_messenger.pk),
            ("channel", 987654),
        ):
            with self.subTest(field=field, value=value):
                form = self.activity_form(**{field: value})
                self.assertFalse(form.is_valid())
                self.assertIn(field, form.errors)

    def test_activity_cannot_use_another_organisations_draft(self):
        w = self.w
        draft = MaterialPage.objects.get(pk=w.material_ru.pk)
        draft.live = False
        draft.save(update_fields=["live"])
        form = self.activity_form(material=draft.pk)
        self.assertFalse(form.is_valid())
        self.assertIn("material", form.errors)

    def test_activity_add_view_saves_nothing_on_error(self):
        url = reverse("wagtailsnippets_campaigns_activity:add")
        plan = self.w.plan(self.w.alpha)
        response = self.client.post(
            url,
            {
                "plan": plan.pk,
                "title": "Too late",
                "target_group": self.w.youth.pk,
                "channel": self.w.events.pk,
                "starts_at": "2027-06-01 10:00",
                "status": "planned",
                "cost": "-10",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(Activity.objects.filter(title="Too late").exists())

    def test_result_figures_cannot_be_negative_or_ahead(self):
        plan = self.w.complete_plan()
        activity = plan.activities.get()
        form = ResultForm(
            data={"activity": activity.pk, "date": "2026-11-11", "reach": "-3"},
            for_user=self.w.planner_a,
        )
        self.assertIn("reach", form.errors)
        ahead = (timezone.localdate() + timedelta(days=3)).isoformat()
        form = ResultForm(
            data={"activity": activity.pk, "date": ahead, "reach": "3"},
            for_user=self.w.planner_a,
        )
        self.assertIn("date", form.errors)
        form = ResultForm(
            data={"activity": activity.pk, "date": "2026-11-11", "reach": "3"},
            for_user=self.w.planner_b,
        )
        self.assertIn("activity", form.errors)

    def test_messenger_consent_needs_a_date(self):
        messenger = Messenger(
            organisation=self.w.alpha,
            public_name="X",
            kind=Messenger.Kind.PARENT,
            consent=Messenger.Consent.WRITTEN,
        )
        with self.assertRaisesMessage(Exception, "consent"):
            messenger.full_clean()


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
        self.assertContains(response, "Post 480")


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


class WorkflowAndCaseStudyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()

    def test_planner_submits_and_the_organisation_admin_approves(self):
        plan = self.w.complete_plan()
        plan.save_revision(user=self.w.planner_a)
        workflow = plan.get_workflow()
        self.assertEqual(workflow.name, "Campaign plan approval")
        self.assertFalse(self.w.planner_a.has_perm("campaigns.publish_campaignplan"))
        state = workflow.start(plan, self.w.planner_a)
        task = state.current_task_state.task.specific
        self.assertEqual(task.get_actions(plan, self.w.planner_a), [])
        self.assertEqual(task.get_actions(plan, self.w.planner_b), [])
        self.assertTrue(task.get_actions(plan, self.w.admin_a))
        state.current_task_state.approve(user=self.w.admin_a)
        plan.refresh_from_db()
        self.assertTrue(plan.live)

    def test_lessons_become_a_draft_case_study(self):
        plan = self.w.complete_plan()
        plan.lessons_learned = "Meetings in colleges brought more questions."
        plan.save()
        self.client.login(username="admin_a", password=PASSWORD)
        response = self.client.post(
            reverse("kopir_campaigns:case_study", args=[plan.pk])
        )
        self.assertEqual(response.status_code, 302)
        plan.refresh_from_db()
        page = plan.case_study
        self.assertIsNotNone(page)
        self.assertFalse(page.live)
        self.assertEqual(page.origin_organisation, self.w.alpha)
        body = str(page.get_latest_revision_as_object().body)
        self.assertIn("Meetings in colleges", body)
        self.assertNotIn("Erlan", body)
        # Twice is refused: one case study per campaign.
        response = self.client.post(
            reverse("kopir_campaigns:case_study", args=[plan.pk]), follow=True
        )
        self.assertContains(response, "уже есть кейс в библиотеке")

    def test_planner_without_editor_role_cannot_write_to_the_library(self):
        plan = self.w.complete_plan()
        plan.lessons_learned = "Lessons"
        plan.save()
        self.client.login(username="planner_a", password=PASSWORD)
        self.client.post(reverse("kopir_campaigns:case_study", args=[plan.pk]))
        plan.refresh_from_db()
        self.assertIsNone(plan.case_study)
