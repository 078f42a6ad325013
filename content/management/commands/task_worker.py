"""``manage.py task_worker``: the background worker, woken when a task is queued.

``db_worker`` (django-tasks-db) with two changes: the worker waits for a
notification instead of sleeping between polls (``content/task_worker.py``), and it
loads the print engine before it takes its first task (``--no-warm-up`` skips
that), so the first brochure renders as fast as the next. It accepts all of
``db_worker``'s options; ``--interval`` is the longest wait between two polls.
"""

import gc
import logging
import os
import time
from argparse import BooleanOptionalAction

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from content.printing import documents
from content.task_worker import Worker, keep_memory_small

logger = logging.getLogger("django_tasks_db")


class Command(db_worker.Command):
    help = "Run the background worker (woken by new tasks; print engine warmed)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--warm-up",
            action=BooleanOptionalAction,
            default=True,
            help="Load WeasyPrint, the fonts and the print templates at start "
            "(default: on).",
        )

    def handle(self, *, verbosity, reload, warm_up: bool, **options):
        self.configure_logging(verbosity)
        if reload and options["batch"]:
            reload = False
        queue_names = options["queue_name"].split(",")
        excluded = (
            options["exclude_queues"].split(",") if options["exclude_queues"] else []
        )
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = Worker(
            queue_names=queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded,
        )
        # With --reload the first process only watches files: the child it
        # starts runs the tasks, and only that one needs the print engine.
        runs_tasks = not reload or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true"
        keep_memory_small()
        if warm_up and runs_tasks:
            self.warm_up()
        if reload:
            if runs_tasks:
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()

    def warm_up(self):
        started = time.monotonic()
        documents.warm_up()
        # What the warm-up loaded stays for the worker's life: moved out of the
        # collector's reach, its pages are not copied into each forked renderer
        # when the collector would otherwise touch them there.
        gc.collect()
        gc.freeze()
        logger.info("Print engine warmed up in %.2f s", time.monotonic() - started)
