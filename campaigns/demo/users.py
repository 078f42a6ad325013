"""The demo's logins (``organisations.yaml``): the site administrator and one login
per role, their memberships and the demo's two-factor devices."""

import base64

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from audiences import two_factor
from audiences.models import Membership, Organisation, Role
from campaigns.demo.data import load

DEFAULT_PASSWORD = "kopir-demo-2026"

_LOGINS = load("organisations")
# (username, first name, last name, [(organisation slug, role)]), in print order.
DEMO_USERS = [
    (
        user["username"],
        user["first_name"],
        user["last_name"],
        [(row["organisation"], Role(row["role"])) for row in user["roles"]],
    )
    for user in _LOGINS["users"]
]
TWO_FACTOR_DEMO_USERS = tuple(_LOGINS["two_factor"])
DEMO_MANUAL_KEY = base64.b32encode(bytes.fromhex(two_factor.DEMO_TOTP_KEY)).decode()


def seed_users(password, organisations):
    """The site administrator and one login per role, with their memberships."""
    user_model = get_user_model()
    spec = _LOGINS["admin"]
    admin, _ = user_model.objects.get_or_create(username=spec["username"])
    admin.email = admin.email or f"{spec['username']}@example.org"
    admin.first_name, admin.last_name = spec["first_name"], spec["last_name"]
    admin.is_superuser = admin.is_staff = admin.is_active = True
    admin.set_password(password)
    admin.save()
    users = {admin.username: admin}
    for username, first, last, roles in DEMO_USERS:
        user, _ = user_model.objects.get_or_create(username=username)
        user.email = user.email or f"{username}@example.org"
        user.first_name, user.last_name = first, last
        user.is_active = True
        user.is_staff = user.is_superuser = False
        user.set_password(password)
        user.save()
        # Isolation rests on organisation groups only: no site-wide page rights.
        user.groups.remove(*Group.objects.filter(name__in=["Editors", "Moderators"]))
        for slug, role in roles:
            Membership.objects.get_or_create(
                organisation=organisations[slug], user=user, role=role
            )
        users[username] = user
    return users


def seed_two_factor(users):
    """The logins that must use two-factor sign-in get a device with the demo's
    published secret (``manage.py demo_totp <login>`` prints the code)."""
    for username in TWO_FACTOR_DEMO_USERS:
        two_factor.seed_demo_device(users[username])


def describe_roles(roles):
    """``editor — Almaty City …; reviewer — …``: a login's roles, for the report."""
    names = dict(Organisation.objects.values_list("slug", "name"))
    by_org = {}
    for slug, role in roles:
        by_org.setdefault(slug, []).append(Role(role).label.lower())
    return "; ".join(
        f"{' + '.join(labels)} — {names.get(slug, slug)}"
        for slug, labels in by_org.items()
    )
