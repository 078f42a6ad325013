"""The reply helper in a real Chromium: a planner opens a result of their
activity, asks the helper (by keyboard) for the replies to the activity's
narrative, records the reply types used and how the exchange went, and finds
the constructive exchange counted on the plan page.

Selectors use field ids and data attributes, never labels."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from campaigns.models import ResultEntry
from tests.browser.helpers import sign_in
from tests.campaigns.helpers import PASSWORD, World
from tests.content.test_reply_playbooks import make_playbook, reply_type

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_planner_uses_the_reply_helper_and_records_replies(live_server, page):
    w = World()
    empathy = reply_type("empathy", order=1)
    question = reply_type("ask-a-question", order=2)
    make_playbook(
        w,
        w.alpha,
        "ru",
        title="Как отвечать на деление",
        types=[question, empathy],
        samples=["(Пример) В вашей семье все думают одинаково?"],
        live=True,
    )
    make_playbook(
        w, w.alpha, "ru", title="Черновик не виден", types=[empathy], live=False
    )
    # The helper answers in the reader's admin language.
    profile = UserProfile.get_for_user(w.planner_a)
    profile.preferred_language = "ru"
    profile.save()
    plan = w.complete_plan()
    result = ResultEntry.objects.create(
        activity=plan.activities.get(), date=date(2026, 11, 12), reach=100
    )
    base = live_server.url
    sign_in(page, base, "planner_a", PASSWORD)

    page.goto(f"{base}/admin/snippets/campaigns/resultentry/edit/{result.pk}/")
    helper = page.locator("[data-kopir-reply-helper]")
    expect(helper).to_be_visible()
    # Prefilled from the activity: its message's narrative and its channel.
    expect(helper.locator("[data-reply-narrative]")).to_have_value(str(w.narrative.pk))
    expect(helper.locator("[data-reply-channel]")).to_have_value(str(w.youtube.pk))
    button = helper.locator("[data-reply-show]")
    button.focus()
    page.keyboard.press("Enter")
    answer = helper.locator("[data-reply-result]")
    expect(answer).to_contain_text("Как отвечать на деление")
    expect(answer).to_contain_text("В вашей семье все думают одинаково?")
    expect(answer).not_to_contain_text("Черновик не виден")
    expect(answer.locator("[data-reply-type]").first).to_have_attribute(
        "data-reply-type", "ask-a-question"
    )

    page.check(f"input[name=reply_types][value='{empathy['ru'].pk}']")
    page.check("input[name=tone][value=constructive]")
    page.locator("button.action-save").click()
    expect(page.locator(".messages .success").first).to_be_visible()
    result.refresh_from_db()
    assert result.tone == "constructive"
    assert list(result.reply_types.all()) == [empathy["ru"]]

    page.goto(f"{base}/admin/planner/plan/{plan.pk}/")
    expect(page.get_by_test_id("constructive-exchanges")).to_contain_text(
        re.compile(r"1\D+1")
    )
