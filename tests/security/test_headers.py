"""Headers, the CSP report endpoint, e-mail links, the sitemap and rate limits."""

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.test import RequestFactory, override_settings
from wagtail.models import PageViewRestriction

from audiences.models import User
from audiences.security.client_ip import client_ip
from content.factories import build_site, make_material

pytestmark = pytest.mark.django_db

BASE = "https://kopir.example.kz"


@pytest.fixture
def site():
    return build_site()


@pytest.fixture
def material(site):
    return make_material(site["ru"][1], title="Семья прежде всего", slug="family")


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()
    }


# --- Content-Security-Policy and framing --------------------------------------------


def test_public_pages_have_the_strict_policy(client, site, material):
    for url in ("/ru/", "/ru/materials/", material.url):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["report-uri"] == ["/csp-report/"]
        assert response["X-Frame-Options"] == "DENY"


def test_admin_pages_have_the_admin_policy(client, site):
    response = client.get("/admin/login/")
    policy = directives(response)
    # The measured admin policy (see KOPIR_ADMIN_CSP): inline, never eval.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    admin = User.objects.create_superuser("sec-admin", "a@example.org", "x")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert directives(response)["connect-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


def test_preview_may_be_framed_by_the_admin_only(client, site, material):
    admin = User.objects.create_superuser("sec-admin", "a@example.org", "x")
    client.force_login(admin)
    response = client.get(f"/admin/pages/{material.pk}/edit/preview/")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]


# --- Cache-Control ------------------------------------------------------------------


@override_settings(PAGE_CACHE_SECONDS=300)
def test_public_pages_are_revalidated_each_time_with_an_etag(client, material):
    first = client.get(material.url)
    assert first["X-Kopir-Cache"] == "miss"
    # Browsers may keep the page but must ask before using it: the server's
    # page cache forgets a page the moment it is restricted, their copy can't.
    assert first["Cache-Control"] == "public, no-cache"
    assert first["ETag"]
    assert client.get(material.url)["X-Kopir-Cache"] == "hit"
    again = client.get(material.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    # Restricted now: the same question gets the login redirect, not a 304.
    PageViewRestriction.objects.create(
        page=material, restriction_type=PageViewRestriction.LOGIN
    )
    after = client.get(material.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 302


def test_admin_restricted_and_signed_in_pages_are_not_stored(client, site, material):
    assert client.get("/admin/login/")["Cache-Control"] == "private, no-store"
    restricted = make_material(site["ru"][1], title="Закрыто", slug="closed")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(restricted.url)
    assert response["Cache-Control"] == "private, no-store"
    client.force_login(User.objects.create_superuser("sec-admin", "a@e.org", "x"))
    assert client.get("/admin/")["Cache-Control"] == "private, no-store"
    assert client.get(material.url)["Cache-Control"] == "private, no-store"


# --- The report endpoint --------------------------------------------------------------


def test_csp_report_is_logged(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://kopir.example.kz/ru/",
            "violated-directive": "script-src-elem",
            "blocked-uri": "inline",
        }
    }
    with caplog.at_level(logging.WARNING, logger="kopir.security"):
        response = client.post(
            "/csp-report/", json.dumps(report), content_type="application/csp-report"
        )
    assert response.status_code == 204
    assert "script-src-elem blocked inline on https://kopir.example.kz/ru/" in (
        caplog.text
    )


def test_csp_report_refuses_bad_input(client):
    assert client.get("/csp-report/").status_code == 405
    assert (
        client.post("/csp-report/", "nope", content_type="application/json").status_code
        == 400
    )
    big = json.dumps({"csp-report": {"x": "a" * 20_000}})
    assert (
        client.post("/csp-report/", big, content_type="application/json").status_code
        == 413
    )


@override_settings(KOPIR_RATELIMIT_CSP_REPORT="2/m")
def test_csp_report_is_rate_limited(client):
    codes = [
        client.post("/csp-report/", "{}", content_type="application/json").status_code
        for _ in range(3)
    ]
    assert codes == [204, 204, 429]


# --- check --deploy -------------------------------------------------------------------

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "kopir.settings.production",
    "SECRET_KEY": "x" * 20 + "production-check-not-a-real-secret-key-0123456789",
    "ALLOWED_HOSTS": "kopir.example.kz",
    "BASE_URL": BASE,
    "EMAIL_URL": "submission://kopir:secret@smtp.example.kz:587",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def test_check_deploy_is_clean_with_production_settings():
    root = Path(__file__).resolve().parents[2]
    env = {"PATH": os.environ["PATH"], **PRODUCTION_ENV}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_email_url():
    root = Path(__file__).resolve().parents[2]
    env = {"PATH": os.environ["PATH"], **PRODUCTION_ENV}
    env.pop("EMAIL_URL")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "EMAIL_URL" in result.stderr


# --- E-mail and addresses from BASE_URL ---------------------------------------------


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_password_reset_link_uses_base_url_not_request_host(client, site):
    User.objects.create_user("reset-me", "reset@example.org", "old-password-123")
    response = client.post(
        "/admin/password_reset/",
        {"email": "reset@example.org"},
        HTTP_HOST="attacker.example.com",
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert f"{BASE}/admin/password_reset/confirm/" in body
    assert "attacker.example.com" not in body


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_sitemap_lists_every_language_with_base_url(client, site):
    ru = make_material(site["ru"][1], title="Семья", slug="family")
    make_material(site["kk"][1], title="Отбасы", slug="otbasy", translation_of=ru)
    make_material(site["en"][1], title="Family", slug="family-en", translation_of=ru)
    response = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert response.status_code == 200
    xml = response.content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    for language in ("kk", "ru", "en"):
        assert f"{BASE}/{language}/" in locations
        assert any(loc.startswith(f"{BASE}/{language}/materials/") for loc in locations)
    assert all(loc.startswith(BASE) for loc in locations)
    assert 'hreflang="kk"' in xml and 'hreflang="en"' in xml


def test_migrate_gives_the_default_site_the_base_url_address():
    from django.apps import apps
    from django.db.models.signals import post_migrate
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    with override_settings(WAGTAILADMIN_BASE_URL="https://kopir.example.kz"):
        post_migrate.send(
            sender=apps.get_app_config("content"),
            app_config=apps.get_app_config("content"),
            verbosity=0,
            interactive=False,
            using="default",
            apps=apps,
            plan=[],
        )
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("kopir.example.kz", 443)
    assert site.root_url == "https://kopir.example.kz"


def test_demo_and_tests_print_or_keep_mail():
    from django.conf import settings

    assert settings.EMAIL_BACKEND.endswith(
        ("locmem.EmailBackend", "console.EmailBackend")
    )


# --- Rate limits ---------------------------------------------------------------


@override_settings(KOPIR_RATELIMIT_QR="3/m")
def test_qr_redirect_answers_429_after_the_limit(client):
    codes = [client.get("/q/unknown1").status_code for _ in range(4)]
    assert codes == [404, 404, 404, 429]
    response = client.get("/q/unknown1", HTTP_ACCEPT_LANGUAGE="kk")
    assert response.status_code == 429
    assert 'lang="kk"' in response.content.decode()
    assert response["Retry-After"] == "60"


@override_settings(KOPIR_RATELIMIT_PRINT="2/m")
def test_print_request_answers_429_after_the_limit(client):
    url = "/print/material/999999/a5/"
    codes = [client.get(url).status_code for _ in range(3)]
    assert codes == [404, 404, 429]
    # Another client address has its own count.
    assert client.get(url, REMOTE_ADDR="10.0.0.9").status_code == 404


def test_client_ip_trusts_only_the_configured_proxies(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5"
    )
    settings.KOPIR_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.KOPIR_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.5"
    settings.KOPIR_TRUSTED_PROXY_COUNT = 3
    assert client_ip(request) == "10.0.0.1"
