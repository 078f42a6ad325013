"""What a plan says and how it checks itself: messages (to one target group, in
one language, by whom), risks and indicators."""

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
from audiences.models.fields import taxonomy_link
from campaigns.models.activity import NON_NEGATIVE


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
    target_group = taxonomy_link("audiences.TargetGroup", _("target group"))
    narrative = taxonomy_link(
        "content.NarrativeCountered",
        _("narrative it counters"),
        optional=True,
    )
    value = taxonomy_link("content.Theme", _("value it promotes"), optional=True)
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

    plan = ParentalKey(
        "campaigns.CampaignPlan", on_delete=models.CASCADE, related_name="risks"
    )
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
        CONSTRUCTIVE = "constructive", _("Count of constructive exchanges")
        MANUAL = "manual", _("Measured outside Kopir (enter the value)")

    plan = ParentalKey(
        "campaigns.CampaignPlan", on_delete=models.CASCADE, related_name="indicators"
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
