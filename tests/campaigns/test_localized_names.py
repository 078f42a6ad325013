"""Taxonomy and organisation names in the reader's admin language."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from audiences.factories import translated
from audiences.models import Channel, TargetGroup
from campaigns.models import Activity, PlanAudience
from tests.campaigns.helpers import PASSWORD, START, World, at

YOUTH = {"kk": "Жастар 18–21", "ru": "Молодёжь 18–21", "en": "Youth 18–21"}
ALPHA = {"name_kk": "Альфа тобы", "name_ru": "Группа «Альфа»"}


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


class LocalizedNamesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.complete_plan()
        rows = translated(TargetGroup, slug="youth", names=YOUTH)
        cls.youth = rows["ru"]
        # A channel that exists in Russian only: every language falls back to it.
        cls.radio = Channel.objects.create(
            name="Радио Шалкар",
            slug="radio-shalkar",
            kind=Channel.Kind.BROADCAST,
            locale=cls.w.locales["ru"],
        )
        cls.plan.activities.update(channel=cls.radio)
        for field, value in ALPHA.items():
            setattr(cls.w.alpha, field, value)
        cls.w.alpha.save()

    def read_as(self, language):
        speaks(self.w.planner_a, language)
        self.client.login(username="planner_a", password=PASSWORD)

    def test_calendar_filter_offers_names_in_kazakh(self):
        self.read_as("kk")
        response = self.client.get(reverse("kopir_campaigns:calendar"))
        self.assertContains(
            response, f'<option value="{self.youth.pk}">{YOUTH["kk"]}</option>'
        )
        self.assertContains(
            response, f'<option value="{self.w.alpha.pk}">Альфа тобы</option>'
        )
        self.assertNotContains(response, YOUTH["ru"])

    def test_calendar_filter_offers_names_in_russian(self):
        self.read_as("ru")
        response = self.client.get(reverse("kopir_campaigns:calendar"))
        self.assertContains(
            response, f'<option value="{self.youth.pk}">{YOUTH["ru"]}</option>'
        )
        self.assertContains(response, "Группа «Альфа»")

    def test_plan_page_shows_kazakh_names_and_falls_back_without_translation(self):
        self.read_as("kk")
        response = self.client.get(reverse("kopir_campaigns:plan", args=[self.plan.pk]))
        self.assertContains(response, f"<td>{YOUTH['kk']}</td>", html=True)
        self.assertContains(response, "Альфа тобы")
        # No Kazakh row: the Russian name, not a blank.
        self.assertContains(response, "<td>Радио Шалкар</td>", html=True)

    def test_plan_page_shows_russian_names(self):
        self.read_as("ru")
        response = self.client.get(reverse("kopir_campaigns:plan", args=[self.plan.pk]))
        self.assertContains(response, f"<td>{YOUTH['ru']}</td>", html=True)
        self.assertContains(response, "Группа «Альфа»")

    def test_organisation_without_translation_shows_its_name(self):
        self.read_as("kk")
        self.plan.partners.set([self.w.beta])
        self.plan.save()
        response = self.client.get(reverse("kopir_campaigns:plan", args=[self.plan.pk]))
        self.assertContains(response, "Beta NGO")

    def test_plan_check_names_the_group_in_the_reader_language(self):
        self.read_as("kk")
        plan = self.w.plan(self.w.alpha, "Without a message")
        PlanAudience.objects.create(plan=plan, target_group=self.youth)
        response = self.client.get(reverse("kopir_campaigns:plan", args=[plan.pk]))
        self.assertContains(response, YOUTH["kk"])
        self.assertNotContains(response, YOUTH["ru"])

    def test_activity_listing_shows_kazakh_names_for_a_fixed_number_of_queries(self):
        self.read_as("kk")
        listing = reverse("wagtailsnippets_campaigns_activity:list")
        with CaptureQueriesContext(connection) as small:
            response = self.client.get(listing)
        self.assertContains(response, YOUTH["kk"])
        self.assertContains(response, "Радио Шалкар")
        activity = self.plan.activities.get()
        for n in range(8):
            group = translated(
                TargetGroup,
                slug=f"group-{n}",
                names={code: f"{code}-group-{n}" for code in ("kk", "ru", "en")},
            )["ru"]
            channel = translated(
                Channel,
                slug=f"channel-{n}",
                names={code: f"{code}-channel-{n}" for code in ("kk", "ru", "en")},
                kind=Channel.Kind.ONLINE,
            )["ru"]
            Activity.objects.create(
                plan=self.plan,
                title=f"Post {n}",
                message=activity.message,
                target_group=group,
                channel=channel,
                starts_at=at(START, 10),
            )
        with self.assertNumQueries(len(small)):
            response = self.client.get(listing)
        self.assertContains(response, "kk-group-7")
        self.assertContains(response, "kk-channel-7")
        self.assertNotContains(response, "ru-group-7")


class ExportLanguageTests(TestCase):
    """A CSV export streams after the view returns; it still speaks the user's
    language, not the browser's."""

    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.w.complete_plan()

    def test_csv_export_follows_the_users_language_not_the_browsers(self):
        speaks(self.w.planner_a, "kk")
        self.client.login(username="planner_a", password=PASSWORD)
        listing = reverse("wagtailsnippets_campaigns_activity:list")
        response = self.client.get(
            listing + "?export=csv", HTTP_ACCEPT_LANGUAGE="en-US,en"
        )
        header = (
            b"".join(response.streaming_content).decode("utf-8-sig").splitlines()[0]
        )
        self.assertIn("Науқан жоспары", header)
        self.assertNotIn("Campaign plan", header)
