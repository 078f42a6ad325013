"""The planner's path in a real Chromium: a plan, a message, an activity, the calendar.

A planner creates a plan for one target group, sees the plan check name the
group's missing message, writes that message (with a channel and a messenger),
sees the gap go, schedules an activity that uses a library material and finds it
in its day of the month calendar.

Selectors use field ids and data attributes, never labels: the admin speaks
Russian or English depending on the user.
"""

import calendar
import re
from datetime import date

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from audiences.factories import make_channel, make_target_group
from audiences.models import Messenger, Role
from campaigns.models import Activity, CampaignPlan
from content.factories import build_site, make_material
from tests.browser.helpers import sign_in
from tests.review.helpers import PASSWORD, organisations, person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GROUP = "Сельская молодёжь"
PLAN = "Доверие в сельских школах"
HEADLINE = "Спроси у того, кто знает"
ACTIVITY = "Встреча в школе Талдыкоргана"
MATERIAL = "Разговор с сельской молодёжью"


def open_tab_with(page, selector):
    """Select the tab of a tabbed edit form whose panel holds ``selector``."""
    panel = page.locator("section[role=tabpanel]").filter(has=page.locator(selector))
    page.click(f'a[role=tab][href="#{panel.get_attribute("id")}"]')
    expect(panel).to_be_visible()


def choose_snippet(page, field_id, pk):
    """Pick the row ``pk`` for the field ``field_id``: a select or a chooser modal.

    In the modal by its link, not its label: each taxonomy row exists once per
    language, and the modal lists them all.
    """
    field = page.locator(f"#{field_id}")
    if field.evaluate("element => element.tagName") == "SELECT":
        field.select_option(str(pk))
        return
    page.locator(f"#{field_id}-chooser [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    modal.locator(f"a[data-chooser-modal-choice][href$='/chosen/{pk}/']").click()
    expect(modal).to_be_hidden()
    expect(page.locator(f"#{field_id}")).to_have_value(str(pk))


def save(page):
    """Submit the form with its main button; fail with the form's errors if any."""
    page.locator("button.action-save").click()
    outcome = page.locator(".messages .success, .messages .error").first
    expect(outcome).to_be_visible()
    errors = page.locator(".messages .error, .error-message").all_inner_texts()
    assert not errors, f"The form was refused: {errors}"


def plan_check(page, base, plan_pk):
    """The plan page's check section, and its list of gaps."""
    page.goto(f"{base}/admin/planner/plan/{plan_pk}/")
    check = page.locator("#check")
    expect(check).to_be_visible()
    return check, check.get_by_test_id("gaps").locator("li")


@pytest.fixture
def planner_world(live_server):
    site = build_site()
    alpha, _beta = organisations()
    person("planner-a", alpha, Role.PLANNER)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    group = make_target_group("rural-youth", GROUP)["ru"]
    group.languages.set([locales["kk"], locales["ru"]])
    group.save()  # a parental many-to-many is stored on save
    channel = make_channel("school-meetings", "Встречи в школах")["ru"]
    messenger = Messenger.objects.create(
        organisation=alpha,
        public_name="Айгуль Сериковна",
        kind=Messenger.Kind.TEACHER,
        consent=Messenger.Consent.WRITTEN,
        consent_date=timezone.localdate(),
    )
    material = make_material(
        site["ru"][1], organisation=alpha, title=MATERIAL, target_groups=[group]
    )
    return {
        "base": live_server.url,
        "organisation": alpha,
        "ru": locales["ru"],
        "group": group,
        "channel": channel,
        "messenger": messenger,
        "material": material,
    }


def test_planner_closes_a_gap_and_finds_the_activity_on_the_calendar(
    page, planner_world
):
    world = planner_world
    base = world["base"]
    group, channel, messenger = world["group"], world["channel"], world["messenger"]
    today = timezone.localdate()
    first = today.replace(day=1)
    last = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    day = date(today.year, today.month, 15)

    sign_in(page, base, "planner-a", PASSWORD)

    # 1. A new plan for one target group, this month, saved as a draft.
    page.goto(f"{base}/admin/snippets/campaigns/campaignplan/add/")
    page.fill("#id_title", PLAN)
    # The planner's only organisation is chosen already.
    expect(page.locator("#id_organisation")).to_have_value(
        str(world["organisation"].pk)
    )
    page.fill("#id_starts_on", first.isoformat())
    page.fill("#id_ends_on", last.isoformat())
    page.keyboard.press("Escape")
    open_tab_with(page, "#id_audiences-ADD")
    page.click("#id_audiences-ADD")
    choose_snippet(page, "id_audiences-0-target_group", group.pk)
    save(page)
    expect(page).to_have_url(re.compile(r"/campaignplan/edit/\d+/"))
    plan = CampaignPlan.objects.get(title=PLAN)
    assert plan.organisation == world["organisation"]
    assert (plan.starts_on, plan.ends_on) == (first, last)
    assert not plan.live
    assert [a.target_group for a in plan.audiences.all()] == [group]

    # 2. The plan check names the group that has no message.
    check, gaps = plan_check(page, base, plan.pk)
    expect(gaps.filter(has_text=GROUP)).to_have_count(1)
    expect(check.locator("li[data-section=audience]")).to_contain_text(GROUP)
    gaps_before = gaps.count()

    # 3. A message for the group, with a channel and a messenger, closes that gap.
    page.goto(f"{base}/admin/snippets/campaigns/campaignplan/edit/{plan.pk}/")
    open_tab_with(page, "#id_messages-ADD")
    page.click("#id_messages-ADD")
    page.fill("#id_messages-0-headline", HEADLINE)
    page.select_option("#id_messages-0-language", str(world["ru"].pk))
    choose_snippet(page, "id_messages-0-target_group", group.pk)
    page.fill("#id_messages-0-text", "Приходите с вопросами: вам ответит учитель.")
    page.check(f"input[name=messages-0-channels][value='{channel.pk}']")
    page.check(f"input[name=messages-0-messengers][value='{messenger.pk}']")
    save(page)
    message = plan.messages.get()
    assert message.target_group == group
    assert list(message.channels.all()) == [channel]
    assert list(message.messengers.all()) == [messenger]

    check, gaps = plan_check(page, base, plan.pk)
    # Exactly one gap fewer: the message brings no gap of its own (no channel, no
    # messenger, no consent), and the rest of the check still runs.
    expect(gaps).to_have_count(gaps_before - 1)
    expect(gaps.filter(has_text=GROUP)).to_have_count(0)
    expect(check.locator("li[data-section=audience]")).to_have_count(0)
    expect(check.locator("li[data-section=messages]")).to_have_count(0)

    # 4. An activity of the plan, with a material chosen from the library.
    page.goto(f"{base}/admin/snippets/campaigns/activity/add/?plan={plan.pk}")
    expect(page.locator("#id_plan")).to_have_value(str(plan.pk))
    page.fill("#id_title", ACTIVITY)
    page.select_option("#id_message", str(message.pk))
    choose_snippet(page, "id_target_group", group.pk)
    choose_snippet(page, "id_channel", channel.pk)
    page.select_option("#id_messenger", str(messenger.pk))
    page.locator("#id_material-chooser [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    modal.locator("input[name=q]").fill("Разговор")
    modal.locator(
        f"a.choose-page[data-id='{world['material'].pk}']", has_text=MATERIAL
    ).click()
    expect(modal).to_be_hidden()
    expect(page.locator("#id_material-chooser [data-chooser-title]")).to_have_text(
        MATERIAL
    )
    page.fill("#id_starts_at", f"{day.isoformat()} 10:30")
    page.keyboard.press("Escape")
    save(page)
    activity = Activity.objects.get(title=ACTIVITY)
    assert activity.plan == plan
    assert activity.material_id == world["material"].pk
    assert timezone.localtime(activity.starts_at).date() == day

    # No gap about the activity: it has a material, in a language the group reads.
    check, gaps = plan_check(page, base, plan.pk)
    expect(gaps).to_have_count(gaps_before - 1)
    expect(check.locator("li[data-section=activities]")).to_have_count(0)
    expect(gaps.filter(has_text=ACTIVITY)).to_have_count(0)
    row = page.locator("#activities tbody tr", has_text=ACTIVITY)
    expect(row).to_contain_text(f"{MATERIAL} (ru)")

    # 5. The activity is on the month calendar, once, in its own day.
    page.goto(f"{base}/admin/planner/calendar/?view=month&day={day.isoformat()}")
    grid = page.get_by_test_id("calendar-grid")
    expect(grid).to_be_visible()
    item = grid.locator(f"td[data-date='{day.isoformat()}'] a.kp-item")
    expect(item).to_have_count(1)
    expect(item).to_have_text(f"10:30 {ACTIVITY}")
    expect(grid.locator("a.kp-item")).to_have_count(1)
    item.scroll_into_view_if_needed()
    page.screenshot(path="/tmp/planner-browser.png")
    item.click()
    expect(page).to_have_url(re.compile(rf"/activity/edit/{activity.pk}/$"))
    expect(page.locator("#id_title")).to_have_value(ACTIVITY)
    # Stop the admin's background requests before the database is flushed.
    page.goto("about:blank")
