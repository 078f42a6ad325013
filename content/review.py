"""After a review decision: who is told of a submission, and what the reviewer
is told their decision did. The checklist, the task and its form are in
``content.models.review``."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.utils.translation import gettext
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState

from audiences import access
from content.models.review import ChecklistReviewTask, organisation_id_for


class ReviewSubmittedNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """E-mails the reviewers of the material's organisation when a submission
    waits for them (Wagtail's own notifier knows only group approval tasks, so
    only site administrators heard of one). The author hears of the decision
    from Wagtail's workflow notifiers."""

    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, ChecklistReviewTask
        )

    def get_template_base_prefix(self, instance, **kwargs):
        # Wagtail's task e-mails ("… is awaiting your review"), not a
        # template named after our task state class.
        return "task_state_"

    def get_recipient_users(self, task_state, **kwargs):
        page = task_state.workflow_state.content_object
        reviewers = get_user_model().objects.filter(
            is_active=True,
            memberships__organisation_id=organisation_id_for(page),
            memberships__role__in=access.REVIEWERS,
        )
        if task_state.workflow_state.requested_by_id:
            reviewers = reviewers.exclude(pk=task_state.workflow_state.requested_by_id)
        return reviewers.distinct()


def announce_decision(request, task_state):
    """Tell the reviewer what their decision did (approved and published, moved
    on to the next step, or sent back to the author)."""
    obj = task_state.workflow_state.content_object
    title = (
        obj.get_admin_display_title()
        if hasattr(obj, "get_admin_display_title")
        else str(obj)
    )
    workflow_state = task_state.workflow_state
    if task_state.status == TaskState.STATUS_APPROVED:
        if workflow_state.status == workflow_state.STATUS_APPROVED:
            text = gettext("“%(title)s” is approved and published.")
        else:
            text = gettext(
                "“%(title)s” is approved; the next step of the review begins."
            )
        messages.success(request, text % {"title": title})
    elif task_state.status == TaskState.STATUS_REJECTED:
        messages.warning(
            request,
            gettext("Changes requested for “%(title)s”; its author is told.")
            % {"title": title},
        )
