"""Signal receivers that write sign-in, sign-out, failure, lockout and password
change events through ``audit.record``; ``SecurityConfig.ready`` connects them.

They live apart from ``audit`` because the sign-in receiver starts the session
clock in ``middleware``, and ``middleware`` reads ``audit.current_request``.
"""

from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import (
    user_logged_in,
    user_logged_out,
    user_login_failed,
)
from django.db.models.signals import post_save
from django.dispatch import receiver

from audiences.security.audit import (
    LOCKOUT,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    PASSWORD_CHANGED,
    SESSION_EXPIRED,
    client_address,
    current_request,
    find_user,
    record,
)
from audiences.security.middleware import start_session


def _attempt(username, request):
    return (
        AccessAttempt.objects.filter(
            username=username, ip_address=client_address(request)
        )
        .order_by("-attempt_time")
        .first()
    )


@receiver(user_logged_in, dispatch_uid="kopir_security_logged_in")
def _logged_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        start_session(request)
    record(request, LOGIN, target=user, actor=user)


@receiver(user_logged_out, dispatch_uid="kopir_security_logged_out")
def _logged_out(sender, request, user, **kwargs):
    if user is None:
        return
    reason = getattr(request, "kopir_logout_reason", None)
    if reason:
        record(request, SESSION_EXPIRED, target=user, actor=user, reason=reason)
    else:
        record(request, LOGOUT, target=user, actor=user)


@receiver(user_login_failed, dispatch_uid="kopir_security_login_failed")
def _login_failed(sender, credentials, request=None, **kwargs):
    username = (credentials or {}).get("username")
    if request is not None and getattr(request, "axes_locked_out", False):
        # Refused during a lockout: the lockout receiver records it.
        return
    target = find_user(username) or _attempt(username, request)
    record(request, LOGIN_FAILED, target=target, username=username)


@receiver(user_locked_out, dispatch_uid="kopir_security_locked_out")
def _locked_out(sender, request, username, ip_address, **kwargs):
    target = find_user(username) or _attempt(username, request)
    record(request, LOCKOUT, target=target, username=username)


@receiver(post_save, dispatch_uid="kopir_security_password_changed")
def _password_changed(sender, instance, **kwargs):
    """``AbstractBaseUser.save()`` holds the new raw password in ``_password``
    until after ``post_save``: its presence (never its value) marks a change."""
    if sender is not get_user_model() or kwargs.get("created"):
        return
    if getattr(instance, "_password", None) is None:
        return
    request = current_request.get()
    actor = getattr(request, "user", None)
    if actor is not None and not actor.is_authenticated:
        actor = None
    record(request, PASSWORD_CHANGED, target=instance, actor=actor)
