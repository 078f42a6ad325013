"""The public site's frame: home page, library and each organisation's space.

Their context comes from ``content.selectors``, which reads the material models
(``content.models.material``, ``content.models.library``) and never these pages,
so the two import one way.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from content.feeds import MaterialFeed
from content.models.library import RestrictionsOnceMixin
from content.selectors import help as help_selectors
from content.selectors import library as selectors


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
    subpage_types = [
        "content.LibraryPage",
        "content.LearnIndexPage",
        "content.HelpPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        libraries = getattr(self, "_kopir_libraries", None)
        if libraries is not None:
            library = next(
                (
                    lib
                    for lib in libraries.values()
                    if lib.live and isinstance(lib, LibraryPage)
                ),
                None,
            )
        else:
            library = LibraryPage.objects.child_of(self).live().first()
        context.update(selectors.home_context(page=self, library=library))
        return context

    def libraries_by_slug(self):
        """The libraries under this home page, by slug, with the lessons and help
        sections (``content.public_frame`` keeps them with the cached home page)."""
        libraries = LibraryPage.objects.child_of(self).select_related("locale")
        found = {library.slug: library for library in libraries}
        # The lessons section is routed from the cached frame too (one query less
        # on every lesson); imported here as the learn module imports this one.
        from content.models.learn import LearnIndexPage

        for section in LearnIndexPage.objects.child_of(self).select_related("locale"):
            found.setdefault(section.slug, section)
        # And the help page: its region pages are one query less each too.
        for section in HelpPage.objects.child_of(self).select_related("locale"):
            found.setdefault(section.slug, section)
        return found

    def route(self, request, path_components):
        # The library as its own type: from the cached frame, else one query.
        if path_components:
            libraries = getattr(self, "_kopir_libraries", None)
            if libraries is not None:
                library = libraries.get(path_components[0])
            else:
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
            material = selectors.material_for_route(
                library=self, space_slug=path_components[0], slug=path_components[1]
            )
            if material is not None:
                return material.route(request, path_components[2:])
        return super().route(request, path_components)

    @path("")
    def index_route(self, request):
        context = self.get_context(request)
        context.update(selectors.library_context(library=self, params=request.GET))
        return self.render(request, context_overrides=context)

    @path("feed/")
    def feed_route(self, request):
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
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.space_context(space=self))
        return context


class HelpPage(RestrictionsOnceMixin, RoutablePageMixin, Page):
    """Where to get help, in one language: every region's help points and, per
    situation, the steps to follow (``/<lang>/help/`` and ``/<lang>/help/<region>/``).

    The help points and pathways are audiences data (one row, kk/ru/en side by
    side); only public points are read (``content.selectors.help``).
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("help page")

    def sitemap_subpaths(self):
        """The region pages below this one, for the sitemap (``content.sitemap``)."""
        return [f"{slug}/" for slug in help_selectors.region_slugs()]

    @path("")
    def index_route(self, request):
        context = self.get_context(request)
        context.update(help_selectors.index_context(language=self.locale.language_code))
        return self.render(request, context_overrides=context)

    @path("<slug:region_slug>/")
    def region_route(self, request, region_slug):
        found = help_selectors.region_context(
            language=self.locale.language_code, slug=region_slug
        )
        if found is None:
            raise Http404
        context = self.get_context(request)
        context.update(found)
        return self.render(
            request,
            context_overrides=context,
            template="content/help_region_page.html",
        )
