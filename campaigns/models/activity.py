"""The plan's calendar: activities (dated actions with repeats from
``campaigns.recurrence``), the civic dates on every planner's calendar, and the
private addresses of iCal feeds. Querysets of every planner record go through the
access layer."""

import secrets
from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)

from audiences import access
from audiences.models.fields import optional_link, taxonomy_link
from campaigns import recurrence
from campaigns.forms import (
    ActivityForm,
)
from content.reply_helper import ReplyHelperPanel

NON_NEGATIVE = [MinValueValidator(0)]


class OwnedQuerySet(models.QuerySet):
    """Rows the access layer lets ``user`` reach (its rules: ``campaigns/apps.py``)."""

    def for_user(self, user, action=access.VIEW):
        return access.visible(user, self, action)


class PlanQuerySet(OwnedQuerySet):
    pass


class ActivityQuerySet(OwnedQuerySet):
    def for_calendar(self):
        """What the iCal feed shows, in one query (the calendar page loads values)."""
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
        "campaigns.CampaignPlan",
        verbose_name=_("campaign plan"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    title = models.CharField(_("title"), max_length=200)
    message = optional_link(
        "campaigns.Message",
        _("message"),
        related_name="activities",
    )
    target_group = taxonomy_link("audiences.TargetGroup", _("target group"))
    channel = taxonomy_link("audiences.Channel", _("channel"))
    messenger = optional_link(
        "audiences.Messenger",
        _("messenger"),
        related_name="activities",
    )
    material = optional_link("content.MaterialPage", _("material from the library"))
    starts_at = models.DateTimeField(_("planned for"))
    go_live_at = models.DateTimeField(
        _("goes live at"),
        null=True,
        blank=True,
        help_text=_("If it is published: when it becomes visible."),
    )
    owner = optional_link(settings.AUTH_USER_MODEL, _("owner"))
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
        ReplyHelperPanel(narrative="message.narrative_id", channel="channel_id"),
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
