"""The OpenAPI schema: generated from the code, compared with the committed copy
(a change to the API is a visible diff), free of private fields, and honoured by
every endpoint under schemathesis's generated requests."""

from pathlib import Path

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kopir.api_docs import schema, schema_yaml
from tests.api.helpers import make_token
from tests.demo import load_demo

SNAPSHOT = Path(__file__).with_name("openapi.yaml")

# Fields that belong to an organisation's own screens: never in the API.
PRIVATE_FIELDS = {
    "notes",
    "internal_notes",
    "sentiment",
    "email",
    "messenger_handle",
    "consent",
    "consent_date",
    "safety_risk",
    "profile",
    "cost",
    "owner",
    "key_digest",
    "sensitivities",
    "verified_by",
}


def test_schema_matches_the_committed_snapshot():
    assert SNAPSHOT.read_text(encoding="utf-8") == schema_yaml(), (
        "The API changed: run `make api-schema` and commit tests/api/openapi.yaml "
        "with the change."
    )


def _properties(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                found.update(value)
            _properties(value, found)
    elif isinstance(node, list):
        for item in node:
            _properties(item, found)
    return found


def test_no_private_field_is_in_the_schema():
    names = set(_properties(schema(), {}))
    assert names, "the schema describes no fields"
    assert not names & PRIVATE_FIELDS
    # A phone is public on a help point only (a helpline), never a messenger's.
    components = schema()["components"]["schemas"]
    with_phone = {
        n for n, c in components.items() if "phone" in c.get("properties", {})
    }
    assert with_phone == {"HelpPoint"}


@pytest.mark.django_db
def test_api_follows_its_schema(settings):
    """Every operation of the schema, with requests schemathesis generates from
    it, on the demo's data: no server error, and every answer (status, type,
    body) is one the schema describes. (schemathesis's own pytest plugin does
    not run under pytest 9, so the operations are walked here.)"""
    from django.core.wsgi import get_wsgi_application

    load_demo()
    cache.clear()
    settings.API_THROTTLE_ANON = settings.API_THROTTLE_TOKEN = "100000/min"
    _token, secret = make_token("almaty-city-irg", name="schemathesis")
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    walked = []
    # The WSGI handler closes the connection after each request, as a server
    # must; the test's transaction needs it open (Django's test client does
    # the same).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        loaded = schemathesis.openapi.from_wsgi(
            "/api/v1/schema/?format=json", get_wsgi_application()
        )
        for result in loaded.get_all_operations():
            operation = result.ok()
            headers = {}
            if operation.path.startswith("/api/v1/org/"):
                headers["Authorization"] = f"Bearer {secret}"
            _examples(operation, headers, checks)()
            walked.append(f"{operation.method.upper()} {operation.path}")
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert len(walked) == sum(len(methods) for methods in schema()["paths"].values())


def _examples(operation, headers, checks):
    @given(case=operation.as_strategy())
    @hypothesis_settings(
        max_examples=10,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case):
        case.call_and_validate(headers=headers, checks=checks)

    return run
