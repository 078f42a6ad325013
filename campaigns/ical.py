"""The iCalendar (RFC 5545) feed of activities, written with the icalendar library.

Each activity is one event in the site's zone, which the feed defines in a
VTIMEZONE built from zoneinfo; a repeating one carries the RRULE that
``campaigns.recurrence`` expands for Kopir's own calendar, so a calendar app
shows the same dates. The description names the campaign, channel, target group,
status, the messenger's public label and the material; never contact details or
internal notes.
"""

import zoneinfo
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vRecur

from campaigns import recurrence
from campaigns.models import Activity

# An activity has a start only; an hour makes it a block in a day view.
DURATION = timedelta(hours=1)


def zone_of(user):
    """The feed owner's time zone: their account setting, else the site's."""
    profile = getattr(user, "wagtail_userprofile", None)
    name = getattr(profile, "current_time_zone", "") or settings.TIME_ZONE
    return zoneinfo.ZoneInfo(name)


def description(activity):
    """Public fields only: the messenger by their public label, no note."""
    details = [
        activity.plan.title,
        activity.channel.localized_name,
        activity.target_group.localized_name,
        activity.get_status_display(),
    ]
    if activity.messenger_id:
        details.append(activity.messenger.public_label)
    if activity.material_id:
        details.append(activity.material.title)
    return "\n".join(str(detail) for detail in details)


def activity_event(activity, host, stamp):
    start = recurrence.first_moment(activity.starts_at)
    event = Event()
    event.add("uid", f"kopir-activity-{activity.pk}@{host}")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + DURATION)
    event.add("summary", activity.title)
    event.add("description", description(activity))
    event.add("categories", [str(activity.channel.localized_name)])
    if activity.repeat:
        parts = recurrence.rule_parts(activity.repeat, activity.repeat_until)
        event.add("rrule", vRecur(parts))
    if activity.status == Activity.Status.CANCELLED:
        event.add("status", "CANCELLED")
    return event


def zone_definition(zone, activities):
    """The VTIMEZONE of ``zone`` over the days the activities span.

    Built from zoneinfo, so it carries the zone's real offsets (Almaty moved from
    UTC+6 to UTC+5 in 2024) for every moment in the feed, and no more history.
    """
    days = []
    for activity in activities:
        days.append(recurrence.first_moment(activity.starts_at).date())
        if activity.repeat:
            days.append(activity.repeat_until)
    first = min(days, default=timezone.localdate(timezone=zone))
    last = max(days, default=first)
    definition = Timezone.from_tzinfo(
        zone, tzid=zone.key, first_date=first, last_date=last + timedelta(days=1)
    )
    # icalendar notes the span in English ("only works from ... to ..."); every
    # moment of the feed lies within it, so the note would only puzzle a reader.
    definition.pop("COMMENT", None)
    return definition


def activities_ical(activities, request=None, zone=None):
    """The feed as text. Events are in the site's zone, the one repeats are
    counted in; ``zone`` (the owner's, else the site's) is the calendar's
    display hint, X-WR-TIMEZONE."""
    host = request.get_host() if request else "kopir"
    stamp = timezone.now()
    home = recurrence.home_zone()
    activities = list(activities)
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Kopir//Campaign planner//EN")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Kopir")
    calendar.add("x-wr-timezone", (zone or home).key)
    calendar.add_component(zone_definition(home, activities))
    for activity in activities:
        calendar.add_component(activity_event(activity, host, stamp))
    return calendar.to_ical().decode()
