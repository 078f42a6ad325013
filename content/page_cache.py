"""A whole-page cache for anonymous readers; never stale, never private, bounded.

**What is stored.** Only responses that the ``on_serve_page`` hook marked public (a
live page nobody restricted), with status 200, no cookie and no ``Vary``; only for
requests that are not signed in. A session cookie skips the cache only when it
belongs to a signed-in session: a bogus or anonymous one does not.

**The key** is the path and the query parameters a public page reads
(``PUBLIC_PARAMS``: the library's facets, search, language and page), each with its
distinct non-empty values, in a canonical order. Every other parameter
(``?utm_source=…``) is dropped from the request before the page sees it, so a page
cannot show what its key does not hold, and ``?b=2&a=1`` is ``?a=1&b=2``.

**Freshness.** A stored page records the versions of the tags it depends on, read
before the page is built: every page depends on ``all``, ``taxonomy`` and its own
path; a listing (home, library, an organisation's space, the feed) also on
``listings``. A change bumps the tags it touches (``content.signals``), once at once
and once more when its transaction commits (a reader who built the page from the
old rows in between stored it under versions that are gone): publishing a material
bumps the paths of its translations and of the material it was adapted from, and
``listings``, so an unrelated material stays cached; a taxonomy or organisation
edit bumps ``taxonomy``; anything else that changes the site's shape (another page
type, a move, a new slug, a view restriction, a deletion) bumps ``all``. A tag's
first version is the clock in milliseconds, so a tag the cache evicted never comes
back at a version an old page was stored with.

**Bounded.** Each page path stores at most ``PAGE_CACHE_VARIANTS`` variants with
parameters per lifetime and content version; past that they are served uncached,
so nobody can fill the cache with new query strings. The plain page is always
stored. The host is part of the key.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, QueryDict

from audiences.security.headers import PUBLIC_FLAG

ALL = "all"
LISTINGS = "listings"
TAXONOMY = "taxonomy"
TAG_PREFIX = "kopir:tag:"
# Set on a response by ``mark_public``: the tags the page depends on.
TAGS_ATTRIBUTE = "_kopir_cache_tags"

# The library's search, language, page and facets (``content.selectors.library``;
# a test keeps the two in step). No other public page reads its query string.
PUBLIC_PARAMS = frozenset(
    {"q", "lang", "page", "audience", "narrative", "theme", "format", "region"}
)
# A parameter keeps at most this many values in the key (the library reads fewer).
MAX_VALUES = 10


def path_tag(path):
    """The tag of the page at ``path`` (as the request sees it: ``/ru/…/``)."""
    return "path:" + _digest(path)


def _fresh_version():
    return int(time.time() * 1000)


def tag_versions(tags):
    """The current version of each tag (created on first use)."""
    keys = {TAG_PREFIX + tag: tag for tag in tags}
    found = cache.get_many(list(keys))
    missing = [key for key in keys if key not in found]
    if missing:
        version = _fresh_version()
        for key in missing:
            cache.add(key, version, timeout=None)
        found.update(cache.get_many(missing))
    return {keys[key]: found.get(key) for key in keys}


def bump(*tags):
    """Invalidate every cached page that depends on one of ``tags``, now and once
    more when the transaction commits."""
    _bump(tags)
    transaction.on_commit(lambda: _bump(tags))


def bump_paths(paths, *tags):
    bump(*tags, *(path_tag(path) for path in paths))


def _bump(tags):
    for tag in set(tags):
        key = TAG_PREFIX + tag
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, _fresh_version(), timeout=None)


def bump_version(**kwargs):
    """Invalidate every cached page (a signal receiver)."""
    bump(ALL)


def current_version():
    """One value that changes whenever a listing or the taxonomy may have changed:
    for caching what listings compute (such as facet counts)."""
    versions = tag_versions((ALL, LISTINGS, TAXONOMY))
    return "-".join(str(versions[tag]) for tag in (ALL, LISTINGS, TAXONOMY))


def canonical_query(query):
    """The parameters a public page reads, with distinct non-empty values, sorted."""
    canonical = QueryDict(mutable=True)
    for name in sorted(PUBLIC_PARAMS.intersection(query)):
        values = sorted({value for value in query.getlist(name) if value.strip()})
        if values:
            canonical.setlist(name, values[:MAX_VALUES])
    canonical._mutable = False
    return canonical


def _digest(*parts):
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _signed_in(request):
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    # Loads the session: a bogus or expired cookie is an anonymous reader.
    return request.user.is_authenticated


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not _signed_in(request)
    )


# Response headers a stored page keeps besides its content type.
KEPT_HEADERS = ("Last-Modified", "Content-Language")


def _hit(entry):
    versions, status, headers, body = entry
    if tag_versions(versions) != versions:
        return None
    response = HttpResponse(body, status=status)
    for name, value in headers.items():
        response[name] = value
    response["X-Kopir-Cache"] = "hit"
    setattr(response, PUBLIC_FLAG, True)
    return response


def _room_for(request, versions):
    """Whether this page may store one more variant at these content versions."""
    counter = "kopir:variants:" + _digest(request.path, repr(sorted(versions.items())))
    cache.add(counter, 0, timeout=settings.PAGE_CACHE_SECONDS)
    try:
        stored = cache.incr(counter)
    except ValueError:
        return True
    return stored <= settings.PAGE_CACHE_VARIANTS


def cached_serve(request, path, serve):
    """The ``serve`` view (Wagtail's, routed by ``content.views``) behind the cache."""
    if not _cacheable_request(request):
        return serve(request, path)
    query = canonical_query(request.GET)
    request.GET = query
    request.META["QUERY_STRING"] = query.urlencode()
    # The host is part of the key: a page built for one allowed host name (its
    # feed's links, say) is never served to another.
    key = "kopir:page:" + _digest(
        request.method, request.get_host(), request.path, query.urlencode()
    )
    entry = cache.get(key)
    if entry is not None:
        response = _hit(entry)
        if response is not None:
            return response

    # The versions before the page reads a row: a change that commits while it
    # is built leaves it stored under versions already gone.
    before = tag_versions((ALL, TAXONOMY, LISTINGS, path_tag(request.path)))
    response = serve(request, path)
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    tags = getattr(response, TAGS_ATTRIBUTE, None)
    if (
        response.status_code == 200
        and tags is not None
        and getattr(response, PUBLIC_FLAG, False)
        and not response.cookies
        and not response.has_header("Vary")
    ):
        versions = {
            tag: before[tag] for tag in (ALL, TAXONOMY, path_tag(request.path), *tags)
        }
        # The plain page (no parameters) is always stored: a flood of query
        # strings cannot leave it uncached.
        if not query or _room_for(request, versions):
            headers = {
                name: response[name]
                for name in ("Content-Type", *KEPT_HEADERS)
                if response.has_header(name)
            }
            cache.set(
                key,
                (versions, response.status_code, headers, response.content),
                timeout=settings.PAGE_CACHE_SECONDS,
            )
            response["X-Kopir-Cache"] = "miss"
        else:
            response["X-Kopir-Cache"] = "full"
    return response


def page_tags(page):
    """What a page's cached copy depends on besides ``all``, ``taxonomy`` and its
    path: ``listings`` unless the page says it lists nothing (a material)."""
    return (LISTINGS,) if getattr(page, "cache_lists_materials", True) else ()


def mark_public(serve_chain):
    """``on_serve_page`` hook: flag responses of live pages nobody restricted, with
    the tags they depend on."""

    def wrapped(page, request, args, kwargs):
        response = serve_chain(page, request, args, kwargs)
        if page.live and not page.get_view_restrictions().exists():
            setattr(response, PUBLIC_FLAG, True)
            setattr(response, TAGS_ATTRIBUTE, page_tags(page))
        return response

    return wrapped
