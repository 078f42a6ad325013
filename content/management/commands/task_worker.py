"""``manage.py task_worker``: the background worker, woken when a task is queued.

It runs the worker of the configured queue (``TASKS_BACKEND``): on the Redis
queue (django-tasks-rq) an RQ worker that runs each task in its own process
(``SimpleWorker``: no fork per task, the warmed print engine is reused); on the
database queue ``db_worker`` (django-tasks-db) with two changes: the worker waits for a
notification instead of sleeping between polls (``content/task_worker.py``), and it
loads the print engine before it takes its first task (``--no-warm-up`` skips
that), so the first brochure renders as fast as the next. It accepts all of
``db_worker``'s options; ``--interval`` is the longest wait between two polls.
Either way the worker reaps what dead workers left running (``content.reaper``);
any number of workers may run at once, each task is taken by one.
"""

import gc
import logging
import os
import time
from argparse import ArgumentTypeError, BooleanOptionalAction

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks import task_backends
from django_tasks.exceptions import InvalidTaskBackendError
from django_tasks_db.management.commands import db_worker

from content.printing import documents
from content.reaper import Maintenance
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
        # db_worker accepts only database backends; this command runs any.
        for action in parser._actions:
            if action.dest == "backend_name":
                action.type = configured_backend

    def is_rq(self, backend_name):
        from django_tasks_rq import RQBackend

        return isinstance(task_backends[backend_name], RQBackend)

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
        if self.is_rq(options["backend_name"]):
            keep_memory_small()
            if warm_up:
                self.warm_up()
            return self.run_rq(queue_names, verbosity, options)
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

    def run_rq(self, queue_names, verbosity, options):
        """An RQ worker on the queues (``*``: every configured queue)."""
        import django_rq
        from django_tasks_rq import Job
        from rq import SimpleWorker

        if "*" in queue_names:
            queue_names = sorted(django_rq.settings.QUEUES)
        worker = django_rq.get_worker(
            *queue_names,
            job_class=Job,
            worker_class=SimpleWorker,
            name=options["worker_id"],
        )
        logger.info(
            "Starting worker worker_id=%s queues=%s (RQ)",
            worker.name,
            ",".join(queue_names),
        )
        maintenance = Maintenance(worker.name).start()
        try:
            worker.work(
                burst=options["batch"],
                max_jobs=options["max_tasks"],
                logging_level="INFO" if verbosity else "WARNING",
                with_scheduler=True,
            )
        finally:
            maintenance.stop()

    def warm_up(self):
        started = time.monotonic()
        documents.warm_up()
        # What the warm-up loaded stays for the worker's life: moved out of the
        # collector's reach, its pages are not copied into each forked renderer
        # when the collector would otherwise touch them there.
        gc.collect()
        gc.freeze()
        logger.info("Print engine warmed up in %.2f s", time.monotonic() - started)


def configured_backend(name):
    """``--backend``: any configured django-tasks backend."""
    try:
        task_backends[name]
    except InvalidTaskBackendError as error:
        raise ArgumentTypeError(error.args[0]) from error
    return name
