"""Two-factor sign-in pages: the code after the password, enrolment, recovery
codes, the account's settings and a site administrator's reset."""

import re

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from wagtail.admin.localization import get_localized_response

from audiences import access, two_factor
from audiences.security import audit

NEW_CODES_SESSION_KEY = "kopir_2fa_new_codes"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
    )


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=False
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _login_required(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(
                reverse("wagtailadmin_login") + "?next=" + request.path_info
            )
        # In the user's admin language and time zone, like every Wagtail view.
        return get_localized_response(view, request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _throttled_seconds(devices):
    """Seconds until the throttled devices accept a code again (0: not throttled)."""

    waits = []
    for device in devices:
        allowed, info = device.verify_is_allowed()
        if not allowed and info and info.get("locked_until"):
            waits.append((info["locked_until"] - timezone.now()).total_seconds())
    return max(1, int(max(waits)) + 1) if waits else 0


@sensitive_post_parameters("code")
@never_cache
@_login_required
def verify(request):
    """The code after the password: from the authenticator app or a recovery code."""
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not two_factor.has_device(user):
        return redirect("kopir_2fa_enrol")
    form = CodeForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        code = re.sub(r"[\s-]", "", form.cleaned_data["code"]).lower()
        is_totp = bool(re.fullmatch(r"\d{6}", code))
        devices = (
            list(two_factor.totp_devices(user))
            if is_totp
            else [d for d in [two_factor.recovery_device(user)] if d]
        )
        wait = _throttled_seconds(devices)
        if wait:
            two_factor.log_failure(request, user, "throttled")
            error = _(
                "Too many wrong codes. Wait %(seconds)s seconds and try again."
            ) % {"seconds": wait}
        else:
            for device in devices:
                if device.verify_token(code):
                    otp_login(request, device)
                    if not is_totp:
                        left = two_factor.recovery_codes_left(user)
                        audit.record(
                            request,
                            audit.TWO_FACTOR_RECOVERY_CODE_USED,
                            target=two_factor._real(user),
                            actor=two_factor._real(user),
                            left=left,
                        )
                        messages.warning(
                            request,
                            _(
                                "You signed in with a recovery code. Recovery "
                                "codes left: %(count)s."
                            )
                            % {"count": left},
                        )
                    return redirect(_next_url(request))
            two_factor.log_failure(
                request,
                user,
                "wrong or used code" if is_totp else "wrong recovery code",
            )
            error = _("The code is wrong or has already been used.")
    return render(
        request,
        "audiences/two_factor/verify.html",
        {"form": form, "error": error, "next": _next_url(request)},
        status=200 if error is None else 400,
    )


@sensitive_post_parameters("code")
@never_cache
@_login_required
def enrol(request):
    """Scan the QR code (or type the key), confirm with a code."""
    user = request.user
    if two_factor.totp_devices(user).exists():
        if not user.is_verified():
            return redirect("kopir_2fa_verify")
        messages.info(request, _("Two-factor sign-in is already on."))
        return redirect("kopir_2fa_settings")
    device = two_factor.pending_device(user)
    form = CodeForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        code = re.sub(r"\s", "", form.cleaned_data["code"])
        wait = _throttled_seconds([device])
        if wait:
            two_factor.log_failure(request, user, "throttled at enrolment")
            error = _(
                "Too many wrong codes. Wait %(seconds)s seconds and try again."
            ) % {"seconds": wait}
        elif device.verify_token(code):
            codes = two_factor.confirm_enrolment(request, user, device)
            otp_login(request, device)
            request.session[NEW_CODES_SESSION_KEY] = codes
            return redirect("kopir_2fa_recovery_codes")
        else:
            two_factor.log_failure(request, user, "wrong code at enrolment")
            error = _(
                "The code does not match. Check the time on your phone and enter "
                "the newest code."
            )
    return render(
        request,
        "audiences/two_factor/enrol.html",
        {
            "form": form,
            "error": error,
            "qr_svg": two_factor.qr_svg(device),
            "manual_key": two_factor.manual_key(device),
            "required": two_factor.is_required(user),
        },
        status=200 if error is None else 400,
    )


@never_cache
@_login_required
def recovery_codes(request):
    """The new recovery codes, shown once."""
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not codes:
        messages.info(
            request,
            _(
                "Recovery codes are shown only once. Make new ones if you have "
                "lost them."
            ),
        )
        return redirect("kopir_2fa_settings")
    text = "\n".join(
        [_("Kopir recovery codes for %(user)s") % {"user": request.user.username}, ""]
        + codes
    )
    return render(
        request,
        "audiences/two_factor/recovery_codes.html",
        {"codes": codes, "download": text, "page_title": _("Your recovery codes")},
    )


@never_cache
@_login_required
def settings_view(request):
    user = request.user
    return render(
        request,
        "audiences/two_factor/settings.html",
        {
            "enabled": two_factor.totp_devices(user).exists(),
            "required": two_factor.is_required(user),
            "codes_left": two_factor.recovery_codes_left(user),
            "page_title": _("Two-factor sign-in"),
        },
    )


@require_POST
@_login_required
def regenerate(request):
    user = request.user
    if not two_factor.totp_devices(user).exists():
        return redirect("kopir_2fa_enrol")
    request.session[NEW_CODES_SESSION_KEY] = two_factor.new_recovery_codes(user)
    real = two_factor._real(user)
    audit.record(request, two_factor.RECOVERY_ACTION, target=real, actor=real)
    return redirect("kopir_2fa_recovery_codes")


@require_POST
@_login_required
def disable(request):
    user = request.user
    if two_factor.is_required(user):
        messages.error(
            request,
            _("Your role requires two-factor sign-in; it cannot be turned off."),
        )
    elif two_factor.has_device(user):
        two_factor.remove_devices(
            request, user, by=user, action=two_factor.DISABLED_ACTION
        )
        messages.success(request, _("Two-factor sign-in is off."))
    return redirect("kopir_2fa_settings")


@never_cache
def reset(request, user_id):
    """A site administrator removes a user's devices (a lost phone)."""
    if not access.is_site_admin(request.user):
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        two_factor.remove_devices(
            request, target, by=request.user, action=two_factor.RESET_ACTION
        )
        messages.success(
            request,
            _(
                "Two-factor sign-in of %(user)s was reset; they set it up again "
                "at their next sign-in."
            )
            % {"user": target.get_username()},
        )
        return redirect("wagtailusers_users:edit", target.pk)
    return render(
        request,
        "audiences/two_factor/reset.html",
        {
            "target": target,
            "enabled": two_factor.has_device(target),
            "page_title": _("Reset two-factor sign-in of %(user)s")
            % {"user": target.get_username()},
        },
    )
