"""The strategic communication review: checklist rules, two reviewers, re-approval."""

import json

from django.core.exceptions import PermissionDenied
from django.test import TestCase
from django.urls import reverse
from wagtail.models import TaskState, Workflow, WorkflowPage
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from audiences.factories import make_target_group
from audiences.models import Role
from content.factories import build_site, make_narrative
from content.models import ChecklistItem, MaterialPage, ReviewAnswer
from tests.review.helpers import (
    answers,
    organisations,
    person,
    submitted_material,
)


class ReviewWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = cls.site["ru"][1]
        cls.alpha, cls.beta = organisations()
        cls.editor = person("editor-a", cls.alpha, Role.EDITOR)
        cls.reviewer = person("reviewer-a", cls.alpha, Role.REVIEWER)
        cls.second = person("reviewer-a2", cls.alpha, Role.REVIEWER)
        cls.outsider = person("reviewer-b", cls.beta, Role.REVIEWER)
        cls.parents = make_target_group("parents", "Parents")["ru"]
        cls.us_them = make_narrative("us-versus-them", "Us versus them")["ru"]
        cls.required = ChecklistItem.objects.filter(required=True).first()
        cls.advisory = ChecklistItem.objects.filter(required=False).first()

    def setUp(self):
        self.page = submitted_material(
            self.library,
            self.alpha,
            self.editor,
            title="Talking to a teenager",
            target_groups=[self.parents],
            narratives=[self.us_them],
        )
        self.state = self.page.current_workflow_task_state.specific

    def action_url(self, action):
        return reverse(
            "wagtailadmin_pages:workflow_action",
            args=[self.page.pk, action, self.state.pk],
        )

    def post_action(self, user, action, data):
        self.client.force_login(user)
        return self.client.post(
            self.action_url(action),
            data,
            headers={"x-requested-with": "XMLHttpRequest"},
        )

    def test_the_seeded_checklist_covers_the_brief(self):
        questions = " ".join(
            ChecklistItem.objects.values_list("question_en", flat=True)
        )
        for phrase in (
            "minorities",
            "hosts and guests",
            "extremist",
            "sources",
            "values",
            "target group",
            "helpline",
            "theological",
            "safety",
        ):
            self.assertIn(phrase, questions)
        for item in ChecklistItem.objects.all():
            self.assertTrue(item.question_kk and item.question_ru and item.guidance_kk)

    def test_editor_cannot_publish_without_review(self):
        self.client.force_login(self.editor)
        draft = MaterialPage.objects.get(pk=self.page.pk)
        self.assertFalse(draft.permissions_for_user(self.editor).can_publish())

    def test_reviewer_approves_with_every_item_answered_and_material_goes_live(self):
        response = self.post_action(self.reviewer, "approve", answers())
        self.assertEqual(json.loads(response.content)["step"], "success")
        self.page.refresh_from_db()
        self.assertTrue(self.page.live)
        saved = ReviewAnswer.objects.filter(task_state=self.state)
        self.assertEqual(
            saved.count(), ChecklistItem.objects.filter(active=True).count()
        )
        # Kept with the revision that was reviewed.
        self.assertEqual(
            TaskState.objects.get(pk=self.state.pk).revision_id,
            self.page.live_revision_id,
        )

    def test_required_no_blocks_approval_with_a_message(self):
        data = answers()
        data[f"item_{self.required.pk}"] = "no"
        data[f"item_{self.required.pk}_comment"] = "Frames one group as suspects."
        response = self.post_action(self.reviewer, "approve", data)
        # In the reviewer's language (the admin's default here is Russian).
        self.assertIn("Нельзя утвердить, пока на обязательный", response.json()["html"])
        self.page.refresh_from_db()
        self.assertFalse(self.page.live)
        self.assertEqual(
            TaskState.objects.get(pk=self.state.pk).status, TaskState.STATUS_IN_PROGRESS
        )

    def test_a_no_needs_a_comment(self):
        data = answers()
        data[f"item_{self.advisory.pk}"] = "no"
        response = self.post_action(self.reviewer, "approve", data)
        self.assertIn("к ответу «нет» нужен комментарий", response.json()["html"])
        self.assertFalse(MaterialPage.objects.get(pk=self.page.pk).live)

    def test_advisory_no_with_comment_may_still_be_approved(self):
        data = answers()
        data[f"item_{self.advisory.pk}"] = "no"
        data[f"item_{self.advisory.pk}_comment"] = "Could say more about family."
        self.post_action(self.reviewer, "approve", data)
        self.assertTrue(MaterialPage.objects.get(pk=self.page.pk).live)

    def test_unanswered_item_blocks_approval(self):
        data = answers()
        del data[f"item_{self.required.pk}"]
        self.post_action(self.reviewer, "approve", data)
        self.assertFalse(MaterialPage.objects.get(pk=self.page.pk).live)

    def edit_form(self, action_data):
        """The editor's own POST: save and run a workflow action with extra data."""
        page = self.page.get_latest_revision_as_object()
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": page.summary,
                "cover_alt": "",
                "format": page.format_id,
                "body": streamfield([("paragraph", rich_text("<p>Body.</p>"))]),
                "sources": streamfield([]),
                "licence": page.licence,
                "tags": "",
                "comments": inline_formset([]),
                "action-workflow-action": "true",
                "workflow-action-name": "approve",
                "workflow-action-extra-data": json.dumps(action_data),
            }
        )
        data["target_groups"] = [self.parents.pk]
        data["narratives"] = [self.us_them.pk]
        return data

    def test_editor_form_approval_works_with_a_complete_checklist(self):
        """Control for the next test: the same POST with good answers publishes."""
        self.client.force_login(self.reviewer)
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            self.edit_form(answers()),
        )
        # The form changed the content, so the approval applies to the old
        # revision and the review restarts on the new one (re-approval on edit).
        self.assertEqual(
            TaskState.objects.get(pk=self.state.pk).status, TaskState.STATUS_APPROVED
        )
        restarted = MaterialPage.objects.get(
            pk=self.page.pk
        ).current_workflow_task_state
        self.assertNotEqual(restarted.pk, self.state.pk)
        self.assertEqual(restarted.status, TaskState.STATUS_IN_PROGRESS)

    def test_crafted_post_to_edit_view_cannot_bypass_the_checklist(self):
        """Wagtail's editor passes the action data from the browser to the task."""
        self.client.force_login(self.reviewer)
        bad = answers()
        bad[f"item_{self.required.pk}"] = "no"
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.page.pk]), self.edit_form(bad)
        )
        # Wagtail's admin turns PermissionDenied into a redirect home with a message.
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.assertFalse(MaterialPage.objects.get(pk=self.page.pk).live)
        self.assertEqual(
            TaskState.objects.get(pk=self.state.pk).status, TaskState.STATUS_IN_PROGRESS
        )
        # And straight at the task, as any other caller would.
        with self.assertRaises(PermissionDenied):
            self.state.task.specific.on_action(
                self.state, self.reviewer, "approve", **bad
            )
        self.assertFalse(MaterialPage.objects.get(pk=self.page.pk).live)

    def test_request_changes_keeps_answers_and_editor_sees_the_comment(self):
        data = answers()
        data[f"item_{self.required.pk}"] = "no"
        data[f"item_{self.required.pk}_comment"] = "Cite the survey for this figure."
        data["comment"] = "Nearly there."
        self.post_action(self.reviewer, "reject", data)
        self.page.refresh_from_db()
        self.assertFalse(self.page.live)
        self.assertEqual(
            TaskState.objects.get(pk=self.state.pk).status, TaskState.STATUS_REJECTED
        )
        self.client.force_login(self.editor)
        history = self.client.get(
            reverse("wagtailadmin_pages:history", args=[self.page.pk])
        )
        self.assertContains(history, "Cite the survey for this figure.")
        self.assertContains(history, "Nearly there.")
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.assertContains(edit, "Cite the survey for this figure.")

    def test_reject_needs_a_reason(self):
        response = self.post_action(self.reviewer, "reject", {"comment": ""})
        self.assertIn("Напишите редактору, что изменить", response.json()["html"])

    def test_reviewer_of_another_organisation_gets_no_actions(self):
        response = self.post_action(self.outsider, "approve", answers())
        # The workflow views open only to people who may see the draft.
        self.assertEqual(response.status_code, 404)
        self.assertFalse(MaterialPage.objects.get(pk=self.page.pk).live)
        self.client.force_login(self.outsider)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.assertNotEqual(edit.status_code, 200)

    def test_author_cannot_review_own_material(self):
        both = person("both", self.alpha, Role.EDITOR, Role.REVIEWER)
        page = submitted_material(self.library, self.alpha, both, title="Self review")
        state = page.current_workflow_task_state.specific
        self.assertEqual(state.task.specific.get_actions(page, both), [])

    def test_review_decision_is_in_the_audit_log(self):
        self.post_action(self.reviewer, "approve", answers())
        self.client.force_login(self.reviewer)
        from wagtail.models import PageLogEntry

        entry = PageLogEntry.objects.get(
            page=self.page, action="wagtail.workflow.approve"
        )
        self.assertEqual(entry.user, self.reviewer)
        self.assertIn("Чек-лист:", entry.data["comment"])

    def test_reviewer_sees_material_waiting_on_the_dashboard(self):
        self.client.force_login(self.reviewer)
        response = self.client.get("/admin/")
        self.assertContains(response, "Talking to a teenager")
        self.client.force_login(self.outsider)
        self.assertNotContains(self.client.get("/admin/"), "Talking to a teenager")


class TwoReviewerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.library = site["en"][1]
        cls.alpha, _beta = organisations()
        cls.editor = person("editor-a", cls.alpha, Role.EDITOR)
        cls.first = person("reviewer-1", cls.alpha, Role.REVIEWER)
        cls.second = person("reviewer-2", cls.alpha, Role.REVIEWER)
        two = Workflow.objects.get(name="Two-expert review")
        for space in cls.alpha.spaces.all():
            WorkflowPage.objects.update_or_create(
                page=space, defaults={"workflow": two}
            )

    def decide(self, page, user, action="approve"):
        state = MaterialPage.objects.get(
            pk=page.pk
        ).current_workflow_task_state.specific
        state.task.specific.on_action(state, user, action, **answers())

    def test_second_step_needs_a_different_reviewer(self):
        page = submitted_material(self.library, self.alpha, self.editor, title="Two")
        self.decide(page, self.first)
        page.refresh_from_db()
        self.assertFalse(page.live)
        state = page.current_workflow_task_state.specific
        self.assertEqual(state.task.name, "Second expert review")
        self.assertEqual(state.task.specific.get_actions(page, self.first), [])
        self.decide(page, self.second)
        page.refresh_from_db()
        self.assertTrue(page.live)

    def test_edit_after_first_approval_needs_every_approval_again(self):
        page = submitted_material(self.library, self.alpha, self.editor, title="Again")
        self.decide(page, self.first)
        # A reviewer edits during the second step (reviewers may open the editor).
        page = MaterialPage.objects.get(pk=page.pk).get_latest_revision_as_object()
        page.summary = "Changed after the first approval."
        page.save_revision(user=self.second)
        self.decide(page, self.second)
        page = MaterialPage.objects.get(pk=page.pk)
        self.assertFalse(page.live)
        self.assertEqual(page.current_workflow_task.name, "Expert review")
        self.decide(page, self.first)
        page = MaterialPage.objects.get(pk=page.pk)
        self.assertFalse(page.live)
        self.assertEqual(page.current_workflow_task.name, "Second expert review")
        self.decide(page, self.second)
        page = MaterialPage.objects.get(pk=page.pk)
        self.assertTrue(page.live)
        self.assertEqual(page.live_revision.content["summary"], page.summary)
