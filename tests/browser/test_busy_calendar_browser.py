"""A busy month and a long plan, from the demo's data, in a real Chromium.

Almaty's planner has the demo's campaign plan, whose activities a season of work
has grown: four more on the day of its first activity and sixty more over its
period (added as rows, as an import would: typing sixty forms is not what this
test is about). The planner opens the calendar from the menu, walks to that
month, finds the busy day cut to three entries and "+N more", follows the link
with the keyboard to the day's view, which lists every activity of the day, goes
back to the month, opens the plan from the calendar and pages through its
activities with the pagination links.
"""

import re
from datetime import datetime, time, timedelta

import pytest
from django.db.models import Count
from django.utils import timezone
from playwright.sync_api import expect

from audiences import access
from audiences.models import User
from campaigns.calendar import MONTH_CELL_ITEMS
from campaigns.models import Activity, CampaignPlan
from campaigns.plan_page import ACTIVITIES_PER_PAGE
from tests.browser.accessibility import check_accessibility
from tests.browser.helpers import sign_in
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"


def grow(plan):
    """Four more activities on the day of the plan's first, sixty over its period;
    returns that day."""
    first = plan.activities.order_by("starts_at", "pk").first()
    busy = timezone.localtime(first.starts_at).date()
    zone = timezone.get_current_timezone()
    rows = [
        Activity(
            plan=plan,
            title=f"Созвон с партнёрами {n + 1}",
            target_group=first.target_group,
            channel=first.channel,
            starts_at=datetime.combine(busy, time(8 + n), tzinfo=zone),
            status=Activity.Status.PLANNED,
        )
        for n in range(4)
    ]
    days = (plan.ends_on - plan.starts_on).days + 1
    rows += [
        Activity(
            plan=plan,
            title=f"Пост в соцсетях {n + 1}",
            target_group=first.target_group,
            channel=first.channel,
            starts_at=datetime.combine(
                plan.starts_on + timedelta(days=n % days), time(10), tzinfo=zone
            ),
            status=Activity.Status.IDEA,
        )
        for n in range(60)
    ]
    Activity.objects.bulk_create(rows)
    return busy


def test_planner_follows_more_on_a_busy_day_and_pages_through_the_plan(
    live_server, page
):
    load_demo()
    planner = User.objects.get(username="planner")
    plan = (
        access.visible(planner, CampaignPlan.objects.all())
        .annotate(n=Count("activities"))
        .filter(n__gt=0)
        .order_by("-n")
        .first()
    )
    busy = grow(plan)
    zone = timezone.get_current_timezone()
    start = datetime.combine(busy, time.min, tzinfo=zone)
    on_busy = [
        a
        for a in access.visible(planner, Activity.objects.all())
        if a.occurrences(start, start + timedelta(days=1))
    ]
    assert len(on_busy) > MONTH_CELL_ITEMS
    base = live_server.url

    sign_in(page, base, "planner", PASSWORD)
    page.get_by_role("link", name=re.compile("^(Calendar|Календарь)$")).click()
    expect(page).to_have_url(re.compile(r"/admin/planner/calendar/"))
    today = timezone.localdate()
    months = (busy.year - today.year) * 12 + busy.month - today.month
    arrow = "Later|Позже" if months > 0 else "Earlier|Раньше"
    for _ in range(abs(months)):
        page.get_by_role("link", name=re.compile(f"^({arrow})$")).click()
    cell = page.locator(f'td[data-date="{busy:%Y-%m-%d}"]:not(.kp-out)')
    expect(cell.locator("a.kp-item")).to_have_count(MONTH_CELL_ITEMS)
    more = cell.get_by_test_id("more")
    hidden = len(on_busy) - MONTH_CELL_ITEMS
    expect(more).to_contain_text(f"+{hidden}")
    check_accessibility(page, "busy month")

    more.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"view=day&day={busy:%Y-%m-%d}"))
    listing = page.get_by_test_id("calendar-list")
    for activity in on_busy:
        expect(listing.get_by_role("link", name=activity.title)).to_be_visible()
    check_accessibility(page, "day view")

    page.get_by_test_id("back-to-month").click()
    expect(cell.get_by_test_id("more")).to_be_visible()
    page.locator(".kp-links").get_by_role("link", name=plan.title).click()
    expect(page).to_have_url(re.compile(rf"/admin/planner/plan/{plan.pk}/"))

    total = plan.activities.count()
    table = page.get_by_test_id("plan-activities")
    expect(table.locator("tbody td a")).to_have_count(ACTIVITIES_PER_PAGE)
    expect(page.get_by_test_id("activity-count")).to_contain_text(str(total))
    nav = page.get_by_test_id("activity-pages")
    nav.get_by_role("link", name=re.compile("Next|Следующая|Далее")).click()
    expect(page).to_have_url(re.compile(r"\?p=2#activities$"))
    expect(nav.locator('[aria-current="page"]')).to_have_text("2")
    expect(table.locator("tbody td a")).to_have_count(
        min(ACTIVITIES_PER_PAGE, total - ACTIVITIES_PER_PAGE)
    )
    last = plan.activities.order_by("starts_at", "pk").last()
    pages = -(-total // ACTIVITIES_PER_PAGE)
    if pages > 2:
        nav.get_by_role("link", name=str(pages), exact=True).click()
    expect(table.get_by_role("link", name=last.title)).to_be_visible()
    check_accessibility(page, "plan page, last page of activities")
    page.goto("about:blank")
