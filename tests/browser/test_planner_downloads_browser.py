"""Journey 4, from the demo's data: a planner takes the activities away.

Almaty's planner opens the calendar from the menu, creates their calendar
address, downloads the feed as a file, then downloads the activities as a
spreadsheet from the activities list's export menu. Both files are read back:
every moment is the Almaty wall-clock time of the activity, and each file says
which zone it is in (TZID in the feed, the heading of the spreadsheet).

Fails on the code before issue 12: the feed wrote every time in UTC (five
hours early for Kazakhstan) and the spreadsheet wrote UTC without saying so.
"""

import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest
from playwright.sync_api import expect

from audiences import access
from audiences.models import User
from campaigns.models import Activity
from tests.browser.helpers import sign_in
from tests.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kopir-demo-2026"
ALMATY = ZoneInfo("Asia/Almaty")


def downloaded(page, control, tmp_path):
    with page.expect_download() as caught:
        control.click()
    path = tmp_path / caught.value.suggested_filename
    caught.value.save_as(path)
    return path


def test_planner_downloads_the_feed_and_the_spreadsheet_in_almaty_time(
    live_server, page, tmp_path
):
    load_demo()
    planner = User.objects.get(username="planner")
    activities = access.visible(planner, Activity.objects.exclude(starts_at=None))
    assert activities.exists()
    expected = {
        a.title: a.starts_at.astimezone(ALMATY).replace(tzinfo=None) for a in activities
    }
    base = live_server.url

    sign_in(page, base, "planner", PASSWORD)
    page.get_by_role("link", name=re.compile("^(Calendar|Календарь)$")).click()
    expect(page).to_have_url(re.compile(r"/admin/planner/calendar/"))
    page.get_by_role(
        "button", name=re.compile("Create my calendar address|Создать", re.I)
    ).click()
    message = page.locator(".messages .success")
    expect(message).to_contain_text(re.compile("ready|готов", re.I))
    expect(message).not_to_contain_text(re.compile("no longer|больше не", re.I))
    address = page.get_by_label(re.compile("secret calendar address|адрес", re.I))
    expect(address).to_have_value(re.compile(r"/calendar/[\w-]+\.ics$"))

    # The feed, downloaded as a file and read by a calendar parser.
    feed = downloaded(
        page,
        page.get_by_role("link", name=re.compile(r"\.ics", re.I)),
        tmp_path,
    )
    calendar = icalendar.Calendar.from_ical(feed.read_bytes())
    zones = [c["TZID"] for c in calendar.walk("VTIMEZONE")]
    assert zones == ["Asia/Almaty"]
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == set(expected)
    for title, local in expected.items():
        start = events[title]["DTSTART"]
        assert start.params["TZID"] == "Asia/Almaty"
        assert start.dt.replace(tzinfo=None) == local, title

    # The spreadsheet, from the activities list's export menu.
    page.goto(f"{base}/admin/")
    page.get_by_role("button", name=re.compile("^(Campaigns|Кампании)$")).click()
    page.get_by_role("link", name=re.compile("^(Activities|Мероприятия)$")).click()
    expect(page).to_have_url(re.compile(r"/admin/snippets/campaigns/activity/"))
    page.get_by_role("navigation", name=re.compile("^(Actions|Действия)$")).get_by_role(
        "button"
    ).click()
    sheet_file = downloaded(
        page, page.get_by_role("link", name=re.compile("XLSX", re.I)), tmp_path
    )
    sheet = openpyxl.load_workbook(io.BytesIO(sheet_file.read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    heading = [str(h) for h in rows[0]]
    start_column = next(i for i, h in enumerate(heading) if "(Asia/Almaty)" in h)
    title_column = next(
        i for i, h in enumerate(heading) if re.match("Title|Название", h)
    )
    read = {row[title_column]: row[start_column] for row in rows[1:]}
    assert set(read) == set(expected)
    for title, local in expected.items():
        assert isinstance(read[title], datetime)
        assert read[title] == local, title
