"""Plan approval by the organisation admin, and lessons learned turned into a
draft case study in the library."""

from django.test import TestCase
from django.urls import reverse

from tests.campaigns.helpers import PASSWORD, World


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
