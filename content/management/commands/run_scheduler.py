"""``manage.py run_scheduler``: Wagtail's scheduled publishing, every minute.

Each pass also reaps the tasks of dead task workers (``content.reaper``).

Wagtail publishes pages with a go-live date and unpublishes expired ones only
when ``publish_scheduled`` runs. ``make demo`` starts this loop next to the task
worker; in production run ``publish_scheduled`` from cron or a systemd timer
instead (see the README).
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from content.reaper import reap


class Command(BaseCommand):
    help = "Run Wagtail's publish_scheduled every --interval seconds (default 60)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60)
        parser.add_argument(
            "--once", action="store_true", help="Run one pass and stop."
        )

    def handle(self, *args, interval=60, once=False, **options):
        interval = max(5, interval)
        while True:
            try:
                call_command("publish_scheduled", verbosity=options["verbosity"])
            except Exception as error:  # keep the loop alive; report and retry
                self.stderr.write(f"publish_scheduled failed: {error}")
            try:
                # What dead task workers left running (the workers do it too).
                reap()
            except Exception as error:
                self.stderr.write(f"reaping dead workers' tasks failed: {error}")
            if once:
                return
            time.sleep(interval)
