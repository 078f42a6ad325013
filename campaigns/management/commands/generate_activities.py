"""A campaign plan with many activities in one month: ``manage.py generate_activities``.

For the benchmark of the planner's calendar (``make bench``): a planner login
(``--username``, ``--password``) in the first organisation, one campaign plan from
the start of last month to the end of next month, and ``--activities`` activities
spread over the current month (every 20th repeats weekly to the plan's end).

Idempotent: the previous bench plan (matched by title and organisation) and its
activities are deleted first. The records are made by
``campaigns.demo.bench_activities``. The last line printed is ``day=YYYY-MM-DD``:
the month to show.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from campaigns.demo.bench_activities import (
    bench_activities,
    bench_organisation,
    bench_plan,
    bench_planner,
    bench_taxonomy,
)
from content.organisations import provision


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
            organisation = bench_organisation()
            provision(organisation)
            user = bench_planner(organisation, options["username"], options["password"])
            groups, channels = bench_taxonomy()
            plan = bench_plan(organisation)
            bench_activities(plan, user, groups, channels, count)
        day = timezone.localdate().replace(day=1)
        self.stdout.write(
            f"{count} activities in {day:%Y-%m} for {user.username} "
            f"({organisation.name}), plan {plan.pk}, "
            f"{time.monotonic() - started:.1f}s"
        )
        self.stdout.write(f"day={day.isoformat()}")
        self.stdout.write(f"plan={plan.pk}")
