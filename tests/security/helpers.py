"""People, sign-in posts and session surgery shared by the security tests."""

import re

from audiences.factories import make_organisation
from audiences.models import Membership, User

PASSWORD = "Tundra-lantern-58"
LOGIN_URL = "/admin/login/"


def person(username, organisation=None, *roles, superuser=False):
    user = User.objects.create_user(
        username=username,
        password=PASSWORD,
        email=f"{username}@example.org",
        first_name=username.title(),
        last_name="Tester",
        is_superuser=superuser,
        is_staff=superuser,
    )
    for role in roles:
        Membership.objects.create(organisation=organisation, user=user, role=role)
    return user


def two_organisations():
    return (
        make_organisation("alpha-irg", "Alpha IRG"),
        make_organisation("beta-ngo", "Beta NGO"),
    )


def sign_in(client, username, password, address="10.0.0.5", **headers):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def errors(response):
    """The error lines the sign-in page shows."""
    text = response.content.decode()
    return re.findall(r'<li class="error">(.*?)</li>', text, re.S)
