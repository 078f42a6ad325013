"""Activities on a calendar: month, week and list, with civic dates and campaigns.

Times are stored in UTC and laid out in the active time zone (the user's own in
the admin; Kazakhstan, UTC+5, by default). One query loads the activities of
the period, one the civic dates, one the campaigns, whatever their number.
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
from audiences.names import LocalizedModelChoiceField
from campaigns.models import Activity, CampaignPlan, CivicDate
from content.models import NarrativeCountered

VIEWS = ("month", "week", "list")


class CalendarFilterForm(forms.Form):
    view = forms.ChoiceField(
        choices=[("month", _("Month")), ("week", _("Week")), ("list", _("List"))],
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


@dataclass
class Occurrence:
    activity: Activity
    at: datetime  # local time


@dataclass
class Day:
    date: date
    in_period: bool
    items: list = field(default_factory=list)
    civic: list = field(default_factory=list)
    campaigns: list = field(default_factory=list)

    @property
    def is_today(self):
        return self.date == timezone.localdate()


def period(view, day):
    """The first and last day a view shows around ``day``."""
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
    activities = Activity.objects.for_user(user).for_calendar()
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
    while cursor <= last:
        in_period = view != "month" or cursor.month == anchor.month
        days[cursor] = Day(cursor, in_period)
        cursor += timedelta(days=1)

    occurrences = []
    for activity in activities:
        for at in activity.occurrences(start, end):
            local = timezone.localtime(at, tz)
            occurrence = Occurrence(activity, local)
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
    step = {"week": timedelta(days=7)}.get(view)
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
