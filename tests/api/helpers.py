"""Shared by the API tests: tokens, and every endpoint the schema lists."""

import json
import re

from audiences.models import ApiToken, Organisation
from kopir.api_docs import schema


def make_token(slug, *, read=True, write=True, name="Test tool"):
    token = ApiToken(
        organisation=Organisation.objects.get(slug=slug),
        name=name,
        can_read_activities=read,
        can_write_results=write,
    )
    secret = token.new_secret()
    token.save()
    return token, secret


def bearer(secret):
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def operations():
    """(path, method, needs_token) of every operation in the generated schema:
    the list is the code's, not one written for the test."""
    for path, methods in schema()["paths"].items():
        for method, operation in methods.items():
            needs_token = {} not in operation.get("security", [{}])
            yield path, method, needs_token


def fill(path, values):
    """``path`` with each ``{name}`` replaced from ``values``."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), path)


def body(response):
    return response.content.decode("utf-8")


def results(response):
    data = json.loads(response.content)
    return data["results"] if isinstance(data, dict) and "results" in data else data
