"""The two-factor gate: after the password, nothing but the code (or enrolment).

Runs after ``django_otp.middleware.OTPMiddleware``. A signed-in user who has a
confirmed device but has not entered a code in this session, or who must use
two-factor sign-in and has no device yet, reaches only the pages in ``OPEN``
(sign-in, sign-out, password reset, the code and enrolment pages) in the admin;
every other admin URL redirects there. Outside the admin (documents, image
renditions, print files, the public site) such a session counts as anonymous,
so nothing private is served on the password alone. A middleware rather than
a wrapper around Wagtail's ``require_admin_access`` so that the project's own
guard views mounted before Wagtail's admin, and whatever a later Wagtail adds,
are covered too.
"""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation

from audiences import two_factor

OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "kopir_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "kopir_2fa_verify",
    "kopir_2fa_enrol",
    # What the admin's own pages load (icons, translations): no user data.
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}


def pending(request):
    """None when the session may go on; else the name of the page it needs."""
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return None
    if two_factor.has_device(user):
        return "kopir_2fa_verify"
    if two_factor.is_required(user):
        return "kopir_2fa_enrol"
    return None


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        needed = pending(request)
        if needed is None:
            return self.get_response(request)
        admin_prefix = reverse("wagtailadmin_home")
        if not request.path_info.startswith(admin_prefix):
            request.user = AnonymousUser()
            return self.get_response(request)
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            name = None
        if name in OPEN:
            return self.get_response(request)
        target = reverse(needed)
        if request.method == "GET":
            target += "?" + urlencode({"next": request.get_full_path()})
        return redirect(target)


def _streamed_in(chunks, language, time_zone):
    with translation.override(language), timezone.override(time_zone):
        yield from chunks


class ExportLanguageMiddleware:
    """Streamed admin responses in the user's admin language.

    Wagtail's CSV exports are written while the response streams, after the view
    (and the user's language, set around it) has returned: the headers and labels
    came out in the browser's language. The rest of the stream now runs in the
    language and time zone the user chose under Account › Preferences.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not (
            response.streaming
            and request.path_info.startswith("/admin/")
            and request.user.is_authenticated
        ):
            return response
        profile = getattr(request.user, "wagtail_userprofile", None)
        if profile is None:
            return response
        language = profile.get_preferred_language()
        time_zone = profile.get_current_time_zone()
        response.streaming_content = _streamed_in(
            response.streaming_content, language, time_zone
        )
        return response
