"""The reaper: what dead workers left "running" is retried or failed.

Every ``task_worker`` runs ``reap()`` every ``TASK_REAP_SECONDS`` in a thread of
its own (``Maintenance``), and so does ``run_scheduler``; several reapers at once
are safe (each row is locked and checked again before it is changed).

- Print renders: an edition RENDERING whose lease ran out is queued again, or
  FAILED with a message after ``PRINT_MAX_ATTEMPTS`` renders
  (``content.printing.tasks.reap_editions``), on every queue backend.
- The database queue's rows: a task RUNNING under a worker whose lease
  (``WorkerLease``) ran out is queued again when it is safe to run twice
  (``TASK_RETRY_ON_WORKER_LOSS``, at most ``TASK_MAX_ATTEMPTS``), else marked
  FAILED, so nothing shows "running" for ever.
- The Redis queue's started jobs: one whose worker's lease ran out is handed to
  RQ's own abandoned-job handling (failed, with its failure callback), at once
  rather than when RQ's long job timeout runs out.
"""

import datetime
import logging
import os
import socket
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from audiences import leases
from content.models import WorkerLease

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """The worker running the task stopped without finishing it."""


def reap():
    """One pass; returns what was done, for logs and tests."""
    from content.imports.tasks import reap_import_jobs
    from content.printing.tasks import reap_editions, requeue_waiting

    retried_rows, failed_rows = reap_task_rows()
    abandoned_jobs = reap_rq_jobs()
    retried, failed = reap_editions()
    requeued = requeue_waiting()
    imports_failed, imports_requeued = reap_import_jobs()
    done = {
        "task rows retried": retried_rows,
        "task rows failed": failed_rows,
        "RQ jobs abandoned": abandoned_jobs,
        "editions retried": retried,
        "editions queued again": requeued,
        "editions failed": failed,
        "imports failed": imports_failed,
        "imports queued again": imports_requeued,
    }
    if any(done.values()):
        logger.warning("Reaped the work of dead workers: %s", done)
    return done


def _live_workers(now):
    return set(
        WorkerLease.objects.filter(expires_at__gte=now).values_list(
            "worker_id", flat=True
        )
    )


def reap_rq_jobs():
    """Started RQ jobs of dead workers, failed through RQ's abandoned-job path.
    Returns how many; nothing when the queue is not RQ's."""
    from django_tasks import task_backends
    from django_tasks_rq import RQBackend

    backend = task_backends["default"]
    if not isinstance(backend, RQBackend):
        return 0
    from django_tasks_rq import Job
    from rq.exceptions import NoSuchJobError
    from rq.registry import StartedJobRegistry

    now = timezone.now()
    claimed_before = now - datetime.timedelta(seconds=settings.TASK_LEASE_SECONDS)
    live = _live_workers(now)
    abandoned = 0
    for queue in backend._get_queues():
        registry = StartedJobRegistry(queue=queue, job_class=Job)
        connection = registry.connection
        expired = False
        for member in connection.zrange(registry.key, 0, -1):
            job_id = registry.parse_job_id(member)
            try:
                job = Job.fetch(job_id, connection=connection)
            except NoSuchJobError:
                continue
            started = job.started_at
            if started is not None and timezone.is_naive(started):
                started = timezone.make_aware(started, datetime.UTC)
            if job.worker_name in live or started is None or started > claimed_before:
                continue
            # Expire the entry now; RQ's cleanup fails it as abandoned.
            connection.zadd(registry.key, {member: 1})
            expired = True
            abandoned += 1
        if expired:
            registry.cleanup()
    return abandoned


def reap_task_rows():
    """Database task rows left RUNNING by dead workers. Returns (retried, failed)."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    # A worker's lease is written before it claims anything: a row claimed less
    # than a lease ago is left alone whatever its worker's state.
    claimed_before = now - datetime.timedelta(seconds=settings.TASK_LEASE_SECONDS)
    live = _live_workers(now)
    retried = failed = 0
    suspects = DBTaskResult.objects.running().filter(started_at__lt=claimed_before)
    for row in suspects.only("id", "worker_ids"):
        if row.worker_ids and row.worker_ids[-1] in live:
            continue
        with transaction.atomic():
            row = (
                DBTaskResult.objects.select_for_update()
                .filter(pk=row.pk, status="RUNNING", started_at__lt=claimed_before)
                .first()
            )
            if row is None or (row.worker_ids and row.worker_ids[-1] in live):
                continue
            attempts = len(row.worker_ids)
            if (
                row.task_path in settings.TASK_RETRY_ON_WORKER_LOSS
                and attempts < settings.TASK_MAX_ATTEMPTS
            ):
                row.status = "READY"
                row.started_at = None
                row.save(update_fields=["status", "started_at"])
                retried += 1
            else:
                row.set_failed(
                    WorkerLost(
                        f"The worker {row.worker_ids[-1] if row.worker_ids else '?'} "
                        f"stopped during attempt {attempts} of this task."
                    )
                )
                failed += 1
    # Leases of workers gone for a day are only history.
    WorkerLease.objects.filter(expires_at__lt=now - datetime.timedelta(days=1)).delete()
    return retried, failed


class Maintenance:
    """A worker's background thread: keeps the worker's own lease and reaps
    every ``TASK_REAP_SECONDS``."""

    def __init__(self, worker_id=None):
        self.worker_id = worker_id
        self.next_reap = 0.0
        self.heartbeat = leases.Heartbeat(self.tick, name="worker maintenance")

    def start(self):
        if self.worker_id:
            WorkerLease.objects.update_or_create(
                worker_id=self.worker_id,
                defaults={
                    "hostname": socket.gethostname()[:255],
                    "pid": os.getpid(),
                    "expires_at": leases.lease_until(),
                },
            )
        self.next_reap = time.monotonic()
        self.tick()
        self.heartbeat.start()
        return self

    def tick(self):
        if self.worker_id:
            leases.extend(
                WorkerLease.objects.filter(worker_id=self.worker_id), "expires_at"
            )
        if time.monotonic() >= self.next_reap:
            self.next_reap = time.monotonic() + settings.TASK_REAP_SECONDS
            try:
                reap()
            except Exception:
                logger.exception("Reaping failed; trying again later")

    def stop(self):
        self.heartbeat.stop()
        if self.worker_id:
            WorkerLease.objects.filter(worker_id=self.worker_id).delete()
