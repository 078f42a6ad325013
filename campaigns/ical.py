"""An iCalendar (RFC 5545) feed of activities, written by hand: no private field.

Each activity is one event; repeating ones carry an RRULE. The description names
the campaign, channel, target group, the messenger's public label and the
material; never contact details or internal notes.
"""

from datetime import UTC, timedelta

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


def activities_ical(activities, request=None):
    host = request.get_host() if request else "kopir"
    now = stamp(timezone.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kopir//Campaign planner//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Kopir",
        f"X-WR-TIMEZONE:{settings.TIME_ZONE}",
    ]
    for activity in activities:
        details = [
            activity.plan.title,
            activity.channel.name,
            activity.target_group.name,
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
            f"DTSTART:{stamp(activity.starts_at)}",
            f"DTEND:{stamp(activity.starts_at + timedelta(hours=1))}",
            f"SUMMARY:{escape(activity.title)}",
            f"DESCRIPTION:{escape(chr(10).join(str(d) for d in details))}",
            f"CATEGORIES:{escape(activity.channel.name)}",
        ]
        if activity.repeat:
            until = activity.repeat_until.strftime("%Y%m%d") + "T235959Z"
            lines.append(f"RRULE:{RRULES[activity.repeat]};UNTIL={until}")
        if activity.status == Activity.Status.CANCELLED:
            lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
