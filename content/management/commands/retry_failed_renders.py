"""``manage.py retry_failed_renders``: queue again the print renders that failed
because the file storage was unreachable (``run_scheduler`` does this on every
pass; with cron, run this next to ``publish_scheduled``)."""

from django.core.management.base import BaseCommand

from content.printing.services import retry_failed_renders


class Command(BaseCommand):
    help = "Queue again the renders that failed while the file storage was down."

    def handle(self, *args, **options):
        queued = retry_failed_renders()
        if options["verbosity"]:
            self.stdout.write(f"{queued} edition(s) queued again.")
