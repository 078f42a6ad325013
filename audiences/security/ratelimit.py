"""Rate limits on public endpoints that do work (django-ratelimit, by client IP).

Over the limit the reader gets a 429 page in their language, never a 500. The
counters live in the default cache: Redis in production (one count for every
worker), local memory on a laptop and in the tests.
"""

from functools import wraps

from django.conf import settings
from django.template.response import TemplateResponse
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from audiences.security.client_ip import client_ip


def _key(group, request):
    return client_ip(request) or "unknown"


def over_limit(request, group, rate):
    """Count this request; True when the client went over ``rate``."""
    if not rate:
        return False
    return is_ratelimited(
        request, group=group, key=_key, rate=rate, method=ALL, increment=True
    )


def too_many_requests(request):
    response = TemplateResponse(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response


def ratelimit(group, setting):
    """Limit a view to the rate in ``settings.<setting>`` per client address."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):

            if over_limit(request, group, getattr(settings, setting)):
                return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
