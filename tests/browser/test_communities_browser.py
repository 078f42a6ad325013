"""An editor ticks a community on a demo material; once the reviewer approves
it, the dashboard's communities table no longer lists that language as missing.

Starts from ``seed_demo``, where no material shows the Dungans (on purpose).
"""

import re

import pytest
from playwright.sync_api import expect

from audiences.models import Community
from content.models import MaterialPage
from tests.browser.accessibility import check_accessibility
from tests.browser.helpers import approve_from_edit_page, sign_in, submit_for_review
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"


def dungans_row(page):
    # The admin may be in Russian or English, as the user chose.
    return page.locator(
        ".kopir-community-coverage tbody tr", has_text=re.compile("Дунгане|Dungans")
    )


def test_a_ticked_community_shows_as_covered_once_published(live_server, page):
    load_demo()
    dungans = Community.objects.get(slug="dungans", locale__language_code="ru")
    material = (
        MaterialPage.objects.live()
        .filter(origin_organisation__slug="almaty-city-irg", locale__language_code="ru")
        .exclude(communities__slug="dungans")
        .first()
    )
    base = live_server.url

    sign_in(page, base, "editor", PASSWORD)
    expect(dungans_row(page)).to_contain_text("kk ru en")
    check_accessibility(page, "dashboard with the communities table")
    page.goto(f"{base}/admin/pages/{material.pk}/edit/")
    box = page.locator(f"input[name=communities][value='{dungans.pk}']")
    box.check()
    submit_for_review(page)
    assert dungans not in MaterialPage.objects.get(pk=material.pk).communities.all()
    page.context.clear_cookies()

    sign_in(page, base, "reviewer", PASSWORD)
    # Submitted, not published: still missing.
    expect(dungans_row(page)).to_contain_text("kk ru en")
    page.goto(f"{base}/admin/pages/{material.pk}/edit/")
    approve_from_edit_page(page, refuse_once=False)
    assert dungans in MaterialPage.objects.get(pk=material.pk).communities.all()

    page.goto(f"{base}/admin/")
    row = dungans_row(page)
    expect(row).to_contain_text(re.compile(r"kk\s+en"))
    expect(row).not_to_contain_text("ru")
    page.goto("about:blank")
