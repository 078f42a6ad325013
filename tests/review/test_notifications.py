"""Reviewers hear that a submission waits for them; the author hears the decision."""

from django.core import mail
from django.test import TestCase

from audiences.models import User
from content.models import MaterialPage
from tests.demo import load_demo
from tests.review.helpers import answers


class ReviewNotificationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        for user in User.objects.all():
            user.email = f"{user.username}@example.org"
            user.save(update_fields=["email"])
        # The demo's private Almaty draft, not yet submitted.
        cls.draft = MaterialPage.objects.get(slug="teen-questions-about-faith")
        cls.author = User.objects.get(username="editor")

    def submit(self):
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            self.draft.get_workflow().start(self.draft, self.author)
        return {address for message in mail.outbox for address in message.to}

    def test_reviewers_of_the_organisation_are_told_a_submission_waits(self):
        recipients = self.submit()
        # "reviewer" reviews for Almaty; "reviewer2" does not.
        self.assertIn("reviewer@example.org", recipients)
        self.assertNotIn("reviewer2@example.org", recipients)
        self.assertNotIn("editor@example.org", recipients)
        message = next(m for m in mail.outbox if "reviewer@example.org" in m.to)
        self.assertIn(f"/admin/pages/{self.draft.pk}/edit/", message.body)

    def test_the_author_is_told_the_decision(self):
        self.submit()
        mail.outbox.clear()
        self.draft.refresh_from_db()
        state = self.draft.current_workflow_task_state.specific
        with self.captureOnCommitCallbacks(execute=True):
            state.task.specific.on_action(
                state,
                User.objects.get(username="reviewer"),
                "reject",
                **{**answers(), "comment": "Cite the survey."},
            )
        self.assertIn("editor@example.org", {a for m in mail.outbox for a in m.to})
