"""An organisation admin makes an API token in a real Chromium, from
``seed_demo``'s data, gives it to a tool (a real HTTP call to the API), and
revokes it: the tool is refused from then on.
"""

import re

import pytest
from playwright.sync_api import expect

from audiences.models import ApiToken
from tests.browser.helpers import sign_in
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"
LISTING = "/admin/snippets/audiences/apitoken/"


def test_org_admin_makes_uses_and_revokes_a_token(live_server, page):
    load_demo()
    base = live_server.url
    # A Russian-speaking admin: the browser asks for Russian.
    page.set_extra_http_headers({"Accept-Language": "ru"})
    sign_in(page, base, "orgadmin", PASSWORD)

    page.goto(f"{base}{LISTING}")
    page.get_by_role("link", name=re.compile("Добавить")).first.click()
    page.get_by_role("textbox", name=re.compile("Название")).fill("Telegram-бот группы")
    page.get_by_role(
        "checkbox", name=re.compile("публиковать результаты", re.I)
    ).check()
    page.get_by_role("button", name=re.compile("Сохранить")).first.click()

    secret_box = page.locator("[data-api-token]")
    expect(secret_box).to_be_visible()
    secret = secret_box.input_value()
    assert secret.startswith("kopir_")
    expect(
        page.get_by_text("не сможет показать его снова", exact=False)
    ).to_be_visible()
    token = ApiToken.objects.get(name="Telegram-бот группы")
    assert token.organisation.slug == "almaty-city-irg"
    assert token.can_write_results and token.created_by.username == "orgadmin"
    assert secret not in (token.key_digest, token.prefix)

    # The tool calls the API over HTTP with it.
    answer = page.request.get(
        f"{base}/api/v1/org/activities/",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert answer.status == 200, answer.text()
    assert answer.json()["count"] > 0

    # The listing shows it (by name and first characters, never the secret).
    page.goto(f"{base}{LISTING}")
    expect(page.get_by_text(token.prefix)).to_be_visible()
    assert secret not in page.content()
    page.get_by_role("link", name="Telegram-бот группы").click()
    page.get_by_role("checkbox", name=re.compile("Отозвать")).check()
    page.get_by_role("button", name=re.compile("Сохранить")).first.click()
    expect(page.locator(".messages")).to_be_visible()
    token.refresh_from_db()
    assert token.revoked_at is not None

    refused = page.request.get(
        f"{base}/api/v1/org/activities/",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert refused.status == 401
