"""One alternative-narrative material in one language, and the do-not-amplify list.

The edit form's panels that need the review and translation machinery are named
by path (Wagtail's ``PanelPlaceholder``, as Wagtail's own ``Page`` does for its
panels), so this module does not import the admin code that reads materials.
"""

import posixpath
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Subquery, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.models.panels import PanelPlaceholder
from wagtail.search import index

from audiences.models.fields import optional_link
from content import public_frame
from content.blocks import BodyBlock, SourcesBlock
from content.forms import MaterialPageForm
from content.links import blocked_entry, outside_links
from content.models.library import BlockedAddress, RestrictionsOnceMixin


class MaterialTag(TaggedItemBase):
    content_object = ParentalKey(
        "content.MaterialPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MaterialPage(RestrictionsOnceMixin, Page):
    """One alternative-narrative material in one language."""

    class Licence(models.TextChoices):
        CC_BY = "cc-by-4.0", "CC BY 4.0"
        CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
        CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
        RESERVED = "reserved", _("All rights reserved")

    summary = models.TextField(_("summary"), max_length=600)
    cover_image = optional_link(settings.WAGTAILIMAGES_IMAGE_MODEL, _("cover image"))
    cover_alt = models.CharField(
        _("cover alt text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the cover shows, in this page's language. Empty uses the "
            "image's own description."
        ),
    )
    format = models.ForeignKey(
        "content.Format",
        verbose_name=_("format"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    target_groups = ParentalManyToManyField(
        "audiences.TargetGroup",
        verbose_name=_("target groups"),
        related_name="materials",
    )
    narratives = ParentalManyToManyField(
        "content.NarrativeCountered",
        verbose_name=_("narratives countered"),
        related_name="materials",
    )
    themes = ParentalManyToManyField(
        "content.Theme",
        verbose_name=_("themes / values"),
        blank=True,
        related_name="materials",
    )
    regions = ParentalManyToManyField(
        "audiences.Region",
        verbose_name=_("regions"),
        blank=True,
        related_name="materials",
        help_text=_("Leave empty if the material suits every region."),
    )
    communities = ParentalManyToManyField(
        "audiences.Community",
        verbose_name=_("communities shown"),
        blank=True,
        related_name="materials",
        help_text=_(
            "The communities this material speaks for or shows as full members "
            "of society. The coverage picture lists those no material shows."
        ),
    )
    tags = ClusterTaggableManager(
        through=MaterialTag, blank=True, verbose_name=_("free tags")
    )
    sources = StreamField(SourcesBlock(), blank=True, verbose_name=_("sources"))
    origin_organisation = models.ForeignKey(
        "audiences.Organisation",
        verbose_name=_("origin organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="materials",
        help_text=_("Set from the organisation space the material lives in."),
    )
    adapted_from = optional_link(
        "content.MaterialPage",
        _("adapted from"),
        related_name="adaptations",
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    # A translation follows one revision of its source: when the source has a
    # newer one, the translation is out of date (content/translations.py).
    translated_from = optional_link(
        "content.MaterialPage",
        _("translated from"),
        related_name="translations_made",
    )
    translated_from_revision = optional_link(
        "wagtailcore.Revision",
        _("source revision followed"),
    )

    content_panels = (
        [PanelPlaceholder("content.panels.TranslationStatusPanel", [], {})]
        + Page.content_panels
        + [
            FieldPanel("summary"),
            FieldPanel("cover_image"),
            FieldPanel("cover_alt"),
            FieldPanel("format"),
            FieldPanel("body"),
            MultiFieldPanel(
                [
                    FieldPanel("target_groups"),
                    FieldPanel("narratives"),
                    FieldPanel("themes"),
                    FieldPanel("regions"),
                    FieldPanel("communities"),
                    FieldPanel("tags"),
                ],
                heading=_("Who it is for and what it answers"),
            ),
            FieldPanel("sources"),
            MultiFieldPanel(
                [
                    FieldPanel("origin_organisation", read_only=True),
                    FieldPanel("adapted_from", read_only=True),
                    FieldPanel("licence"),
                ],
                heading=_("Origin"),
            ),
            PanelPlaceholder(
                "content.panels.ReviewPanel",
                [],
                {"heading": _("Review: outside links and the last checklist")},
            ),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.FilterField("locale"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["content.OrganisationSpace"]
    # The page cache keeps a material when other materials are published
    # (``content.page_cache``); its own translations bump its address.
    cache_lists_materials = False
    subpage_types = []
    base_form_class = MaterialPageForm
    # A copy starts as an original; a translation records its source when
    # Wagtail's "Translate" is done (content/signals.py).
    exclude_fields_in_copy = ["translated_from", "translated_from_revision"]

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def save(self, *args, **kwargs):
        # The organisation is where the material lives, never a free choice.
        if self.path and self.depth and self.depth > 1:
            parent_path = self.path[: -self.steplen]
            # The parent is an OrganisationSpace (its table joined through the
            # page row, so this module need not import the site's pages).
            organisation_id = (
                Page.objects.filter(path=parent_path)
                .values_list("organisationspace__organisation_id", flat=True)
                .first()
            )
            if organisation_id:
                self.origin_organisation_id = organisation_id
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # Revisions written before a translation recorded its source lack
        # these keys: keep what the page row says instead of forgetting it.
        obj = super().with_content_json(content)
        for name in ("translated_from", "translated_from_revision"):
            if name not in content:
                setattr(obj, f"{name}_id", getattr(self, f"{name}_id"))
        return obj

    def clean(self):
        super().clean()
        entries = list(BlockedAddress.objects.all())
        if not entries:
            return
        errors = {}
        for field in ("body", "sources"):
            for url in outside_links(self, stream_fields=(field,)):
                entry = blocked_entry(url, entries)
                if entry is not None:
                    errors.setdefault(field, []).append(
                        ValidationError(
                            _(
                                "“%(url)s” is on the do-not-amplify list "
                                "(%(entry)s%(reason)s). Remove the link: "
                                "we do not send readers to it."
                            ),
                            params={
                                "url": url[:200],
                                "entry": entry.address,
                                "reason": f": {entry.reason}" if entry.reason else "",
                            },
                            code="blocked_link",
                        )
                    )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(material_context(page=self))
        return context

    @property
    def cover_alt_text(self):
        if self.cover_alt:
            return self.cover_alt
        return self.cover_image.description if self.cover_image else ""


# Reads for one material's public page (and the library's route to it).

# "A newer version exists in <language>", one sentence per language so each
# can be declined properly (в русском / орыс тілінде).
NEWER_VERSION_IN = {
    "kk": _("A newer version of this material exists in Kazakh."),
    "ru": _("A newer version of this material exists in Russian."),
    "en": _("A newer version of this material exists in English."),
}


def public_materials():
    """Every material the public may see: live, with no view restriction (the
    restrictions come from the cache, where Wagtail's ``public()`` asks each time)."""
    return MaterialPage.objects.live().filter(public_frame.public_q())


def content_languages():
    return settings.WAGTAIL_CONTENT_LANGUAGES


@dataclass(frozen=True)
class _TranslationLink:
    url: str


def _translation_url(page, code):
    """The URL of ``page``'s live translation in ``code``, or None.

    Uses the URL paths annotated by ``material_for_route``; other callers (such
    as previews) fall back to one query per call.
    """
    attr = f"_url_path_{code}"
    if hasattr(page, attr):
        url_path = getattr(page, attr)
    else:
        url_path = (
            Page.objects.filter(
                public_frame.public_q(),
                translation_key=page.translation_key,
                locale__language_code=code,
                live=True,
            )
            .values_list("url_path", flat=True)
            .first()
        )
    if not url_path:
        return None
    # A stand-in page resolves the URL exactly as Wagtail does, without a query.
    return Page(url_path=url_path, locale=Locale(language_code=code)).get_url()


MATERIAL_PREFETCH = ("target_groups", "narratives", "themes", "regions", "tags")


def public_source_annotations():
    """The live source of a translation: its address, language and live
    revision (to tell whether the translation follows it). Whether it is open
    to everyone is asked only when the notice would show (Wagtail's view
    restriction filter costs a query of its own)."""
    source = MaterialPage.objects.live().filter(pk=OuterRef("translated_from_id"))
    return {
        "_source_url_path": Subquery(source.values("url_path")[:1]),
        "_source_language": Subquery(source.values("locale__language_code")[:1]),
        "_source_live_revision": Subquery(source.values("live_revision_id")[:1]),
    }


def newer_source(material):
    """When ``material`` is a translation its public source has moved on from:
    ``{"url", "code", "message"}`` for the notice on the public page, else None.
    Uses the annotations of ``material_for_route``; previews ask once."""
    if not material.translated_from_id:
        return None
    if hasattr(material, "_source_url_path"):
        url_path = material._source_url_path
        code = material._source_language
        live_revision = material._source_live_revision
    else:
        url_path, code, live_revision = (
            public_materials()
            .filter(pk=material.translated_from_id)
            .values_list("url_path", "locale__language_code", "live_revision_id")
            .first()
        ) or (None, None, None)
    if not url_path or live_revision == material.translated_from_revision_id:
        return None
    if not public_materials().filter(pk=material.translated_from_id).exists():
        return None
    return {
        "url": Page(url_path=url_path, locale=Locale(language_code=code)).get_url(),
        "code": code,
        "message": NEWER_VERSION_IN.get(code, ""),
    }


def material_context(*, page):
    """The material's taxonomy, origin and translations in a fixed number of queries."""
    material = page
    # The library's route brings the chips in one query; previews (whose links
    # live in the revision, not the database) and other callers prefetch.
    chips = getattr(material, "_kopir_chips", None)
    if chips is None:
        prefetch_related_objects([material], *MATERIAL_PREFETCH)
        chips = {
            "target_groups": list(material.target_groups.all()),
            "narratives": list(material.narratives.all()),
            "themes": list(material.themes.all()),
            "regions": list(material.regions.all()),
            "tags": list(material.tags.all()),
        }
    available = [
        {"code": code, "name": name, "page": _TranslationLink(url)}
        if (url := _translation_url(page, code))
        else {"code": code, "name": name, "page": None}
        for code, name in content_languages()
    ]
    url = page.url or ""
    return {
        "material": material,
        # The library is always two levels up (library / organisation / material).
        "library_url": posixpath.dirname(posixpath.dirname(url.rstrip("/"))) + "/",
        "space_url": posixpath.dirname(url.rstrip("/")) + "/",
        "adapted_from": _adapted_from(material),
        "adaptation_count": (
            material._live_adaptations
            if hasattr(material, "_live_adaptations")
            else material.adaptations.live().filter(public_frame.public_q()).count()
        ),
        "translations": available,
        "newer_source": newer_source(material),
        "target_groups": chips["target_groups"],
        "narratives": chips["narratives"],
        "themes": chips["themes"],
        "regions": chips["regions"],
        "free_tags": chips["tags"],
    }


def _adapted_from(material):
    """The live original of an adaptation, in any language, with its organisation."""
    if not material.adapted_from_id:
        return None
    return (
        MaterialPage.objects.live()
        .public()
        .filter(pk=material.adapted_from_id)
        .select_related("origin_organisation", "locale")
        .first()
    )
