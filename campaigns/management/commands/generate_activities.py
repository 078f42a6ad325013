"""A campaign plan with many activities in one month: ``manage.py generate_activities``.

For the benchmark of the planner's calendar (``make bench``): a planner login
(``--username``, ``--password``) in the first organisation, one campaign plan from
the start of last month to the end of next month, and ``--activities`` activities
spread over the current month (every 20th repeats weekly to the plan's end).

Idempotent: the previous bench plan (matched by title and organisation) and its
activities are deleted first. The taxonomy comes from ``generate_library`` or
``seed_demo``; what is missing (channels, say) is created the way ``seed_demo``
creates it. The last line printed is ``day=YYYY-MM-DD``: the month to show.
"""

import calendar
import time
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from audiences import demo_data as audience_data
from audiences.factories import LANGUAGE_CODES, make_organisation, translated
from audiences.models import Channel, Membership, Organisation, Role, TargetGroup
from campaigns.models import Activity, CampaignPlan
from content.organisations import provision

PLAN_TITLE = "Bench: calendar month"
BATCH = 1000


def _month_bounds(day):
    first = day.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first, last


def _ru(model):
    return list(model.objects.filter(locale__language_code="ru").order_by("pk"))


class Command(BaseCommand):
    help = "Create a planner and a campaign plan with many activities (benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--activities",
            type=int,
            default=1000,
            help="Activities in the current month (default 1000).",
        )
        parser.add_argument("--username", default="benchplanner")
        parser.add_argument("--password", default="bench-2026")

    def handle(self, *args, **options):
        count = options["activities"]
        if count < 0:
            raise CommandError("--activities must not be negative.")
        started = time.monotonic()
        with transaction.atomic():
            organisation = self._organisation()
            provision(organisation)
            user = self._planner(organisation, options["username"], options["password"])
            groups, channels = self._taxonomy()
            plan = self._plan(organisation)
            self._activities(plan, user, groups, channels, count)
        day = timezone.localdate().replace(day=1)
        self.stdout.write(
            f"{count} activities in {day:%Y-%m} for {user.username} "
            f"({organisation.name}), plan {plan.pk}, "
            f"{time.monotonic() - started:.1f}s"
        )
        self.stdout.write(f"day={day.isoformat()}")

    # --- Who -----------------------------------------------------------------------

    def _organisation(self):
        organisation = Organisation.objects.order_by("pk").first()
        if organisation is None:
            item = audience_data.ORGANISATIONS[0]
            organisation = make_organisation(
                item["slug"], item["name"], kind=Organisation.Kind(item["kind"])
            )
        return organisation

    def _planner(self, organisation, username, password):
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

    # --- What ----------------------------------------------------------------------

    def _taxonomy(self):
        """Russian target groups and channels (the default-language taxonomy)."""
        if not _ru(TargetGroup):
            for item in audience_data.TARGET_GROUPS[:4]:
                translated(
                    TargetGroup,
                    slug=item["slug"],
                    names={code: item[code]["name"] for code in LANGUAGE_CODES},
                )
        if not _ru(Channel):
            for item in audience_data.CHANNELS:
                translated(
                    Channel,
                    slug=item["slug"],
                    names={code: item[code] for code in LANGUAGE_CODES},
                    kind=item["kind"],
                )
        return _ru(TargetGroup), _ru(Channel)

    def _plan(self, organisation):
        for plan in CampaignPlan.objects.filter(
            title=PLAN_TITLE, organisation=organisation
        ):
            plan.delete()
        first, last = _month_bounds(timezone.localdate())
        starts_on = _month_bounds(first - timedelta(days=1))[0]
        ends_on = _month_bounds(last + timedelta(days=1))[1]
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

    def _activities(self, plan, user, groups, channels, count):
        first, last = _month_bounds(timezone.localdate())
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
