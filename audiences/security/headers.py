"""Response headers: a path-based Content-Security-Policy and Cache-Control.

The public site gets ``CONTENT_SECURITY_POLICY`` (no inline script, no inline
style); everything under ``/admin/`` gets ``KOPIR_ADMIN_CSP``, the policy measured
on Wagtail's admin (see README, "Security"). A response that may be framed by
its own site (Wagtail's preview sets ``X-Frame-Options: SAMEORIGIN``) gets
``frame-ancestors 'self'``; every other response ``frame-ancestors 'none'``.
"""

import json
import logging

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt

from audiences.security.ratelimit import over_limit

logger = logging.getLogger("kopir.security")

ADMIN_PREFIX = "/admin/"

# Set on a response by the public page cache (``content.page_cache``) when the page
# is live and unrestricted; only such responses may be stored by shared caches.
PUBLIC_FLAG = "kopir_public"


class KopirCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(ADMIN_PREFIX):
            # Wagtail's preview renders the page through the whole middleware
            # stack with a dummy request for the page's public path, which sets
            # the public policy (frame-ancestors 'none'). The admin request that
            # serves it into the preview panel decides the policy instead.
            response.headers.pop(HEADER, None)
            response.headers.pop(HEADER_REPORT_ONLY, None)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.KOPIR_ADMIN_CSP["DIRECTIVES"]
        framed = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
        parts.replace = {
            **(parts.replace or {}),
            "frame-ancestors": ["'self'"] if framed else ["'none'"],
        }
        return parts


class CacheControlMiddleware:
    """What browsers and proxies may keep.

    A public page the page cache stores is sent as ``public, no-cache``: a browser
    or proxy may keep it but must ask again before each use, and the ETag
    (``ConditionalGetMiddleware``) turns that question into a short 304 answer.
    They never serve it on their own for minutes, because the page cache is
    cleared the moment a page is unpublished or restricted and their copies
    cannot be. Nothing else (the admin, signed-in readers, restricted pages,
    forms) is stored at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path_info
        if path.startswith(settings.STATIC_URL):
            return response
        seconds = settings.PAGE_CACHE_SECONDS
        if (
            getattr(response, PUBLIC_FLAG, False)
            and response.status_code == 200
            and seconds > 0
            and not response.cookies
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        ):
            response.headers.pop("Cache-Control", None)
            response.headers.pop("Expires", None)
            patch_cache_control(response, public=True, no_cache=True)
        elif (
            path.startswith(ADMIN_PREFIX)
            or "Cache-Control" not in response
            or "no-store" in response["Cache-Control"]
        ):
            response.headers.pop("Expires", None)
            response["Cache-Control"] = "private, no-store"
        return response


# A browser sends one report per violation; a page with a broken policy sends a
# burst. Keep what a human can read and no more.
REPORT_MAX_BYTES = 16 * 1024


@csrf_exempt
def csp_report(request):
    """Log a browser's CSP violation report to the ``kopir.security`` logger."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if over_limit(request, "csp-report", settings.KOPIR_RATELIMIT_CSP_REPORT):
        return HttpResponse(status=429)
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    body = request.read(REPORT_MAX_BYTES + 1)
    if len(body) > REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return HttpResponse(status=400)
    # report-uri sends {"csp-report": {...}}; report-to sends a list of reports.
    reports = data if isinstance(data, list) else [data]
    for report in reports[:10]:
        if not isinstance(report, dict):
            continue
        body_part = report.get("csp-report") or report.get("body") or report
        if not isinstance(body_part, dict):
            continue
        logger.warning(
            "CSP violation: %s blocked %s on %s",
            str(
                body_part.get("violated-directive")
                or body_part.get("effectiveDirective")
                or body_part.get("effective-directive")
            )[:200],
            str(body_part.get("blocked-uri") or body_part.get("blockedURL"))[:500],
            str(body_part.get("document-uri") or body_part.get("documentURL"))[:500],
        )
    return HttpResponse(status=204)
