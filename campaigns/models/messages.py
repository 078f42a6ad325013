"""A plan's messages: what is said to one target group, in one language, by whom."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)
from wagtail.models import (
    Orderable,
)

from audiences.models import default_locale_taxonomy


class Message(ClusterableModel, Orderable):
    """One message of the plan: for one target group, in one language."""

    class Tone(models.TextChoices):
        WARM = "warm", _("Warm, personal")
        FACTUAL = "factual", _("Factual, calm")
        STORY = "story", _("Story, testimony")
        HUMOUR = "humour", _("Light, with humour")
        RESPECTFUL = "respectful", _("Respectful, religious register")

    plan = ParentalKey(
        "campaigns.CampaignPlan", on_delete=models.CASCADE, related_name="messages"
    )
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
