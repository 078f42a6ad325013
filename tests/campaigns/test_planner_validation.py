"""Validation of plans, activities, results and messengers: bad input saves
nothing, and other organisations' records are not a choice."""

from datetime import timedelta

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import get_edit_handler

from audiences.models import Messenger
from campaigns.models import Activity, CampaignPlan, ResultEntry
from content.models import MaterialPage
from tests.campaigns.helpers import PASSWORD, World


def form_class(model):
    """The admin form Wagtail builds from the model's panels."""
    return get_edit_handler(model).get_form_class()


def ActivityForm(**kwargs):  # noqa: N802
    return form_class(Activity)(**kwargs)


def ResultForm(**kwargs):  # noqa: N802
    return form_class(ResultEntry)(**kwargs)


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
