"""Activities on a calendar: month, week, list and day, with civic dates and campaigns.

Times are stored in UTC and laid out in the active time zone (the user's own in
the admin; Kazakhstan, UTC+5, by default). One query loads the activities of
the period, one the civic dates, one the campaigns, whatever their number.

Activities are loaded as plain values (``Entry``), not model objects, and repeats
are expanded only within the period shown: a month of a thousand activities is
laid out from tuples. A month cell shows its first ``MONTH_CELL_ITEMS`` entries
and links "+N more" to the day view, so the page does not grow with a busy day.
"""

import calendar as pycalendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from audiences.forms import planning_organisations
from audiences.models import Channel, TargetGroup, default_locale_taxonomy
from audiences.names import LocalizedModelChoiceField, key_name
from campaigns import recurrence
from campaigns.models import Activity, CampaignPlan, CivicDate
from content.models import NarrativeCountered

VIEWS = ("month", "week", "list", "day")
# Entries a month cell shows before "+N more" (a link to the day's view).
MONTH_CELL_ITEMS = 3


class CalendarFilterForm(forms.Form):
    view = forms.ChoiceField(
        choices=[
            ("month", _("Month")),
            ("week", _("Week")),
            ("list", _("List")),
            ("day", _("Day")),
        ],
        required=False,
        label=pgettext_lazy("calendar layout", "View"),
    )
    day = forms.DateField(required=False, label=_("Date"))
    organisation = LocalizedModelChoiceField(
        queryset=None, required=False, label=_("Organisation")
    )
    plan = forms.ModelChoiceField(queryset=None, required=False, label=_("Campaign"))
    channel = LocalizedModelChoiceField(
        queryset=Channel.objects.filter(default_locale_taxonomy()),
        required=False,
        label=_("Channel"),
    )
    target_group = LocalizedModelChoiceField(
        queryset=TargetGroup.objects.filter(default_locale_taxonomy()),
        required=False,
        label=_("Target group"),
    )
    narrative = LocalizedModelChoiceField(
        queryset=NarrativeCountered.objects.filter(default_locale_taxonomy()),
        required=False,
        label=_("Narrative countered"),
    )
    language = forms.ModelChoiceField(
        queryset=Locale.objects.all(), required=False, label=_("Language")
    )
    status = forms.ChoiceField(
        choices=[("", "---------"), *Activity.Status.choices],
        required=False,
        label=_("Status"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["organisation"].queryset = planning_organisations(user)
        self.fields["plan"].queryset = CampaignPlan.objects.for_user(user)
        self.fields["language"].label_from_instance = lambda loc: loc.get_display_name()


@dataclass(slots=True)
class Entry:
    """What the calendar shows of an activity: plain values, names localised."""

    pk: int
    title: str
    status: str
    status_label: str
    plan_title: str
    channel: str
    target_group: str


@dataclass(slots=True)
class Occurrence:
    activity: Entry
    at: datetime  # local time


@dataclass
class Day:
    date: date
    in_period: bool
    items: list = field(default_factory=list)
    civic: list = field(default_factory=list)
    campaigns: list = field(default_factory=list)
    limit: int | None = None  # entries shown in a month cell

    @property
    def is_today(self):
        return self.date == timezone.localdate()

    @property
    def shown(self):
        return self.items if self.limit is None else self.items[: self.limit]

    @property
    def more(self):
        return len(self.items) - len(self.shown)


def period(view, day):
    """The first and last day a view shows around ``day``."""
    if view == "day":
        return day, day
    if view == "week":
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=6)
    first = day.replace(day=1)
    last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
    if view == "month":
        first -= timedelta(days=first.weekday())
        last += timedelta(days=6 - last.weekday())
    return first, last


def filtered_activities(user, data):
    activities = Activity.objects.for_user(user)
    if data.get("organisation"):
        activities = activities.filter(plan__organisation=data["organisation"])
    if data.get("plan"):
        activities = activities.filter(plan=data["plan"])
    if data.get("channel"):
        activities = activities.filter(channel=data["channel"])
    if data.get("target_group"):
        activities = activities.filter(target_group=data["target_group"])
    if data.get("narrative"):
        activities = activities.filter(message__narrative=data["narrative"])
    if data.get("language"):
        language = data["language"]
        activities = activities.filter(
            Q(message__language=language) | Q(message=None, material__locale=language)
        )
    if data.get("status"):
        activities = activities.filter(status=data["status"])
    return activities


def entries(activities):
    """(Entry, starts_at, repeat, repeat_until) per activity, from one values query."""
    statuses = {value: str(label) for value, label in Activity.Status.choices}
    rows = activities.values_list(
        "pk",
        "title",
        "status",
        "plan__title",
        "channel__translation_key",
        "channel__name",
        "target_group__translation_key",
        "target_group__name",
        "starts_at",
        "repeat",
        "repeat_until",
    )
    names = {}  # one lookup per channel or group, not per activity

    def name(model, key, fallback):
        if (model, key) not in names:
            names[model, key] = key_name(model, key, fallback)
        return names[model, key]

    for pk, title, status, plan, c_key, c_name, g_key, g_name, *when in rows:
        entry = Entry(
            pk,
            title,
            status,
            statuses.get(status, status),
            plan,
            name(Channel, c_key, c_name),
            name(TargetGroup, g_key, g_name),
        )
        yield entry, *when


def build_calendar(user, data):
    view = data.get("view") or "month"
    anchor = data.get("day") or timezone.localdate()
    first, last = period(view, anchor)
    tz = timezone.get_current_timezone()
    start = datetime.combine(first, time.min, tzinfo=tz)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=tz)

    activities = filtered_activities(user, data).filter(
        Q(repeat="", starts_at__gte=start, starts_at__lt=end)
        | (~Q(repeat="") & Q(starts_at__lt=end, repeat_until__gte=first))
    )
    days = {}
    cursor = first
    limit = MONTH_CELL_ITEMS if view == "month" else None
    while cursor <= last:
        in_period = view != "month" or cursor.month == anchor.month
        days[cursor] = Day(cursor, in_period, limit=limit)
        cursor += timedelta(days=1)

    occurrences = []
    for entry, starts_at, repeat, repeat_until in entries(activities):
        for at in recurrence.occurrences(starts_at, repeat, repeat_until, start, end):
            local = timezone.localtime(at, tz)
            occurrence = Occurrence(entry, local)
            occurrences.append(occurrence)
            if local.date() in days:
                days[local.date()].items.append(occurrence)
    occurrences.sort(key=lambda o: (o.at, o.activity.pk))
    for day in days.values():
        day.items.sort(key=lambda o: (o.at, o.activity.pk))

    for civic in CivicDate.objects.filter(
        Q(yearly=True)
        | Q(starts_on__lte=last, ends_on__gte=first)
        | Q(starts_on__gte=first, starts_on__lte=last)
    ):
        for civic_day in civic.days_between(first, last):
            days[civic_day].civic.append(civic)

    plans = CampaignPlan.objects.for_user(user).filter(
        starts_on__lte=last, ends_on__gte=first
    )
    if data.get("plan"):
        plans = plans.filter(pk=data["plan"].pk)
    if data.get("organisation"):
        plans = plans.filter(organisation=data["organisation"])
    plans = list(plans.select_related("organisation"))
    for plan in plans:
        for day in days.values():
            if plan.starts_on <= day.date <= plan.ends_on:
                day.campaigns.append(plan)

    ordered = [days[d] for d in sorted(days)]
    step = {"week": timedelta(days=7), "day": timedelta(days=1)}.get(view)
    if step:
        previous, following = anchor - step, anchor + step
    else:
        month_start = anchor.replace(day=1)
        previous = (month_start - timedelta(days=1)).replace(day=1)
        following = (month_start + timedelta(days=32)).replace(day=1)
    return {
        "view": view,
        "anchor": anchor,
        "first": first,
        "last": last,
        "weeks": [ordered[i : i + 7] for i in range(0, len(ordered), 7)],
        "days": ordered,
        "occurrences": occurrences,
        "plans": plans,
        "previous": previous,
        "following": following,
        "timezone": timezone.get_current_timezone_name(),
    }
