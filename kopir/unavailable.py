"""A clear 503 page when the database or the file storage is unreachable
(restarting, failing over, a bucket that does not answer).

Django turns an exception raised anywhere in a request (a view, or a middleware
that loads the session or the user) into the ``handler500`` view's answer;
``server_error`` answers a lost database connection with a 503 and
``Retry-After`` instead of a 500. The page is rendered without the request, so no
context processor (site settings, the user) asks the database again. Django
closes the broken connection at the end of the request and, with
``CONN_HEALTH_CHECKS``, checks a kept one before it is reused: the next request
after PostgreSQL returns is served normally, with no restart.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

from content.printing import files

RETRY_AFTER_SECONDS = 60
DATABASE_GONE = (OperationalError, InterfaceError)


def database_unavailable(message=None):
    """The 503 answer (in the active language)."""
    context = {"message": message} if message else None
    response = HttpResponse(render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "private, no-store"
    return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """``handler500``: 503 for a lost database, Django's 500 page otherwise."""
    exc = sys.exc_info()[1]
    if isinstance(exc, DATABASE_GONE):
        return database_unavailable()
    if files.is_unavailable(exc):
        return storage_unavailable()
    return defaults.server_error(request, template_name)


def storage_unavailable():
    """The 503 page for a file storage that cannot be reached (an upload, a
    file a view opens); nothing was saved, so nothing is half-saved."""
    return database_unavailable(
        _("The file storage cannot be reached just now. Try again in a minute.")
    )


class DatabaseUnavailableMiddleware:
    """Answers a view's lost database connection with the 503 page before
    ``handler500`` would (and without Django's "Internal Server Error" log
    entry with a traceback: one warning line is enough)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_GONE):
            logging.getLogger("kopir.database").warning(
                "Database unavailable (%s): answered 503.", type(exception).__name__
            )
            return database_unavailable()
        if files.is_unavailable(exception):
            logging.getLogger("kopir.storage").warning(
                "File storage unavailable (%s): answered 503.",
                type(exception).__name__,
            )
            return storage_unavailable()
        return None
