"""When repeating things happen: the planner's one source of recurrences.

The calendar page, the plan document's timeline and the iCal feed all ask this
module, which is built on python-dateutil's ``rrule``, an implementation of RFC
5545's RRULE. The feed writes the same rule (``rule_parts``) that the calendar
expands (``rule``), so a calendar app shows the dates Kopir shows.

The rules, the same everywhere:

* Repeats are counted on the wall clock of the site's zone (``TIME_ZONE``,
  Asia/Almaty), where the campaigns run, not in the reader's zone: a weekly post
  at 19:00 stays at 19:00 in Almaty for everyone. The feed writes its events in
  that zone (with its VTIMEZONE), so calendar apps count the same way.
* "Repeats until" is a day in that zone: the last occurrence is the last one
  that starts on or before that day ends. In the feed this is UNTIL, the day's
  last second in UTC, as RFC 5545 asks when DTSTART names a zone.
* Monthly on the 29th, 30th or 31st skips the months that lack that day: every
  month on the 31st happens in January, March, May, July, August, October and
  December. This is RFC 5545's rule (a recurrence on a date that does not exist
  is ignored, §3.3.10), so the feed's plain ``FREQ=MONTHLY`` means it in every
  app that follows the standard, and Google Calendar's own "monthly on day 31"
  skips too. Moving to the month's last day instead would need ``BYSETPOS`` or
  extra dates in the feed, which apps do not all read. (Outlook stores an
  imported day 31 as its own monthly pattern, which falls on the last day of a
  short month: an Outlook reader may see those extra dates.)
* Yearly on 29 February (a civic date) happens in leap years only, by the same
  rule. Yearly civic dates repeat on their month and day whatever year was
  typed in; a date of several days keeps its length.
"""

import zoneinfo
from datetime import UTC, datetime, time, timedelta

from dateutil import rrule
from django.conf import settings

# Keyed by Activity.Repeat's values (models.py imports this module, so it cannot
# import the choices). Written as RRULE parts, so the feed and the calendar read
# one table: the feed verbatim, the calendar through dateutil's constants.
RULES = {
    "weekly": {"FREQ": "WEEKLY"},
    "fortnightly": {"FREQ": "WEEKLY", "INTERVAL": 2},
    "monthly": {"FREQ": "MONTHLY"},
}
FREQUENCIES = {name: number for number, name in enumerate(rrule.FREQNAMES)}


def home_zone():
    """The zone repeats are counted in: the site's, where the campaigns run."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def first_moment(starts_at):
    """The first occurrence on the home zone's wall clock (DTSTART)."""
    return starts_at.astimezone(home_zone())


def last_moment(repeat_until):
    """The last second of the last day, in the home zone: the rule's bound."""
    return datetime.combine(repeat_until, time(23, 59, 59), tzinfo=home_zone())


def rule_parts(repeat, repeat_until):
    """The RRULE of a repeat, as icalendar's ``vRecur`` takes it."""
    return {**RULES[repeat], "UNTIL": last_moment(repeat_until).astimezone(UTC)}


def rule(starts_at, repeat, repeat_until):
    """The dateutil rule of a repeating activity, from the same parts as the feed's."""
    parts = RULES[repeat]
    return rrule.rrule(
        FREQUENCIES[parts["FREQ"]],
        interval=parts.get("INTERVAL", 1),
        dtstart=first_moment(starts_at),
        until=last_moment(repeat_until),
    )


def occurrences(starts_at, repeat, repeat_until, start, end):
    """The moments within [start, end) an activity starting at ``starts_at`` happens.

    ``start`` and ``end`` are aware and may be in any zone; the moments are in the
    home zone (a one-off activity's is as stored), for the caller to localise.
    """
    if not repeat:
        return [starts_at] if start <= starts_at < end else []
    moments = rule(starts_at, repeat, repeat_until).between(start, end, inc=True)
    return [moment for moment in moments if moment < end]


def civic_days(starts_on, ends_on, yearly, first, last):
    """The days within [first, last] a civic date covers.

    A yearly date starts every year on its month and day, from the year before
    ``first`` so that a holiday running over New Year's Eve shows in January.
    """
    length = ((ends_on or starts_on) - starts_on).days
    if yearly:
        starts = [
            moment.date()
            for moment in rrule.rrule(
                rrule.YEARLY,
                bymonth=starts_on.month,
                bymonthday=starts_on.day,
                dtstart=datetime(first.year - 1, 1, 1),
                until=datetime(last.year, 12, 31),
            )
        ]
    else:
        starts = [starts_on]
    days = []
    for start in starts:
        for offset in range(length + 1):
            day = start + timedelta(days=offset)
            if first <= day <= last:
                days.append(day)
    return days
