"""How we say it: GAMMMA+ campaign plans, their activities on a calendar, results.

A plan (goal, audience, messages, messengers, media, action, risks, indicators) is
one document with drafts, revisions, locking and an approval workflow, like a
material. Activities, results and adjustments are the plan's operational log:
separate rows, so the calendar, exports and roll-ups can query them.
"""

import secrets
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext
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
from audiences.models import Organisation, Role, default_locale_taxonomy
from campaigns import recurrence
from campaigns.forms import (
    ActivityForm,
    AdjustmentForm,
    MessageForm,
    PlanForm,
    ResultForm,
    UserInlinePanel,
)

NON_NEGATIVE = [MinValueValidator(0)]


class OwnedQuerySet(models.QuerySet):
    """Rows the access layer lets ``user`` reach (its rules: ``campaigns/apps.py``)."""

    def for_user(self, user, action=access.VIEW):
        return access.visible(user, self, action)


class PlanQuerySet(OwnedQuerySet):
    pass


class ActivityQuerySet(OwnedQuerySet):
    def for_calendar(self):
        """What the calendar and the feed show, in one query."""
        return self.select_related(
            "plan", "channel", "target_group", "messenger", "material"
        ).only(
            "title",
            "status",
            "starts_at",
            "repeat",
            "repeat_until",
            "plan__title",
            "plan__organisation_id",
            "channel__name",
            "channel__kind",
            "channel__translation_key",
            "target_group__name",
            "target_group__translation_key",
            "messenger__public_name",
            "messenger__kind",
            "messenger__identity_public",
            "material__title",
        )


class ResultQuerySet(OwnedQuerySet):
    pass


class AdjustmentQuerySet(OwnedQuerySet):
    pass


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
    case_study = models.ForeignKey(
        "content.MaterialPage",
        verbose_name=_("case study"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

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
        from campaigns.overview import plan_overview

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
    target_group = models.ForeignKey(
        "audiences.TargetGroup",
        verbose_name=_("target group"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
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


class Message(ClusterableModel, Orderable):
    """One message of the plan: for one target group, in one language."""

    class Tone(models.TextChoices):
        WARM = "warm", _("Warm, personal")
        FACTUAL = "factual", _("Factual, calm")
        STORY = "story", _("Story, testimony")
        HUMOUR = "humour", _("Light, with humour")
        RESPECTFUL = "respectful", _("Respectful, religious register")

    plan = ParentalKey(CampaignPlan, on_delete=models.CASCADE, related_name="messages")
    headline = models.CharField(_("headline"), max_length=140)
    text = models.TextField(_("text"))
    language = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    target_group = models.ForeignKey(
        "audiences.TargetGroup",
        verbose_name=_("target group"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    narrative = models.ForeignKey(
        "content.NarrativeCountered",
        verbose_name=_("narrative it counters"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    value = models.ForeignKey(
        "content.Theme",
        verbose_name=_("value it promotes"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    tone = models.CharField(
        _("tone"), max_length=10, choices=Tone.choices, default=Tone.WARM
    )
    channels = ParentalManyToManyField(
        "audiences.Channel",
        verbose_name=_("channels"),
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    messengers = ParentalManyToManyField(
        "audiences.Messenger",
        verbose_name=_("messengers"),
        blank=True,
        related_name="+",
    )

    panels = [
        FieldPanel("headline"),
        FieldRowPanel(
            [
                FieldPanel("language"),
                FieldPanel("target_group", widget=forms.Select),
            ]
        ),
        FieldRowPanel(
            [
                FieldPanel("narrative", widget=forms.Select),
                FieldPanel("value", widget=forms.Select),
            ]
        ),
        FieldPanel("tone"),
        FieldPanel("text"),
        FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
        FieldPanel("messengers", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return f"{self.headline} ({self.language_id and self.language.language_code})"


class Likelihood(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class Risk(Orderable):
    class Kind(models.TextChoices):
        BACKLASH = "backlash", _("Backlash, hostile comments")
        MESSENGER = "messenger", _("Safety of messengers")
        STAFF = "staff", _("Safety of staff")
        STIGMA = "stigma", _("Stigmatising a community")
        AMPLIFY = "amplify", _("Amplifying the extremist narrative")
        OTHER = "other", _("Other")

    plan = ParentalKey(CampaignPlan, on_delete=models.CASCADE, related_name="risks")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    description = models.TextField(_("description"))
    likelihood = models.CharField(
        _("likelihood"), max_length=6, choices=Likelihood.choices
    )
    impact = models.CharField(
        _("impact"), max_length=6, choices=Likelihood.choices, default="medium"
    )
    mitigation = models.TextField(_("mitigation"))

    panels = [
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("likelihood"), FieldPanel("impact")]),
        FieldPanel("mitigation"),
    ]

    def __str__(self):
        return self.get_kind_display()


class Indicator(Orderable):
    """A monitoring and evaluation indicator, rolled up from the results log."""

    class Family(models.TextChoices):
        AWARENESS = "awareness", _("Awareness")
        ENGAGEMENT = "engagement", _("Engagement")
        IMPACT = "impact", _("Impact")
        OUTPUT = "output", _("Offline output")

    class Metric(models.TextChoices):
        REACH = "reach", _("Sum of reach")
        IMPRESSIONS = "impressions", _("Sum of impressions")
        ENGAGEMENT = "engagement", _("Sum of engagement")
        COMMENTS = "comments", _("Sum of comments")
        ATTENDANCE = "attendance", _("Sum of attendance")
        QR_SCANS = "qr_scans", _("Sum of QR scans")
        MANUAL = "manual", _("Measured outside Kopir (enter the value)")

    plan = ParentalKey(
        CampaignPlan, on_delete=models.CASCADE, related_name="indicators"
    )
    name = models.CharField(_("name"), max_length=200)
    family = models.CharField(_("family"), max_length=10, choices=Family.choices)
    metric = models.CharField(
        _("rolled up from"), max_length=12, choices=Metric.choices
    )
    baseline = models.DecimalField(
        _("baseline"),
        max_digits=14,
        decimal_places=2,
        default=0,
        validators=NON_NEGATIVE,
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, validators=NON_NEGATIVE
    )
    measured = models.DecimalField(
        _("measured value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
        help_text=_("Only for indicators measured outside Kopir (e.g. a survey)."),
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    source = models.CharField(_("source of data"), max_length=200)
    vanity = models.BooleanField(
        _("vanity metric"),
        default=False,
        help_text=_(
            "Counts that say little about change, such as raw impressions or likes."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("family"), FieldPanel("metric")]),
        FieldRowPanel(
            [FieldPanel("baseline"), FieldPanel("target"), FieldPanel("unit")]
        ),
        FieldPanel("measured"),
        FieldPanel("source"),
        FieldPanel("vanity"),
    ]

    def __str__(self):
        return self.name


class Activity(models.Model):
    """One thing done on one channel at one time: the plan in the calendar."""

    class Status(models.TextChoices):
        IDEA = "idea", _("Idea")
        PLANNED = "planned", _("Planned")
        READY = "ready", _("Ready")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    class Repeat(models.TextChoices):
        NONE = "", _("Does not repeat")
        WEEKLY = "weekly", _("Every week")
        FORTNIGHTLY = "fortnightly", _("Every two weeks")
        MONTHLY = "monthly", _("Every month")

    plan = models.ForeignKey(
        CampaignPlan,
        verbose_name=_("campaign plan"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    title = models.CharField(_("title"), max_length=200)
    message = models.ForeignKey(
        Message,
        verbose_name=_("message"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
    )
    target_group = models.ForeignKey(
        "audiences.TargetGroup",
        verbose_name=_("target group"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    channel = models.ForeignKey(
        "audiences.Channel",
        verbose_name=_("channel"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    messenger = models.ForeignKey(
        "audiences.Messenger",
        verbose_name=_("messenger"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
    )
    material = models.ForeignKey(
        "content.MaterialPage",
        verbose_name=_("material from the library"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    starts_at = models.DateTimeField(_("planned for"))
    go_live_at = models.DateTimeField(
        _("goes live at"),
        null=True,
        blank=True,
        help_text=_("If it is published: when it becomes visible."),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.IDEA
    )
    cost = models.DecimalField(
        _("cost (KZT)"),
        max_digits=12,
        decimal_places=2,
        default=Decimal("0"),
        validators=NON_NEGATIVE,
    )
    repeat = models.CharField(
        _("repeats"), max_length=12, choices=Repeat.choices, default="", blank=True
    )
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = ActivityQuerySet.as_manager()
    base_form_class = ActivityForm

    panels = [
        FieldPanel("plan", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("message", widget=forms.Select),
        FieldRowPanel(
            [
                FieldPanel("target_group", widget=forms.Select),
                FieldPanel("channel", widget=forms.Select),
            ]
        ),
        FieldPanel("messenger", widget=forms.Select),
        FieldPanel("material"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("go_live_at")]),
        FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_until")]),
        FieldRowPanel(
            [
                FieldPanel("owner", widget=forms.Select),
                FieldPanel("status"),
                FieldPanel("cost"),
            ]
        ),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        plan = self.plan if self.plan_id else None
        if plan is not None and self.starts_at:
            day = timezone.localtime(self.starts_at).date()
            if not plan.starts_on <= day <= plan.ends_on:
                errors["starts_at"] = _(
                    "The campaign runs from %(start)s to %(end)s; this date is "
                    "outside it."
                ) % {"start": plan.starts_on, "end": plan.ends_on}
        if self.go_live_at and self.starts_at and self.go_live_at < self.starts_at:
            errors["go_live_at"] = _("It cannot go live before it is planned for.")
        if self.repeat and not self.repeat_until:
            errors["repeat_until"] = _("Say until when it repeats.")
        if self.repeat_until and not self.repeat:
            errors["repeat"] = _("Choose how often it repeats, or clear the end date.")
        if self.repeat_until and self.starts_at:
            if self.repeat_until < timezone.localtime(self.starts_at).date():
                errors["repeat_until"] = _("It cannot stop repeating before it starts.")
            elif plan is not None and self.repeat_until > plan.ends_on:
                errors["repeat_until"] = _(
                    "The campaign ends on %(end)s; repeats stop by then."
                ) % {"end": plan.ends_on}
        if plan is not None and self.message_id and self.message.plan_id != plan.pk:
            errors["message"] = _("This message belongs to another plan.")
        if (
            plan is not None
            and self.messenger_id
            and self.messenger.organisation_id != plan.organisation_id
        ):
            errors["messenger"] = _(
                "This messenger is on another organisation's roster."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def owning_organisation_id(self):
        return self.plan.organisation_id

    @property
    def local_start(self):
        return f"{timezone.localtime(self.starts_at):%d.%m.%Y %H:%M}"

    @property
    def messenger_label(self):
        return self.messenger.public_label if self.messenger_id else ""

    def occurrences(self, start, end):
        """The datetimes this activity happens at within [start, end)."""
        return recurrence.occurrences(
            self.starts_at, self.repeat, self.repeat_until, start, end
        )

    @cached_property
    def material_language_ok(self):
        """Whether the material is in one of the target group's languages."""
        if not self.material_id:
            return None
        languages = {locale.pk for locale in self.target_group.languages.all()}
        return not languages or self.material.locale_id in languages


class ResultEntry(models.Model):
    """What happened when an activity ran: figures and what people said."""

    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="results",
    )
    date = models.DateField(_("date"))
    reach = models.PositiveIntegerField(_("reach"), null=True, blank=True)
    impressions = models.PositiveIntegerField(_("impressions"), null=True, blank=True)
    engagement = models.PositiveIntegerField(
        _("engagement"),
        null=True,
        blank=True,
        help_text=_("Reactions, shares, saves, replies."),
    )
    comments = models.PositiveIntegerField(_("comments"), null=True, blank=True)
    sentiment = models.TextField(_("comments and sentiment notes"), blank=True)
    attendance = models.PositiveIntegerField(_("attendance"), null=True, blank=True)
    qr_scans = models.PositiveIntegerField(_("QR scans"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = ResultQuerySet.as_manager()
    base_form_class = ResultForm

    FIGURES = (
        "reach",
        "impressions",
        "engagement",
        "comments",
        "attendance",
        "qr_scans",
    )

    panels = [
        FieldPanel("activity", widget=forms.Select),
        FieldPanel("date"),
        FieldRowPanel(
            [FieldPanel("reach"), FieldPanel("impressions"), FieldPanel("engagement")]
        ),
        FieldRowPanel(
            [FieldPanel("comments"), FieldPanel("attendance"), FieldPanel("qr_scans")]
        ),
        FieldPanel("sentiment"),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def __str__(self):
        return f"{self.activity} · {self.date}"

    @property
    def owning_organisation_id(self):
        return self.activity.plan.organisation_id

    def clean(self):
        super().clean()
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("Results cannot be entered ahead.")})
        if self.activity_id and self.date:
            plan = self.activity.plan
            if self.date < plan.starts_on:
                raise ValidationError(
                    {"date": _("This is before the campaign started.")}
                )


class Adjustment(models.Model):
    """What we changed in the campaign, and why: the learning trail."""

    plan = models.ForeignKey(
        CampaignPlan,
        verbose_name=_("campaign plan"),
        on_delete=models.CASCADE,
        related_name="adjustments",
    )
    date = models.DateField(_("date"), default=date.today)
    what_changed = models.TextField(_("what we changed"))
    why = models.TextField(_("why"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AdjustmentQuerySet.as_manager()
    base_form_class = AdjustmentForm

    panels = [
        FieldPanel("plan", widget=forms.Select),
        FieldPanel("date"),
        FieldPanel("what_changed"),
        FieldPanel("why"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("adjustment")
        verbose_name_plural = _("adjustment log")

    def __str__(self):
        return f"{self.date}: {self.what_changed[:60]}"

    @property
    def owning_organisation_id(self):
        return self.plan.organisation_id


class CivicDate(models.Model):
    """A date in Kazakhstan's civic or religious calendar, shown on the calendar."""

    class Kind(models.TextChoices):
        CIVIC = "civic", _("Civic holiday")
        RELIGIOUS = "religious", _("Religious holiday")
        OTHER = "other", _("Other date")

    name_en = models.CharField(_("name (English)"), max_length=120)
    name_ru = models.CharField(_("name (Russian)"), max_length=120)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    starts_on = models.DateField(_("date"))
    ends_on = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("For holidays of several days."),
    )
    yearly = models.BooleanField(
        _("same date every year"),
        default=True,
        help_text=_(
            "Off for holidays whose date moves (Oraza ait, Kurban ait): enter them "
            "for each year."
        ),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldPanel("name_kk"),
        FieldPanel("name_ru"),
        FieldPanel("name_en"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("yearly"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["starts_on"]
        verbose_name = _("civic date")
        verbose_name_plural = _("civic dates")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return getattr(self, f"name_{(get_language() or 'ru')[:2]}", "") or self.name_en

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day is before the first.")})
        if (
            self.yearly
            and self.ends_on
            and self.starts_on
            and (self.ends_on - self.starts_on).days > 31
        ):
            raise ValidationError(
                {"ends_on": _("A yearly date lasts a month at most.")}
            )

    def days_between(self, first, last):
        """The days of this date that fall within [first, last]."""
        return recurrence.civic_days(
            self.starts_on, self.ends_on, self.yearly, first, last
        )


class CalendarFeed(models.Model):
    """A personal, secret iCal address. Resetting it revokes the old one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("calendar feed")

    def __str__(self):
        return f"calendar feed of {self.user}"

    @classmethod
    def issue(cls, user):
        token = secrets.token_urlsafe(32)
        feed, _created = cls.objects.update_or_create(
            user=user, defaults={"token": token, "created_at": timezone.now()}
        )
        return feed


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
