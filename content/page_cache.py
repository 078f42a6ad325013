"""A whole-page cache for anonymous readers; never stale, never private.

Every key carries a site-wide content version; any publish, unpublish, move, delete or
taxonomy edit bumps it, so the next request renders afresh. Only responses that the
``on_serve_page`` hook marked public (live page, no view restriction) are stored, and
only for requests without a session, so a signed-in editor or a reader who passed a
password restriction always gets a fresh render.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from wagtail import views as wagtail_views

from audiences.security.headers import PUBLIC_FLAG

VERSION_KEY = "kopir:pages:version"


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_version(**kwargs):
    """Invalidate every cached page (called from publish/unpublish/delete signals)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _key(request, version):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"kopir:page:{version}:{request.method}:{digest}"


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def cached_serve(request, path):
    """Wagtail's serve view behind the page cache."""
    if not _cacheable_request(request):
        return wagtail_views.serve(request, path)
    key = _key(request, current_version())
    hit = cache.get(key)
    if hit is not None:
        status, content_type, body = hit
        response = HttpResponse(body, status=status, content_type=content_type)
        response["X-Kopir-Cache"] = "hit"
        setattr(response, PUBLIC_FLAG, True)
        return response

    response = wagtail_views.serve(request, path)
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    if (
        response.status_code == 200
        and getattr(response, PUBLIC_FLAG, False)
        and not response.cookies
        and not response.has_header("Vary")
    ):
        cache.set(
            key,
            (response.status_code, response["Content-Type"], response.content),
            timeout=settings.PAGE_CACHE_SECONDS,
        )
        response["X-Kopir-Cache"] = "miss"
    return response


def mark_public(serve_chain):
    """``on_serve_page`` hook: flag responses of live pages nobody restricted."""

    def wrapped(page, request, args, kwargs):
        response = serve_chain(page, request, args, kwargs)
        if page.live and not page.get_view_restrictions().exists():
            setattr(response, PUBLIC_FLAG, True)
        return response

    return wrapped
