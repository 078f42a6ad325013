"""What materials are filed under and built from: the narratives they counter,
themes and formats (translatable vocabularies), images with a credit line, the
do-not-amplify list, and the mixin that asks for a page's view restrictions once."""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import PageViewRestriction

from audiences.models import Taxonomy
from content import public_frame
from content.links import normalise


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


class KopirImage(AbstractImage):
    """An image with a credit line; its description is the default alt text."""

    credit = models.CharField(_("credit"), max_length=200, blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit",)

    def get_upload_to(self, filename):
        """A random part in every stored name: renditions are named after the
        original, so without it anyone who knows a file's name could fetch
        another organisation's private image."""
        path = super().get_upload_to(filename)
        folder, _slash, name = path.rpartition("/")
        stem, dot, extension = name.rpartition(".")
        token = secrets.token_hex(6)
        name = f"{stem}-{token}{dot}{extension}" if dot else f"{name}-{token}"
        return f"{folder}/{name}"


class KopirRendition(AbstractRendition):
    image = models.ForeignKey(
        KopirImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BlockedAddress(models.Model):
    """A domain or address that no material may link to (do-not-amplify list)."""

    address = models.CharField(
        _("domain or address"),
        max_length=500,
        unique=True,
        help_text=_(
            "A domain such as “example.org” blocks it and every subdomain; an "
            "address such as “t.me/channel” blocks that address and everything "
            "under it."
        ),
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("Where the entry comes from, e.g. a court decision or a list."),
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["address"]
        verbose_name = _("blocked address")
        verbose_name_plural = _("do-not-amplify list")

    def __str__(self):
        return self.address

    def clean(self):
        host, _path = normalise(self.address)
        if not host or "." not in host:
            raise ValidationError(
                {"address": _("Enter a domain or an address, such as example.org.")}
            )
        self.address = self.address.strip()


class RestrictionsOnceMixin:
    """Look up view restrictions once per request-served instance.

    Wagtail's ``before_serve_page`` check and the page-cache hook both ask; the
    answer cannot change between the two within one request.
    """

    def get_view_restrictions(self):
        if not hasattr(self, "_view_restrictions_cache"):
            if self.alias_of_id:
                found = list(super().get_view_restrictions())
            else:
                # Restrictions on this page or an ancestor, or on the source page
                # of an aliased ancestor: from the cached list, no query.
                found = public_frame.restrictions_for(self)
            self._view_restrictions_cache = found
        # A real queryset, as Wagtail expects (the privacy dialog orders it),
        # answered from the rows already loaded until someone refines it.
        found = self._view_restrictions_cache
        restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
        restrictions._result_cache = list(found)
        return restrictions
