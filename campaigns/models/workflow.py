"""The plan approval task: an organisation's plan approvers decide, in Wagtail's
workflow."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Task,
    TaskState,
)

from audiences import access
from audiences.models import Role
from campaigns.models.plan import CampaignPlan


class PlanApprovalTask(Task):
    """The plan's organisation admins approve it; nobody else decides."""

    class Meta:
        verbose_name = _("Campaign plan approval")
        verbose_name_plural = _("Campaign plan approvals")

    @classmethod
    def get_description(cls):
        return _("An administrator of the plan's organisation approves the plan.")

    def _can_decide(self, obj, user):
        if not user.is_active:
            return False
        return access.is_site_admin(user) or access.has_role(
            user, getattr(obj, "organisation_id", None), Role.ADMIN
        )

    def user_can_access_editor(self, obj, user):
        return self._can_decide(obj, user)

    def locked_for_user(self, obj, user):
        return not self._can_decide(obj, user)

    def user_can_lock(self, obj, user):
        return self._can_decide(obj, user)

    def get_actions(self, obj, user):
        if not self._can_decide(obj, user):
            return []
        return [
            ("reject", gettext("Request changes"), True),
            ("approve", gettext("Approve"), False),
            ("approve", gettext("Approve with comment"), True),
        ]

    def on_action(self, task_state, user, action_name, **kwargs):
        if not self._can_decide(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if access.is_site_admin(user):
            return states
        plan_ids = (
            CampaignPlan.objects.filter(
                organisation_id__in=access.organisation_ids(user, Role.ADMIN)
            )
            .annotate(pk_text=Cast("pk", models.CharField()))
            .values("pk_text")
        )
        return states.filter(workflow_state__object_id__in=plan_ids)
