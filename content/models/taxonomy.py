"""The library's own vocabularies: the narratives it counters, themes and formats.

Each is a translatable ``audiences.models.Taxonomy``: one row per language, joined
by a translation key, so a Kazakh and a Russian material point at the same idea.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from audiences.models import Taxonomy


class NarrativeCountered(Taxonomy):
    """A violent narrative the brief identified, described so it can be recognised."""

    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("Its number in the brief's list of six.")
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("A neutral paraphrase. Never quote propaganda text."),
    )
    recognition = models.TextField(
        _("how to recognise it"), help_text=_("Markers and manipulation techniques.")
    )
    alternative_themes = models.ManyToManyField(
        "content.Theme",
        verbose_name=_("alternative themes that answer it"),
        blank=True,
        related_name="+",
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("recognition"),
        FieldPanel("description"),
        FieldPanel("alternative_themes"),
    ]

    class Meta(Taxonomy.Meta):
        ordering = ["number"]
        verbose_name = _("narrative countered")
        verbose_name_plural = _("narratives countered")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="content_narrative_locale_slug"
            )
        ]


class Theme(Taxonomy):
    """A unifying value an alternative narrative speaks for."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("theme / value")
        verbose_name_plural = _("themes / values")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="content_theme_locale_slug"
            )
        ]


class Format(Taxonomy):
    """The form a material takes: article, video, poster, lesson plan and so on."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("format")
        verbose_name_plural = _("formats")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="content_format_locale_slug"
            )
        ]
