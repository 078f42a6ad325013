"""Two-factor sign-in: who must use it, devices, recovery codes, the audit trail.

Built on django-otp: a TOTP device (an authenticator app) and a static device
whose tokens are single-use recovery codes. The views are in
``audiences/two_factor_views.py``, the gate in ``audiences/middleware.py``.
"""

import base64

import segno
from django.conf import settings
from django.db import transaction
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from audiences import access
from audiences.models import Messenger
from audiences.security import audit

RECOVERY_DEVICE_NAME = "recovery codes"
RECOVERY_CODE_COUNT = 10
ENROLLED_ACTION = audit.TWO_FACTOR_ENROLLED
DISABLED_ACTION = audit.TWO_FACTOR_DISABLED
RESET_ACTION = audit.TWO_FACTOR_RESET
RECOVERY_ACTION = audit.TWO_FACTOR_RECOVERY_CODES


def enforced():
    """``KOPIR_2FA_REQUIRED``: on unless a deployment turns it off."""
    return getattr(settings, "KOPIR_2FA_REQUIRED", True)


def is_required(user):
    """Site administrators, organisation admins and everyone who may open the
    messenger roster's private fields (its rule: planners and admins)."""
    if not enforced() or not getattr(user, "is_authenticated", False):
        return False
    if access.is_site_admin(user):
        return True

    rule = access.rule_for(Messenger)
    roster = {*rule.roles_for(access.VIEW), *rule.roles_for(access.CHANGE)}
    return bool(access.organisation_ids(user, *access.ADMINS, *roster))


def has_device(user):
    return user_has_device(user, confirmed=True)


def totp_devices(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True)


def recovery_device(user):
    return StaticDevice.objects.filter(
        user=user, name=RECOVERY_DEVICE_NAME, confirmed=True
    ).first()


def recovery_codes_left(user):
    device = recovery_device(user)
    return device.token_set.count() if device else 0


def pending_device(user):
    """The unconfirmed TOTP device being enrolled (a new secret if none)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Kopir", confirmed=False)
    return device


def manual_key(device):
    """The secret as an authenticator app asks for it: base32 in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(device):

    return segno.make(device.config_url, error="m").svg_inline(
        scale=4, dark="#000", light="#fff", title=""
    )


@transaction.atomic
def new_recovery_codes(user):
    """Replace the user's recovery codes; return the new ones (shown once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(
        user=user, name=RECOVERY_DEVICE_NAME, confirmed=True
    )
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        [StaticToken(device=device, token=code) for code in codes]
    )
    return codes


@transaction.atomic
def confirm_enrolment(request, user, device):
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    codes = new_recovery_codes(user)
    audit.record(request, ENROLLED_ACTION, target=_real(user), actor=_real(user))
    return codes


@transaction.atomic
def remove_devices(request, user, *, by, action):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    audit.record(request, action, target=_real(user), actor=_real(by))


def _real(user):
    return audit.unwrap(user)


def log_failure(request, user, reason):
    """A failed or refused code: who, from where, why; never the code."""
    audit.record(request, audit.TWO_FACTOR_FAILED, target=_real(user), reason=reason)


# The demo's published secret (seed_demo, manage.py demo_totp): never a real one.
DEMO_TOTP_KEY = b"kopir-demo-2fa-only!".hex()


def seed_demo_device(user):
    """A TOTP device with the demo's published secret (seed_demo only)."""
    device, _created = TOTPDevice.objects.update_or_create(
        user=user,
        name="demo",
        defaults={"key": DEMO_TOTP_KEY, "confirmed": True},
    )
    return device
