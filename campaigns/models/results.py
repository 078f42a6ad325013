"""The plan's operational log: results measured per activity, and adjustments made."""

from datetime import date

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)

from audiences.models import default_locale_taxonomy
from audiences.models.fields import optional_link
from campaigns.forms import (
    AdjustmentForm,
    ResultForm,
)
from campaigns.models.activity import AdjustmentQuerySet, ResultQuerySet
from content.reply_helper import ReplyHelperPanel


class Tone(models.TextChoices):
    CONSTRUCTIVE = "constructive", _("Constructive")
    NEUTRAL = "neutral", _("Neutral")
    HOSTILE = "hostile", _("Hostile")


class ResultEntry(models.Model):
    """What happened when an activity ran: figures and what people said."""

    Tone = Tone

    activity = models.ForeignKey(
        "campaigns.Activity",
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
    reply_types = models.ManyToManyField(
        "content.ReplyType",
        verbose_name=_("reply types used"),
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
        help_text=_("How responders answered the narrative in this exchange."),
    )
    tone = models.CharField(
        _("how the exchange went"),
        max_length=12,
        choices=Tone.choices,
        blank=True,
    )

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
        MultiFieldPanel(
            [
                ReplyHelperPanel(
                    narrative="activity.message.narrative_id",
                    channel="activity.channel_id",
                ),
                FieldPanel("reply_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tone", widget=forms.RadioSelect),
            ],
            heading=_("Replies"),
        ),
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

    @property
    def reply_type_names(self):
        """For the export: the reply types used, in the reader's language."""
        return ", ".join(sorted(r.localized_name for r in self.reply_types.all()))

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
        "campaigns.CampaignPlan",
        verbose_name=_("campaign plan"),
        on_delete=models.CASCADE,
        related_name="adjustments",
    )
    date = models.DateField(_("date"), default=date.today)
    what_changed = models.TextField(_("what we changed"))
    why = models.TextField(_("why"))
    author = optional_link(settings.AUTH_USER_MODEL, _("author"), editable=False)

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
