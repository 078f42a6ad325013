"""Where to get help: help points and referral pathways, per region or nationwide.

A help point is one row with its texts in kk/ru/en side by side (``name_kk`` …),
so that the phone, the verification and the owner stay single and the public help
pages read every language in a fixed number of queries. A point belongs to an
organisation (or to nobody: the site admin's); public points are on the public
help pages and brochures, private ones only in their organisation's admin.

A pathway is what to do in a *situation* (a parent worried about a child …) in a
region, as ordered steps that may point at a help point; a region without its own
pathway for a situation uses the nationwide one.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from audiences.models.organisations import Organisation
from audiences.models.taxonomy import default_locale_taxonomy

LANGUAGE_CODES = ("kk", "ru", "en")
# Six months without a check and a point is listed as "not verified".
VERIFY_EVERY_DAYS = 183


def in_language(obj, field, language=None):
    """``obj.<field>_<language>``, else the first non-empty other language."""
    language = (language or translation.get_language() or "ru")[:2]
    order = [language] + [code for code in ("ru", "kk", "en") if code != language]
    for code in order:
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return value
    return ""


def trilingual(name, label, *, text=False, required=False, max_length=200):
    """Three fields, ``<name>_kk``/``_ru``/``_en``, for a model body."""
    fields = {}
    for code in LANGUAGE_CODES:
        verbose = format_lazy("{} ({})", label, code)
        if text:
            fields[f"{name}_{code}"] = models.TextField(verbose, blank=True)
        else:
            fields[f"{name}_{code}"] = models.CharField(
                verbose, max_length=max_length, blank=not required
            )
    return fields


# Checks other apps add to the texts help pages and brochures print: content adds
# the do-not-amplify list (audiences may not import content). Each takes a text
# and returns a list of ValidationErrors.
PUBLIC_TEXT_CHECKS = []


def public_text_errors(obj, fields):
    """``{field: [errors]}`` for each of ``fields`` a public-text check refuses."""
    errors = {}
    for name in fields:
        text = getattr(obj, name, "") or ""
        found = [error for check in PUBLIC_TEXT_CHECKS for error in check(text)]
        if found:
            errors[name] = found
    return errors


def _in_languages(*names):
    return [f"{name}_{code}" for name in names for code in LANGUAGE_CODES]


class LanguageTextsMixin:
    def text(self, field, language=None):
        return in_language(self, field, language)


class HelpPointQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def unverified(self, today=None):
        """Never verified, or not for ``VERIFY_EVERY_DAYS``."""
        today = today or timezone.localdate()
        since = today - timezone.timedelta(days=VERIFY_EVERY_DAYS)
        return self.filter(
            models.Q(verified_on__isnull=True) | models.Q(verified_on__lt=since)
        )


class HelpPoint(LanguageTextsMixin, models.Model):
    """A helpline, an advisory centre, a psychologist … where someone may turn."""

    class Kind(models.TextChoices):
        HELPLINE = "helpline", _("Helpline")
        ADVISORY = "advisory", _("Advisory centre on religious matters")
        PSYCHOLOGIST = "psychologist", _("Psychologist")
        REHABILITATION = "rehabilitation", _("Rehabilitation centre")
        YOUTH = "youth", _("Youth centre")
        EMERGENCY = "emergency", _("Emergency")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="help_points",
        null=True,
        blank=True,
        help_text=_("Who keeps this entry up to date. Empty: the site administrator."),
    )
    region = models.ForeignKey(
        "audiences.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="help_points",
        null=True,
        blank=True,
        limit_choices_to=default_locale_taxonomy,
        help_text=_("Empty: nationwide."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    locals().update(trilingual("name", _("name"), max_length=200))
    locals().update(trilingual("address", _("address"), max_length=300))
    locals().update(trilingual("hours", _("opening hours"), max_length=200))
    locals().update(trilingual("notes", _("notes"), text=True))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    messenger = models.CharField(_("Telegram / WhatsApp"), max_length=80, blank=True)
    languages = models.ManyToManyField(
        "wagtailcore.Locale",
        verbose_name=_("languages served"),
        blank=True,
        related_name="+",
    )
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_(
            "On: shown on the public help pages and printed on brochures. "
            "Off: only your organisation sees it."
        ),
    )
    is_placeholder = models.BooleanField(
        _("placeholder"),
        default=False,
        help_text=_("A demo entry to be replaced: shown labelled, without its phone."),
    )
    verified_on = models.DateField(_("last verified on"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = HelpPointQuerySet.as_manager()

    panels = [
        FieldPanel("organisation", widget=forms.Select),
        FieldPanel("region"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel(f"name_{code}") for code in LANGUAGE_CODES],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [FieldPanel(f"address_{code}") for code in LANGUAGE_CODES],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel(f"hours_{code}") for code in LANGUAGE_CODES],
            heading=_("Opening hours"),
        ),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("messenger")]),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("is_public"), FieldPanel("is_placeholder")]),
        FieldRowPanel([FieldPanel("verified_on"), FieldPanel("verified_by")]),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [FieldPanel(f"notes_{code}") for code in LANGUAGE_CODES],
            heading=_("Notes (never shown publicly)"),
        ),
    ]

    class Meta:
        ordering = ["sort_order", "name_ru"]
        verbose_name = _("help point")
        verbose_name_plural = _("help points")

    def __str__(self):
        return self.text("name")

    @property
    def localized_name(self):
        return self.text("name")

    @property
    def kind_label(self):
        return self.get_kind_display()

    @property
    def region_name(self):
        return self.region.localized_name if self.region_id else _("Nationwide")

    def clean(self):
        super().clean()
        errors = {}
        if not any(getattr(self, f"name_{code}") for code in LANGUAGE_CODES):
            errors["name_ru"] = _("Give the name in at least one language.")
        missing = [code for code in LANGUAGE_CODES if not getattr(self, f"name_{code}")]
        if self.is_public and missing and not errors:
            errors[f"name_{missing[0]}"] = _(
                "A public help point needs its name in Kazakh, Russian and English."
            )
        if self.is_placeholder and any(ch.isdigit() for ch in self.phone):
            errors["phone"] = _(
                "A placeholder has no phone number: leave it empty until the real "
                "entry replaces it."
            )
        if self.phone and not any(ch.isdigit() for ch in self.phone):
            errors["phone"] = _("Enter a phone number with digits, or leave it empty.")
        if self.verified_on and self.verified_on > timezone.localdate():
            errors["verified_on"] = _("The verification date cannot be in the future.")
        for name, found in public_text_errors(
            self, [*_in_languages("name", "address", "hours"), "messenger"]
        ).items():
            errors.setdefault(name, found)
        if errors:
            raise ValidationError(errors)


class Situation(LanguageTextsMixin, models.Model):
    """Who is asking for help, in which situation: the rows of a pathway."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    locals().update(trilingual("name", _("name"), max_length=200))
    locals().update(trilingual("description", _("description"), text=True))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel(f"name_{code}") for code in LANGUAGE_CODES],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [FieldPanel(f"description_{code}") for code in LANGUAGE_CODES],
            heading=_("Description"),
        ),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("situation")
        verbose_name_plural = _("situations")

    def __str__(self):
        return self.text("name")


class Pathway(ClusterableModel):
    """What to do in a situation in one region (or nationwide), step by step."""

    situation = models.ForeignKey(
        Situation,
        verbose_name=_("situation"),
        on_delete=models.CASCADE,
        related_name="pathways",
    )
    region = models.ForeignKey(
        "audiences.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="pathways",
        null=True,
        blank=True,
        limit_choices_to=default_locale_taxonomy,
        help_text=_(
            "Empty: nationwide (used where a region has no pathway of its own)."
        ),
    )

    panels = [
        FieldPanel("situation"),
        FieldPanel("region"),
        InlinePanel("steps", heading=_("Steps"), label=_("step"), min_num=1),
    ]

    class Meta:
        ordering = ["situation__sort_order", "region__name"]
        verbose_name = _("referral pathway")
        verbose_name_plural = _("referral pathways")
        constraints = [
            models.UniqueConstraint(
                fields=["situation", "region"], name="audiences_pathway_region"
            ),
            models.UniqueConstraint(
                fields=["situation"],
                condition=models.Q(region__isnull=True),
                name="audiences_pathway_nationwide",
            ),
        ]

    def __str__(self):
        region = self.region.localized_name if self.region_id else _("Nationwide")
        return f"{self.situation} · {region}"

    def validate_constraints(self, exclude=None):
        try:
            super().validate_constraints(exclude)
        except ValidationError as error:
            raise ValidationError(
                {"region": _("This situation already has a pathway for this region.")}
            ) from error


class PathwayStep(LanguageTextsMixin, Orderable):
    """One step of a pathway; it may send the reader to a help point."""

    pathway = ParentalKey(Pathway, on_delete=models.CASCADE, related_name="steps")
    locals().update(trilingual("text", _("step"), text=True))
    help_point = models.ForeignKey(
        HelpPoint,
        verbose_name=_("help point"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Only public help points are shown on the public pages."),
    )

    panels = [
        FieldPanel("text_kk"),
        FieldPanel("text_ru"),
        FieldPanel("text_en"),
        FieldPanel("help_point"),
    ]

    def __str__(self):
        return self.text("text")[:60]

    def clean(self):
        super().clean()
        missing = [code for code in LANGUAGE_CODES if not getattr(self, f"text_{code}")]
        if missing:
            raise ValidationError(
                {
                    f"text_{missing[0]}": _(
                        "Write the step in Kazakh, Russian and English."
                    )
                }
            )
        errors = public_text_errors(self, _in_languages("text"))
        if errors:
            raise ValidationError(errors)
