"""What we say: narratives countered, themes, formats, images and material pages."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from audiences.models import Taxonomy
from content.blocks import BodyBlock, SourcesBlock
from content.forms import MaterialPageForm
from content.panels import ReviewPanel, TranslationStatusPanel


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
                # One query instead of two: restrictions on this page or an
                # ancestor, or on the source page of an aliased ancestor.
                paths = [
                    self.path[:end]
                    for end in range(self.steplen, len(self.path) + 1, self.steplen)
                ]
                found = list(
                    PageViewRestriction.objects.filter(
                        Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
                    ).distinct()
                )
            self._view_restrictions_cache = found
        # A real queryset, as Wagtail expects (the privacy dialog orders it),
        # answered from the rows already loaded until someone refines it.
        found = self._view_restrictions_cache
        restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
        restrictions._result_cache = list(found)
        return restrictions


class HomePage(RestrictionsOnceMixin, Page):
    """The front page of one language version of the site."""

    intro = models.TextField(_("introduction"), blank=True)
    helpline_text = RichTextField(
        _("where to get help"), blank=True, features=["bold", "link"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("helpline_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.LibraryPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from content import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_context(page=self))
        return context

    def route(self, request, path_components):
        # Fetch the library as its own type: one query instead of two.
        if path_components:
            library = (
                LibraryPage.objects.child_of(self)
                .filter(slug=path_components[0])
                .first()
            )
            if library is not None:
                library._cached_parent_obj = self
                return library.route(request, path_components[1:])
        return super().route(request, path_components)


class LibraryPage(RestrictionsOnceMixin, RoutablePageMixin, Page):
    """The shared library of one language: facets, search and the feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.OrganisationSpace"]

    class Meta:
        verbose_name = _("library")

    def route(self, request, path_components):
        # A material comes with its taxonomy prefetched, in a fixed number of queries.
        if len(path_components) >= 2:
            from content import selectors

            material = selectors.material_for_route(
                library=self, space_slug=path_components[0], slug=path_components[1]
            )
            if material is not None:
                return material.route(request, path_components[2:])
        return super().route(request, path_components)

    @path("")
    def index_route(self, request):
        from content import selectors

        context = self.get_context(request)
        context.update(selectors.library_context(library=self, params=request.GET))
        return self.render(request, context_overrides=context)

    @path("feed/")
    def feed_route(self, request):
        from content.feeds import MaterialFeed

        return MaterialFeed(library=self)(request)


class OrganisationSpace(RestrictionsOnceMixin, Page):
    """One organisation's part of a library: its materials live here.

    Wagtail grants an organisation's groups their page permissions on this
    subtree, which is what keeps drafts private to the organisation. Spaces are
    made by ``content.organisations.provision`` when an organisation is saved.
    """

    organisation = models.ForeignKey(
        "audiences.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="spaces",
    )

    content_panels = [FieldPanel("title"), FieldPanel("organisation", read_only=True)]
    promote_panels = []

    parent_page_types = ["content.LibraryPage"]
    subpage_types = ["content.MaterialPage"]
    is_creatable = False

    class Meta:
        verbose_name = _("organisation space")
        verbose_name_plural = _("organisation spaces")

    def get_context(self, request, *args, **kwargs):
        from content import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.space_context(space=self))
        return context


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
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
    adapted_from = models.ForeignKey(
        "content.MaterialPage",
        verbose_name=_("adapted from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    # A translation follows one revision of its source: when the source has a
    # newer one, the translation is out of date (content/translations.py).
    translated_from = models.ForeignKey(
        "content.MaterialPage",
        verbose_name=_("translated from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translations_made",
    )
    translated_from_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("source revision followed"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = (
        [TranslationStatusPanel()]
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
            ReviewPanel(heading=_("Review: outside links and the last checklist")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.FilterField("locale"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["content.OrganisationSpace"]
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
            organisation_id = (
                OrganisationSpace.objects.filter(path=parent_path)
                .values_list("organisation_id", flat=True)
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
        from content.links import blocked_entry, outside_links

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
        from content import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.material_context(page=self))
        return context

    @property
    def cover_alt_text(self):
        if self.cover_alt:
            return self.cover_alt
        return self.cover_image.description if self.cover_image else ""


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
        from content.links import normalise

        host, _path = normalise(self.address)
        if not host or "." not in host:
            raise ValidationError(
                {"address": _("Enter a domain or an address, such as example.org.")}
            )
        self.address = self.address.strip()


# The review models live in their own module; importing them registers them.
# Print editions and their QR links.
from content.printing.models import PrintEdition, PrintLink  # noqa: E402, F401
from content.review import (  # noqa: E402, F401
    ChecklistItem,
    ChecklistReviewTask,
    ChecklistReviewTaskState,
    ReviewAnswer,
)
