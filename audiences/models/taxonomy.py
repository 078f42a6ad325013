"""Who we talk to, as vocabularies: regions, channels and target groups.

Each is translatable (one row per language, one translation key); a target group
carries its evidence and media habits as inline rows.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from audiences.names import taxonomy_name


class TaxonomyQuerySet(models.QuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale)


class Taxonomy(TranslatableMixin, models.Model):
    """A controlled vocabulary entry: one row per language, one translation key."""

    # Admin choice fields label these rows in the reader's language (names.py).
    localized_choices = True

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("The same in every language: it is the key in library URLs."),
    )
    description = models.TextField(_("description"), blank=True)

    objects = TaxonomyQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def localized_name(self):
        """The name of this row's translation in the active language, else its own."""
        return taxonomy_name(self)

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        # A slug names the same record in every language, and nothing else.
        other = (
            type(self)
            .objects.filter(slug=self.slug)
            .exclude(translation_key=self.translation_key)
        )
        if self.slug and other.exists():
            raise ValidationError(
                {"slug": _("Another record already uses this slug in some language.")}
            )


class Region(Taxonomy):
    """A region or a city of republican significance of Kazakhstan."""

    class Kind(models.TextChoices):
        REGION = "region", _("Region (oblys)")
        CITY = "city", _("City of republican significance")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    centre = models.CharField(_("administrative centre"), max_length=100, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("centre"),
        FieldPanel("description"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="audiences_region_locale_slug"
            )
        ]


class Channel(Taxonomy):
    """Where a message reaches people: a platform, a medium or a place."""

    class Kind(models.TextChoices):
        ONLINE = "online", _("Online")
        OFFLINE = "offline", _("Offline")
        BROADCAST = "broadcast", _("Broadcast")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    format_constraints = models.TextField(
        _("format constraints"),
        blank=True,
        help_text=_("Lengths, aspect ratios, moderation rules, what works there."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("format_constraints"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="audiences_channel_locale_slug"
            )
        ]


class Community(Taxonomy):
    """A community a material speaks for or shows: believers, ethnic groups,
    women, rural youth. The coverage picture shows which ones the library and
    each campaign leave out; the brief asks for supporting messages for the
    groups extremist propaganda demonises."""

    class Kind(models.TextChoices):
        RELIGIOUS = "religious", _("Religious community")
        ETHNIC = "ethnic", _("Ethnic group")
        SOCIAL = "social", _("Social group")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    often_demonised = models.BooleanField(
        _("often demonised"),
        default=False,
        help_text=_(
            "Extremist propaganda or hate speech often makes this group a target "
            "or an enemy: materials that show it as full members of society are "
            "a priority."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("often_demonised"),
        FieldPanel("description"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="audiences_community_locale_slug"
            )
        ]

    def clean(self):
        super().clean()
        # The kind and the flag describe the community, not one language of it:
        # every translation must say the same, or the coverage picture would
        # depend on the reader's language.
        if not self.translation_key:
            return
        twins = (
            type(self)
            .objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .exclude(kind=self.kind, often_demonised=self.often_demonised)
        )
        if twins.exists():
            raise ValidationError(
                _(
                    "Another language of this community has a different kind or "
                    "“often demonised” flag: they must be the same in every language."
                )
            )


class TargetGroup(ClusterableModel, Taxonomy):
    """A defined audience with evidence of how it gets news and what it values."""

    class Setting(models.TextChoices):
        ANY = "any", _("Urban and rural")
        URBAN = "urban", _("Urban")
        RURAL = "rural", _("Rural")

    class Gender(models.TextChoices):
        ANY = "any", _("Any gender")
        WOMEN = "women", _("Women")
        MEN = "men", _("Men")

    persona = models.TextField(
        _("persona"), blank=True, help_text=_("A short portrait of one typical member.")
    )
    age_min = models.PositiveSmallIntegerField(
        _("youngest age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("oldest age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    setting = models.CharField(
        _("urban or rural"), max_length=5, choices=Setting.choices, default=Setting.ANY
    )
    gender_focus = models.CharField(
        _("gender focus"), max_length=5, choices=Gender.choices, default=Gender.ANY
    )
    languages = ParentalManyToManyField(
        "wagtailcore.Locale",
        verbose_name=_("languages"),
        blank=True,
        related_name="+",
    )
    regions = ParentalManyToManyField(
        "audiences.Region", verbose_name=_("regions"), blank=True, related_name="+"
    )
    values_and_concerns = models.TextField(_("values and concerns"), blank=True)
    sensitivities = models.TextField(
        _("sensitivities"),
        blank=True,
        help_text=_("What not to say to this group, and why."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("persona"),
        MultiFieldPanel(
            [
                FieldPanel("age_min"),
                FieldPanel("age_max"),
                FieldPanel("setting"),
                FieldPanel("gender_focus"),
            ],
            heading=_("Who"),
        ),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("regions"),
        FieldPanel("values_and_concerns"),
        FieldPanel("sensitivities"),
        InlinePanel("evidence", label=_("Evidence")),
        InlinePanel("media_habits", label=_("Media habits")),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="audiences_targetgroup_locale_slug"
            )
        ]

    def clean(self):
        super().clean()
        if self.age_min and self.age_max and self.age_min > self.age_max:
            raise ValidationError(
                {"age_max": _("The oldest age must not be below the youngest.")}
            )

    @property
    def age_range(self):
        if self.age_min and self.age_max:
            return f"{self.age_min}–{self.age_max}"
        if self.age_min:
            return f"{self.age_min}+"
        if self.age_max:
            return f"≤{self.age_max}"
        return ""


class Evidence(Orderable):
    """A figure about a target group, always with the source it comes from."""

    target_group = ParentalKey(
        "audiences.TargetGroup", on_delete=models.CASCADE, related_name="evidence"
    )
    statement = models.CharField(_("statement"), max_length=300)
    value = models.DecimalField(
        _("value"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=20, blank=True, default="%")
    source = models.CharField(_("source"), max_length=300)

    panels = [
        FieldPanel("statement"),
        FieldPanel("value"),
        FieldPanel("unit"),
        FieldPanel("source"),
    ]

    def __str__(self):
        return self.statement


class MediaHabit(Orderable):
    """How much of a target group uses a channel, with the source of the figure."""

    target_group = ParentalKey(
        "audiences.TargetGroup", on_delete=models.CASCADE, related_name="media_habits"
    )
    channel = models.ForeignKey(
        "audiences.Channel", on_delete=models.CASCADE, related_name="+"
    )
    share = models.DecimalField(
        _("share (%)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    source = models.CharField(_("source"), max_length=300)

    panels = [FieldPanel("channel"), FieldPanel("share"), FieldPanel("source")]

    def __str__(self):
        return f"{self.channel}: {self.share}%"


def default_locale_taxonomy():
    """Plans and rosters pick taxonomy rows in the default language: one key each."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)
