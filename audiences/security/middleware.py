"""Idle and absolute session timeouts.

At sign-in the session gets its start time; each request refreshes the time of
the last activity (at most once a minute, so a page view does not always write
the session). A session idle for longer than ``SESSION_IDLE_MINUTES`` or older
than ``SESSION_MAX_HOURS`` is signed out, and the admin asks to sign in again.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _

from audiences.security.audit import current_request

STARTED = "kopir_session_started"
LAST_SEEN = "kopir_session_last_seen"
# Refresh the last-activity time only when it is older than this (seconds).
REFRESH_EVERY = 60


def start_session(request, now=None):
    now = int(now or time.time())
    request.session[STARTED] = now
    request.session[LAST_SEEN] = now


def expiry_reason(session, now=None):
    now = int(now or time.time())
    started = session.get(STARTED)
    last_seen = session.get(LAST_SEEN)
    if started is None or last_seen is None:
        # A session from before this middleware: count it from now.
        return None
    if now - started > settings.KOPIR_SESSION_MAX_SECONDS:
        return "absolute"
    if now - last_seen > settings.KOPIR_SESSION_IDLE_SECONDS:
        return "idle"
    return None


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            response = self._check(request)
            if response is None:
                response = self.get_response(request)
            return response
        finally:
            current_request.reset(token)

    def _check(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        session = request.session
        now = int(time.time())
        if STARTED not in session or LAST_SEEN not in session:
            start_session(request, now)
            return None
        reason = expiry_reason(session, now)
        if reason is None:
            if now - session[LAST_SEEN] >= REFRESH_EVERY:
                session[LAST_SEEN] = now
            return None
        request.kopir_logout_reason = reason
        logout(request)
        if reason == "idle":
            text = _("You were signed out after a period of inactivity.")
        else:
            text = _("Your session reached its maximum length. Please sign in again.")
        if request.path_info.startswith("/admin/"):
            messages.info(request, text)
            return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
        return None
