"""An iCalendar (RFC 5545) feed of activities, written by hand: no private field.

Each activity is one event; repeating ones carry an RRULE. The description names
the campaign, channel, target group, the messenger's public label and the
material; never contact details or internal notes.
"""

import zoneinfo
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.utils import timezone

from campaigns.models import Activity

RRULES = {
    Activity.Repeat.WEEKLY: "FREQ=WEEKLY",
    Activity.Repeat.FORTNIGHTLY: "FREQ=WEEKLY;INTERVAL=2",
    Activity.Repeat.MONTHLY: "FREQ=MONTHLY",
}


def escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line):
    """Lines of at most 75 octets, continued with a space (RFC 5545 §3.1)."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += encoded
    parts.append(current.decode())
    return "\r\n ".join(parts)


def stamp(moment):
    return timezone.localtime(moment, UTC).strftime("%Y%m%dT%H%M%SZ")


def zone_of(user):
    """The feed owner's time zone: their account setting, else the site's."""
    profile = getattr(user, "wagtail_userprofile", None)
    name = getattr(profile, "current_time_zone", "") or settings.TIME_ZONE
    return zoneinfo.ZoneInfo(name)


def fixed_offset(zone):
    """The zone's UTC offset if it has no summer time (Kazakhstan's), else None."""
    year = timezone.now().year
    offsets = {datetime(year, month, 1, tzinfo=zone).utcoffset() for month in (1, 7)}
    return offsets.pop() if len(offsets) == 1 else None


def _offset(delta):
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def activities_ical(activities, request=None, zone=None):
    """The feed; times in ``zone`` (named, with its VTIMEZONE) when it has a
    fixed offset, else in UTC, which every calendar converts."""
    host = request.get_host() if request else "kopir"
    now = stamp(timezone.now())
    zone = zone or zoneinfo.ZoneInfo(settings.TIME_ZONE)
    offset = fixed_offset(zone)

    def moment(name, value):
        if offset is None:
            return f"{name}:{stamp(value)}"
        local = timezone.localtime(value, zone).strftime("%Y%m%dT%H%M%S")
        return f"{name};TZID={zone.key}:{local}"

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kopir//Campaign planner//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Kopir",
        f"X-WR-TIMEZONE:{zone.key}",
    ]
    if offset is not None:
        lines += [
            "BEGIN:VTIMEZONE",
            f"TZID:{zone.key}",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{_offset(offset)}",
            f"TZOFFSETTO:{_offset(offset)}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    for activity in activities:
        details = [
            activity.plan.title,
            activity.channel.localized_name,
            activity.target_group.localized_name,
            activity.get_status_display(),
        ]
        if activity.messenger_id:
            details.append(str(activity.messenger.public_label))
        if activity.material_id:
            details.append(activity.material.title)
        lines += [
            "BEGIN:VEVENT",
            f"UID:kopir-activity-{activity.pk}@{host}",
            f"DTSTAMP:{now}",
            moment("DTSTART", activity.starts_at),
            moment("DTEND", activity.starts_at + timedelta(hours=1)),
            f"SUMMARY:{escape(activity.title)}",
            f"DESCRIPTION:{escape(chr(10).join(str(d) for d in details))}",
            f"CATEGORIES:{escape(activity.channel.localized_name)}",
        ]
        if activity.repeat:
            until = activity.repeat_until.strftime("%Y%m%d") + "T235959Z"
            lines.append(f"RRULE:{RRULES[activity.repeat]};UNTIL={until}")
        if activity.status == Activity.Status.CANCELLED:
            lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
