"""A recognition lesson by keyboard, on a phone and without JavaScript.

Starts from ``seed_demo``'s data. A visitor opens ``/kk/learn/``, opens the first
lesson and answers its "spot the technique" exercise with Tab, Space and Enter
only: the feedback appears without a reload, takes the focus and sits in a live
region, and the option's counter (nothing else) goes up by one. On a phone the
same works with a reply exercise; without JavaScript the form posts and the
server shows the same feedback.
"""

import re

import pytest
from playwright.sync_api import expect

from content.models import AnswerCount, LessonPage
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
RIGHT = re.compile(r"Right\.|Дұрыс\.|Верно\.")


def tab_until(page, condition, limit, what):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    pytest.fail(f"{limit} Tab presses did not reach {what}; focus is on {focused}")


def test_lesson_exercise_by_keyboard_on_desktop_phone_and_without_js(
    live_server, new_page
):
    load_demo()
    base = live_server.url
    lesson = LessonPage.objects.get(slug="us-and-them", locale__language_code="kk")

    page = new_page()
    page.goto(f"{base}/kk/learn/")
    tab_until(page, "document.activeElement.matches('.lesson-card a')", 30, "a lesson")
    title = page.evaluate("document.activeElement.innerText")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("mark.technique").first).to_be_visible()

    tab_until(
        page,
        "document.activeElement.matches('#exercise-spot input[type=radio]')",
        60,
        "the first option",
    )
    page.keyboard.press("Space")
    expect(page.locator("#exercise-spot-0")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.locator("#exercise-spot button")).to_be_focused()
    page.keyboard.press("Enter")
    result = page.locator("#exercise-spot [data-result]")
    expect(result).to_be_focused()
    expect(result).to_have_attribute("aria-live", "polite")
    expect(result).to_contain_text(RIGHT)
    expect(result).to_contain_text("жалғыздық")
    expect(page).to_have_url(f"{base}/kk/learn/us-and-them/")
    page.wait_for_function("true")  # the count is sent in the background
    counted = lambda: AnswerCount.objects.filter(  # noqa: E731
        page=lesson, block_id="spot", option=0
    ).values_list("count", flat=True)
    for _ in range(50):
        if list(counted()) == [1]:
            break
        page.wait_for_timeout(100)
    assert list(counted()) == [1]

    # A phone, Russian: the reply exercise, a wrong answer chosen with the arrows.
    page = new_page(**PHONE)
    page.goto(f"{base}/ru/learn/us-and-them/")
    tab_until(
        page,
        "document.activeElement.matches('#exercise-reply input[type=radio]')",
        80,
        "a reply",
    )
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#exercise-reply-1")).to_be_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    result = page.locator("#exercise-reply [data-result]")
    expect(result).to_be_focused()
    expect(result).to_contain_text(re.compile(r"Not quite\.|Не совсем\."))
    box = page.locator("#exercise-reply button").bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"]

    # Without JavaScript: the form posts and the answer page shows the feedback.
    page = new_page(java_script_enabled=False)
    page.goto(f"{base}/en/learn/us-and-them/")
    page.locator("#exercise-spot-1").check()
    page.locator("#exercise-spot button").click()
    expect(page.locator(".verdict")).to_contain_text("Not quite.")
    expect(page.get_by_role("link", name="Back to the lesson")).to_be_visible()
