"""The frame of the public site, read once per content version instead of per request.

Routing a public page used to ask the database the same questions every time: which
site answers this host, its home page in the reader's language (three queries), the
library under it, and which view restrictions exist. Their answers change only when
the page cache's ``all`` tag is bumped (a page other than a material is published,
moved or deleted, a view restriction, site or locale is saved), so they are kept in
the cache under that tag's version:

* ``route(request, path)`` resolves the site, the home page and the library from the
  cache and leaves the result where Wagtail's ``serve`` looks for it
  (``request._wagtail_site``, ``request._wagtail_route_for_request``);
* ``restrictions()`` lists every view restriction with the paths it covers, for
  ``RestrictionsOnceMixin`` and ``public_q``.

Cached pages are copies (the cache pickles them): a request may change its copy.
"""

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from content.page_cache import ALL, tag_versions

FRAME_SECONDS = 24 * 3600


def _version():
    return tag_versions((ALL,))[ALL]


def _homes(site):
    """Each language's live home page (specific, with its libraries by slug)."""
    root = site.root_page.specific
    homes = {"": root}
    translations = (
        Page.objects.filter(translation_key=root.translation_key, live=True)
        .select_related("locale")
        .specific()
    )
    for home in translations:
        homes[home.locale.language_code] = home
    for home in homes.values():
        home.locale  # noqa: B018 (loaded now, so that the cached copy carries it)
        libraries = getattr(home, "libraries_by_slug", None)
        if libraries is not None:
            home._kopir_libraries = libraries()
    return homes


def _frame(request):
    host = request.get_host()
    key = f"kopir:frame:{_version()}:{host}"
    frame = cache.get(key)
    if frame is None:
        site = Site._find_for_request(request)
        frame = (site, _homes(site) if site else {})
        cache.set(key, frame, timeout=FRAME_SECONDS)
    return frame


def route(request, path):
    """Route ``path`` as Wagtail would, with the site and home page from the cache."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site, homes = _frame(request)
    request._wagtail_site = site
    result = None
    if site is not None:
        # As ``Page.localized``: the home page in the active language when it is
        # live, else the site's root page.
        language = translation.get_language() or ""
        home = homes.get(language) or homes.get(language.split("-")[0]) or homes[""]
        try:
            result = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            result = None
    request._wagtail_route_for_request = result


def restrictions():
    """Every view restriction with the page paths it covers: its page's and those
    of the page's aliases (a restriction on a page also guards its aliases)."""
    key = f"kopir:restrictions:{_version()}"
    found = cache.get(key)
    if found is None:
        found = []
        for restriction in PageViewRestriction.objects.select_related("page"):
            paths = {restriction.page.path}
            paths.update(
                Page.objects.filter(alias_of_id=restriction.page_id).values_list(
                    "path", flat=True
                )
            )
            found.append((restriction, frozenset(paths)))
        cache.set(key, found, timeout=FRAME_SECONDS)
    return found


def restrictions_for(page):
    """The restrictions on ``page`` or an ancestor (as Wagtail's
    ``get_view_restrictions``, counting an aliased ancestor's source)."""
    ancestors = {
        page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)
    }
    return [restriction for restriction, paths in restrictions() if paths & ancestors]


def public_q():
    """As Wagtail's ``PageQuerySet.public()``: no restriction on the page or above."""
    q = Q()
    for restriction, _paths in restrictions():
        q &= ~Q(path__startswith=restriction.page.path)
    return q
