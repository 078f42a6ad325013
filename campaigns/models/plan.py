"""The campaign plan (GAMMMA+): goal, audiences, messages, messengers, media,
action, risks and indicators in one document with drafts, revisions, locking and
the approval task that lets an organisation's plan approvers decide."""

from datetime import datetime, time, timedelta

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    Task,
    TaskState,
    WorkflowMixin,
)

from audiences import access
from audiences.models import Organisation, Role
from audiences.models.fields import optional_link, taxonomy_link
from campaigns.forms import (
    MessageForm,
    PlanForm,
    UserInlinePanel,
)
from campaigns.models.activity import NON_NEGATIVE, PlanQuerySet
from campaigns.overview import plan_overview


class CampaignPlan(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ClusterableModel,
):
    """A campaign plan in the RAN GAMMMA+ shape, private to its organisation."""

    class Status(models.TextChoices):
        PLANNING = "planning", _("Planning")
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")
        CANCELLED = "cancelled", _("Cancelled")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="campaign_plans",
    )
    title = models.CharField(_("title"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNING
    )
    partners = ParentalManyToManyField(
        Organisation,
        verbose_name=_("partners"),
        blank=True,
        related_name="+",
        help_text=_("Other bodies in the campaign, e.g. a youth policy department."),
    )
    budget = models.DecimalField(
        _("budget (KZT)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    # Goal
    problem = models.TextField(_("problem"), blank=True)
    change_sought = models.TextField(_("change sought"), blank=True)
    objective = models.TextField(
        _("measurable objective"),
        blank=True,
        help_text=_(
            "What will be different, for whom, by how much, by when. Give it at "
            "least one indicator below, or it is a vision, not a goal."
        ),
    )
    # Action
    call_to_action = models.TextField(_("call to action"), blank=True)
    dialogue = models.TextField(
        _("dialogue"),
        blank=True,
        help_text=_("Who answers comments and questions, how fast, in which tone."),
    )
    referral = models.TextField(
        _("referral pathway"),
        blank=True,
        help_text=_("Helpline, the region's advisory centre, who takes the case on."),
    )
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    case_study = optional_link("content.MaterialPage", _("case study"), editable=False)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="plan")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="plan",
        for_concrete_model=False,
    )

    objects = PlanQuerySet.as_manager()
    base_form_class = PlanForm

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("organisation", widget=forms.Select),
                    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                    FieldRowPanel([FieldPanel("status"), FieldPanel("budget")]),
                    FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
                    MultiFieldPanel(
                        [
                            FieldPanel("problem"),
                            FieldPanel("change_sought"),
                            FieldPanel("objective"),
                        ],
                        heading=_("Goal"),
                    ),
                ],
                heading=_("Goal"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "audiences", heading=_("Target groups"), label=_("audience")
                    ),
                ],
                heading=_("Audience"),
            ),
            ObjectList(
                [
                    UserInlinePanel(
                        "messages",
                        heading=_("Messages"),
                        label=_("message"),
                        child_form=MessageForm,
                    )
                ],
                heading=_("Messages, messengers, media"),
            ),
            ObjectList(
                [
                    FieldPanel("call_to_action"),
                    FieldPanel("dialogue"),
                    FieldPanel("referral"),
                ],
                heading=_("Action"),
            ),
            ObjectList(
                [InlinePanel("risks", heading=_("Risks"), label=_("risk"))],
                heading=_("Risks"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "indicators",
                        heading=_("Indicators"),
                        label=_("indicator"),
                    ),
                    FieldPanel("lessons_learned"),
                ],
                heading=_("Monitoring and evaluation"),
            ),
        ]
    )

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("campaign plan")
        verbose_name_plural = _("campaign plans")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": _("The campaign cannot end before it starts.")}
            )

    @property
    def owning_organisation_id(self):
        return self.organisation_id

    @property
    def period(self):
        return f"{self.starts_on:%d.%m.%Y} – {self.ends_on:%d.%m.%Y}"

    def get_preview_template(self, request, mode_name):
        return "campaigns/plan_preview.html"

    def get_preview_context(self, request, mode_name):

        context = super().get_preview_context(request, mode_name)
        context.update(plan_overview(self, preview=True))
        return context

    @property
    def period_start(self):
        return timezone.make_aware(datetime.combine(self.starts_on, time.min))

    @property
    def period_end(self):
        return timezone.make_aware(
            datetime.combine(self.ends_on + timedelta(days=1), time.min)
        )


class PlanAudience(Orderable):
    """A target group of the plan, with the insight that drives the campaign."""

    class Kind(models.TextChoices):
        PRIMARY = "primary", _("Primary audience")
        SECONDARY = "secondary", _("Secondary audience")
        STAKEHOLDER = "stakeholder", _("Stakeholder / influencer")

    plan = ParentalKey(CampaignPlan, on_delete=models.CASCADE, related_name="audiences")
    target_group = taxonomy_link("audiences.TargetGroup", _("target group"))
    kind = models.CharField(
        _("kind"), max_length=12, choices=Kind.choices, default=Kind.PRIMARY
    )
    insight = models.TextField(
        _("insight"),
        blank=True,
        help_text=_("What we know about them that this campaign is built on."),
    )

    panels = [
        FieldPanel("target_group", widget=forms.Select),
        FieldPanel("kind"),
        FieldPanel("insight"),
    ]

    def __str__(self):
        return str(self.target_group)


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
