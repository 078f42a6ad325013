"""Request ids and structured logs.

``RequestIdMiddleware`` (outermost) gives every request an id: the incoming
``X-Request-ID`` when a proxy sent a short safe token, else a new one. It returns
the id as ``X-Request-ID``, keeps it (with the method, path and, once known, the
user's id) in a context variable that ``RequestContextFilter`` copies onto every
log record of the request, and writes one access line per request
(``kopir.access``). ``JsonFormatter`` makes each record one JSON object
(``LOG_FORMAT=json``; ``kopir.settings.hosts``).

Logs never carry names, e-mail addresses, messenger contacts or query strings
(searches); secret tokens in paths (calendar feeds, password-reset links) are
replaced by ``…``.
"""

import contextvars
import datetime
import json
import logging
import re
import time
import uuid

from django.core.signals import request_finished
from django.dispatch import receiver
from django.http import HttpResponseNotFound, QueryDict
from django.utils.functional import empty

access_logger = logging.getLogger("kopir.access")

_context = contextvars.ContextVar("kopir_request", default=None)

# A proxy's id is kept only when it is a short token of safe characters.
SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{8,64}$")
# Paths whose parts are credentials.
SECRET_PATHS = [
    (re.compile(r"^/calendar/[^/]+\.ics$"), "/calendar/….ics"),
    (
        re.compile(r"^(/admin/(?:[\w-]+/)*reset/)[^/]+/[^/]+/$"),
        r"\1…/…/",
    ),
]
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
FIELDS = ("request_id", "method", "path", "status", "duration_ms", "user_id")


def safe_path(path):
    """``path`` with credential parts replaced and control characters escaped
    (a decoded newline must not start a forged log line)."""
    for pattern, replacement in SECRET_PATHS:
        if pattern.match(path):
            path = pattern.sub(replacement, path)
            break
    return CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", path)


def nul_in_path(request):
    """A NUL byte in the path: no page has one, and PostgreSQL refuses it in a
    query (a 500 otherwise)."""
    return "\x00" in request.path


def drop_nul_parameters(request):
    """Parameters with NUL bytes lose them: a search for "%00" finds what a
    search for "" finds, and PostgreSQL never sees the byte."""
    if "%00" not in request.META.get("QUERY_STRING", ""):
        return
    cleaned = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        cleaned.setlist(
            key.replace("\x00", ""), [value.replace("\x00", "") for value in values]
        )
    cleaned._mutable = False
    request.GET = cleaned


def request_id(incoming):
    if incoming and SAFE_ID.match(incoming):
        return incoming
    return uuid.uuid4().hex


def current():
    """The current request's log context (a dict), or None outside a request."""
    return _context.get()


def _user_id(request):
    """The signed-in user's id if this request already loaded its user (never a
    query of its own: a failing database must not fail the access line)."""
    user = request.__dict__.get("user")
    if user is None:
        return None
    wrapped = getattr(user, "_wrapped", user)
    if wrapped is empty or not getattr(wrapped, "is_authenticated", False):
        return None
    return wrapped.pk


class RequestIdMiddleware:
    """Assigns the request id, returns it, and logs one access line."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        rid = request_id(request.META.get("HTTP_X_REQUEST_ID", ""))
        request.request_id = rid
        context = {
            "request_id": rid,
            "method": request.method,
            "path": safe_path(request.path),
        }
        # Kept until the response is closed (``request_finished``), so that
        # Django's own line about a 4xx/5xx answer carries the id too.
        _context.set(context)
        start = time.monotonic()
        if nul_in_path(request):
            response = HttpResponseNotFound()
        else:
            drop_nul_parameters(request)
            response = self.get_response(request)
        context["user_id"] = _user_id(request)
        response["X-Request-ID"] = rid
        duration = round((time.monotonic() - start) * 1000, 1)
        access_logger.info(
            "%s %s %s %sms",
            request.method,
            context["path"],
            response.status_code,
            duration,
            extra={"status": response.status_code, "duration_ms": duration},
        )
        return response


@receiver(request_finished, dispatch_uid="kopir-logs-request-finished")
def _forget_request(**kwargs):
    _context.set(None)


class RequestContextFilter(logging.Filter):
    """Copies the request's id, method, path and user id onto each record."""

    def filter(self, record):
        context = _context.get() or {}
        for name in ("request_id", "method", "path", "user_id"):
            if not hasattr(record, name):
                setattr(record, name, context.get(name))
        if record.request_id is None:
            record.request_id = "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the request's
    fields (those it has)."""

    def format(self, record):
        data = {
            "time": datetime.datetime.fromtimestamp(
                record.created, tz=datetime.UTC
            ).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in FIELDS:
            value = getattr(record, name, None)
            if value is not None and value != "-":
                data[name] = value
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            data["stack"] = self.formatStack(record.stack_info)
        return json.dumps(data, ensure_ascii=False, default=str)
