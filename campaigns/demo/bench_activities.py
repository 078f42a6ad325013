"""``generate_activities``' records: a planner, a plan and many activities in a month.

For the benchmark of the planner's calendar (``make bench``). The organisation and
the taxonomy come from ``generate_library`` or ``seed_demo``; what is missing
(channels, say) is created from the demo's data (``organisations.yaml``,
``target_groups.yaml``, ``channels.yaml``) the way ``seed_demo`` creates it.
"""

import calendar
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from audiences.factories import LANGUAGE_CODES, make_organisation, translated
from audiences.models import Channel, Membership, Organisation, Role, TargetGroup
from campaigns.demo.data import load
from campaigns.models import Activity, CampaignPlan

PLAN_TITLE = "Bench: calendar month"
BATCH = 1000


def month_bounds(day):
    first = day.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first, last


def _ru(model):
    return list(model.objects.filter(locale__language_code="ru").order_by("pk"))


def bench_organisation():
    """The first organisation there is, or the demo's first one."""
    organisation = Organisation.objects.order_by("pk").first()
    if organisation is None:
        item = load("organisations")["organisations"][0]
        organisation = make_organisation(
            item["slug"], item["name"], kind=Organisation.Kind(item["kind"])
        )
    return organisation


def bench_planner(organisation, username, password):
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.email = user.email or f"{username}@example.org"
    user.is_active = True
    user.is_staff = user.is_superuser = False
    user.set_password(password)
    user.save()
    # Saving the membership puts the user in the organisation's planner group.
    Membership.objects.get_or_create(
        organisation=organisation, user=user, role=Role.PLANNER
    )
    return user


def bench_taxonomy():
    """Russian target groups and channels (the default-language taxonomy)."""
    if not _ru(TargetGroup):
        for item in load("target_groups")["target_groups"][:4]:
            translated(
                TargetGroup,
                slug=item["slug"],
                names={code: item[code]["name"] for code in LANGUAGE_CODES},
            )
    if not _ru(Channel):
        for item in load("channels")["channels"]:
            translated(
                Channel,
                slug=item["slug"],
                names={code: item[code] for code in LANGUAGE_CODES},
                kind=item["kind"],
            )
    return _ru(TargetGroup), _ru(Channel)


def bench_plan(organisation):
    """The bench plan, replaced: from the start of last month to the end of next."""
    for plan in CampaignPlan.objects.filter(
        title=PLAN_TITLE, organisation=organisation
    ):
        plan.delete()
    first, last = month_bounds(timezone.localdate())
    starts_on = month_bounds(first - timedelta(days=1))[0]
    ends_on = month_bounds(last + timedelta(days=1))[1]
    plan = CampaignPlan(
        organisation=organisation,
        title=PLAN_TITLE,
        starts_on=starts_on,
        ends_on=ends_on,
        status=CampaignPlan.Status.RUNNING,
        objective="Load the calendar month view with many activities.",
    )
    plan.save()
    return plan


def bench_activities(plan, user, groups, channels, count):
    """``count`` activities spread over this month; every 20th repeats weekly."""
    first, last = month_bounds(timezone.localdate())
    days = last.day
    tz = timezone.get_current_timezone()
    rows = []
    for n in range(count):
        day = first + timedelta(days=n % days)
        slot = n // days
        at = datetime(
            day.year,
            day.month,
            day.day,
            8 + slot % 12,
            (slot // 12) * 15 % 60,
            tzinfo=tz,
        )
        weekly = n % 20 == 19
        rows.append(
            Activity(
                plan=plan,
                title=f"Bench activity {n + 1}",
                target_group=groups[n % len(groups)],
                channel=channels[n % len(channels)],
                owner=user if n % 3 == 0 else None,
                starts_at=at,
                status=Activity.Status.PLANNED,
                repeat=Activity.Repeat.WEEKLY if weekly else "",
                repeat_until=plan.ends_on if weekly else None,
            )
        )
    Activity.objects.bulk_create(rows, batch_size=BATCH)
