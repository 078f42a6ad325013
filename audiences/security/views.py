"""Admin views: the throttled password reset, sign out everywhere, lockouts."""

import logging
import secrets
from collections import Counter

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.account import PasswordResetView

from audiences import access
from audiences.security import audit
from audiences.security.client_ip import client_ip
from audiences.security.lockout import reset_message

logger = logging.getLogger("kopir.security")


def _address_key(group, request):
    return client_ip(request)


def _email_key(group, request):
    return request.POST.get("email", "").strip().casefold()[:254]


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, limited per client address and per e-mail.

    The answer is the same whether an account has that address or not: the
    limits count requests, not accounts, and a refused request names neither.
    """

    def post(self, request, *args, **kwargs):
        limited = False
        # Count both limits on every request, so neither can be probed apart.
        for key, rate in (
            (_address_key, settings.KOPIR_PASSWORD_RESET_RATE_ADDRESS),
            (_email_key, settings.KOPIR_PASSWORD_RESET_RATE_EMAIL),
        ):
            limited |= is_ratelimited(
                request,
                group=f"kopir.password_reset.{key.__name__}",
                key=key,
                rate=rate,
                method="POST",
                increment=True,
            )
        if limited:
            audit.record(
                request,
                audit.PASSWORD_RESET_THROTTLED,
                username=_email_key(None, request),
            )
            form = self.get_form()
            form.is_valid()
            form.add_error(None, reset_message())
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)


@require_admin_access
def sign_out_everywhere(request):
    """End every other session of the signed-in user, on any session backend."""
    if request.method == "POST":
        user = request.user
        user.session_salt = secrets.token_hex(16)
        user.save(update_fields=["session_salt"])
        # The current session follows the new hash; every other one fails it.
        update_session_auth_hash(request, user)
        audit.record(request, audit.SIGN_OUT_EVERYWHERE, target=user, actor=user)
        messages.success(request, _("You have been signed out on every other device."))
        return redirect("wagtailadmin_account")
    return TemplateResponse(
        request,
        "kopir_security/sign_out_everywhere.html",
        {"page_title": _("Sign out everywhere")},
    )


def _site_admin_only(request):
    if not access.is_site_admin(request.user):
        raise PermissionDenied


@require_admin_access
def lockouts(request):
    _site_admin_only(request)
    cooloff = settings.AXES_COOLOFF_TIME
    now = timezone.now()
    attempts = list(AccessAttempt.objects.order_by("-attempt_time")[:500])
    # Axes locks an account name and, separately, a client address once its
    # failures over all rows reach the limit within the cool-off; a row is locked
    # when either of its two is.
    recent = [a for a in attempts if a.attempt_time + cooloff > now]
    by_name, by_address = Counter(), Counter()
    for attempt in recent:
        by_name[attempt.username] += attempt.failures_since_start
        by_address[attempt.ip_address] += attempt.failures_since_start
    limit = settings.AXES_FAILURE_LIMIT
    for attempt in attempts:
        attempt.locked = attempt in recent and (
            by_name[attempt.username] >= limit
            or by_address[attempt.ip_address] >= limit
        )
    return TemplateResponse(
        request,
        "kopir_security/lockouts.html",
        {"page_title": _("Sign-in lockouts"), "attempts": attempts},
    )


@require_admin_access
@require_POST
def unlock(request, pk):
    _site_admin_only(request)
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    username, address = attempt.username, attempt.ip_address
    # Unlock the account everywhere and the address for every account.
    target = audit.find_user(username) or attempt
    audit.record(
        request,
        audit.UNLOCKED,
        target=target,
        actor=request.user,
        username=username,
        unlocked_ip=address,
    )
    if username:
        reset(username=username)
    if address:
        reset(ip=address)
    messages.success(request, _("Sign-in unlocked."))
    return redirect("kopir_security_lockouts")
