"""Security events in Wagtail's audit log (Reports › Site history) and the log.

Every event names the account it concerns, the acting user, the time (the log
entry's timestamp) and the client address. Passwords, codes and tokens are never
written: receivers take only the ``username`` from submitted credentials.

Other code records an event with ``record(request, action, target)``; two-factor
sign-in (``audiences/two_factor.py``) records its events this way.
"""

import contextvars
import logging

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from audiences import access
from audiences.security.client_ip import client_ip

logger = logging.getLogger("kopir.security")

# The request being served, for events raised without one (a password change).
current_request = contextvars.ContextVar("kopir_current_request", default=None)

USERNAME_MAX = 64

LOGIN = "kopir.login"
LOGIN_FAILED = "kopir.login_failed"
LOCKOUT = "kopir.lockout"
LOGOUT = "kopir.logout"
SESSION_EXPIRED = "kopir.session_expired"
PASSWORD_CHANGED = "kopir.password_changed"
SIGN_OUT_EVERYWHERE = "kopir.sign_out_everywhere"
UNLOCKED = "kopir.unlocked"
PASSWORD_RESET_THROTTLED = "kopir.password_reset_throttled"
TWO_FACTOR_ENROLLED = "kopir.2fa_enrolled"
TWO_FACTOR_DISABLED = "kopir.2fa_disabled"
TWO_FACTOR_RESET = "kopir.2fa_reset"
TWO_FACTOR_RECOVERY_CODES = "kopir.2fa_recovery_codes"
TWO_FACTOR_FAILED = "kopir.2fa_failed"
TWO_FACTOR_RECOVERY_CODE_USED = "kopir.2fa_recovery_code_used"

LABELS = {
    LOGIN: _("Sign-in"),
    LOGIN_FAILED: _("Failed sign-in"),
    LOCKOUT: _("Sign-in locked out"),
    LOGOUT: _("Sign-out"),
    SESSION_EXPIRED: _("Session expired"),
    PASSWORD_CHANGED: _("Password changed"),
    SIGN_OUT_EVERYWHERE: _("Signed out everywhere"),
    UNLOCKED: _("Sign-in unlocked"),
    PASSWORD_RESET_THROTTLED: _("Password reset requests throttled"),
    TWO_FACTOR_ENROLLED: _("Two-factor sign-in turned on"),
    TWO_FACTOR_DISABLED: _("Two-factor sign-in turned off"),
    TWO_FACTOR_RESET: _("Two-factor sign-in reset by a site administrator"),
    TWO_FACTOR_RECOVERY_CODES: _("New two-factor recovery codes made"),
    TWO_FACTOR_FAILED: _("Wrong two-factor code"),
    TWO_FACTOR_RECOVERY_CODE_USED: _("Signed in with a recovery code"),
}
SECURITY_ACTIONS = tuple(LABELS)
# Logged as warnings (the rest as info): someone may be guessing.
WARNINGS = {LOGIN_FAILED, LOCKOUT, TWO_FACTOR_FAILED, TWO_FACTOR_RESET}


def visible_entries(queryset, user):
    """Security entries are for site administrators, and each user's own."""
    if access.is_site_admin(user):
        return queryset

    own = Q(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(getattr(user, "pk", "")),
    )
    return queryset.exclude(Q(action__in=SECURITY_ACTIONS) & ~own)


def _short(username):
    username = str(username or "")
    if len(username) > USERNAME_MAX:
        return username[:USERNAME_MAX] + "…"
    return username


def client_address(request):
    if request is None:
        return None
    address = getattr(request, "axes_ip_address", None)
    return address or client_ip(request)


def find_user(username):
    if not username:
        return None
    model = get_user_model()
    return model._default_manager.filter(
        **{f"{model.USERNAME_FIELD}__iexact": username}
    ).first()


def unwrap(user):
    """``request.user`` arrives wrapped twice (auth, then django-otp); Wagtail's
    log looks the model up by type, so it needs the real instance."""

    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


def record(request, action, target=None, actor=None, username=None, **extra):
    """Write one security event to the audit log and the ``audiences.security`` log.

    ``target`` is the account concerned (a saved instance: a user, or for an
    unknown account name the axes ``AccessAttempt``). ``actor`` is who acted,
    when signed in. ``extra`` must never hold a secret.
    """
    if request is None:
        request = current_request.get()
    target, actor = unwrap(target), unwrap(actor)
    address = client_address(request)
    data = {"ip": address, **extra}
    if username is not None:
        data["username"] = _short(username)
    logger.log(
        logging.WARNING if action in WARNINGS else logging.INFO,
        "%s target=%s actor=%s ip=%s%s",
        action,
        _short(username if username is not None else target),
        getattr(actor, "pk", None) and actor.get_username(),
        address,
        "".join(f" {key}={value}" for key, value in extra.items()),
    )
    if target is not None and getattr(target, "pk", None) is not None:
        kwargs = {}
        if username is not None and not isinstance(target, get_user_model()):
            # An unknown account name: show what was typed, not the attempt row.
            kwargs["title"] = _short(username) or "—"
        log(target, action, user=actor, data=data, **kwargs)
