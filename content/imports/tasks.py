"""The background work of an import: the dry run and the creation, on the task
worker (django-tasks), each holding a lease on its job (``audiences.leases``).

* ``check_import``: reads the file, checks every row, stores the report. Writes
  nothing else, so running it twice is harmless.
* ``create_import``: checks again and creates everything in one transaction,
  which also marks the job done: either all of it is there or none of it. A
  worker killed in the middle leaves a transaction the database rolls back; the
  reaper (``reap_import_jobs``, from ``content.reaper``) marks the job failed,
  to be tried again, and removes image files the dead attempt stored.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext_noop
from django_tasks import task
from wagtail.images import get_image_model

from audiences import leases
from content.imports import registry
from content.imports.images import ImageArchiveError, file_prefix
from content.imports.reader import TableError, read_table
from content.imports.report import Report
from content.models import ImportJob
from content.printing.errors import Message

logger = logging.getLogger(__name__)
Status = ImportJob.Status
RECHECK_SECONDS = 120


class _Refused(Exception):
    """The second check found errors: nothing is created."""


class _TakenOver(Exception):
    """Another attempt holds the job now (this worker seemed dead)."""


class _Progress:
    """The job's progress: written at once outside a transaction, by the lease's
    heartbeat inside one (the transaction's own writes are not seen outside)."""

    def __init__(self, job, status):
        self.job, self.status, self.value, self.last = job, status, 5, 0.0

    def attempt(self):
        return ImportJob.objects.filter(
            pk=self.job.pk, status=self.status, attempts=self.job.attempts
        )

    def set(self, percent):
        self.value = max(self.value, min(int(percent), 99))
        now = time.monotonic()
        from django.db import connection

        if not connection.in_atomic_block and now - self.last > 0.5:
            self.last = now
            self.attempt().update(progress=self.value)

    def beat(self):
        self.attempt().update(
            lease_expires_at=leases.lease_until(), progress=self.value
        )


def _claim(job_id, waiting, running, stage):
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status != waiting:
            return None
        job.status = running
        job.attempts += 1
        job.progress = 5
        job.error = ""
        job.retryable = False
        job.stage = Message(stage).stored()
        job.lease_expires_at = leases.lease_until()
        job.save(
            update_fields=[
                "status",
                "attempts",
                "progress",
                "error",
                "retryable",
                "stage",
                "lease_expires_at",
            ]
        )
    return ImportJob.objects.select_related("organisation", "created_by").get(pk=job.pk)


def _check(job, report, progress):
    """Read and check the job's file; the importer's items (nothing written)."""
    importer = registry.get(job.kind)
    with job.file.open("rb") as handle:
        data = handle.read()
    try:
        table = read_table(data, job.file_name, sheet=importer.sheet)
    except TableError as error:
        report.error(None, None, error.message)
        return []
    progress(10)
    return importer.check(job, table, report, progress)


@task()
def check_import(job_id):
    job = _claim(job_id, Status.QUEUED, Status.CHECKING, gettext_noop("Checking"))
    if job is None:
        return "skipped"
    state = _Progress(job, Status.CHECKING)
    heartbeat = leases.Heartbeat(state.beat, name=f"import {job.pk}").start()
    try:
        report = Report()
        _check(job, report, state.set)
        state.attempt().update(
            status=Status.CHECKED,
            progress=100,
            stage=Message(gettext_noop("Checked")).stored(),
            report=report.as_data(),
            finished_at=timezone.now(),
            lease_expires_at=None,
        )
        return "checked"
    except Exception as error:
        logger.exception("Checking import %s failed", job.pk)
        _fail(job, Status.CHECKING, error, "check")
        return "failed"
    finally:
        heartbeat.stop()


@task()
def create_import(job_id):
    job = _claim(
        job_id, Status.CREATE_QUEUED, Status.CREATING, gettext_noop("Creating")
    )
    if job is None:
        return "skipped"
    state = _Progress(job, Status.CREATING)
    heartbeat = leases.Heartbeat(state.beat, name=f"import {job.pk}").start()
    report = Report()
    try:
        with transaction.atomic():
            importer = registry.get(job.kind)
            items = _check(job, report, state.set)
            if not report.ok:
                raise _Refused
            count = importer.create(job, items, report, state.set)
            _test_delay()
            done = state.attempt().update(
                status=Status.DONE,
                progress=100,
                stage=Message(gettext_noop("Done")).stored(),
                report=report.as_data(),
                created_count=count,
                finished_at=timezone.now(),
                lease_expires_at=None,
            )
            if not done:
                raise _TakenOver
        return "done"
    except _Refused:
        remove_stray_files(job)
        state.attempt().update(
            status=Status.CHECKED,
            progress=100,
            report=report.as_data(),
            stage=Message(gettext_noop("Checked")).stored(),
            lease_expires_at=None,
            finished_at=timezone.now(),
        )
        return "refused"
    except _TakenOver:
        remove_stray_files(job)
        return "skipped"
    except Exception as error:
        logger.exception("Creating import %s failed", job.pk)
        remove_stray_files(job)
        _fail(job, Status.CREATING, error, "create")
        return "failed"
    finally:
        heartbeat.stop()


def _test_delay():
    """Tests of a worker killed while creating (test settings only)."""
    delay = getattr(settings, "IMPORT_TEST_CREATE_DELAY", 0)
    if delay:
        time.sleep(delay)


def _fail(job, status, error, phase):
    if isinstance(error, ImageArchiveError | TableError):
        message, retryable = error.message, False
    elif isinstance(error, DatabaseError):
        message = Message(
            gettext_noop(
                "The database refused a change (%(error)s); nothing was created. "
                "Try again."
            ),
            error=type(error).__name__,
        )
        retryable = True
    else:
        message = Message(
            gettext_noop("The import stopped (%(error)s); nothing was created."),
            error=type(error).__name__,
        )
        retryable = True
    ImportJob.objects.filter(pk=job.pk, status=status, attempts=job.attempts).update(
        status=Status.FAILED,
        error=message.stored(),
        retryable=retryable,
        stage=Message(gettext_noop("Failed")).stored(),
        progress=100,
        options={**job.options, "failed_in": phase},
        finished_at=timezone.now(),
        lease_expires_at=None,
    )


def remove_stray_files(job):
    """Image files an attempt of ``job`` stored that no image row names (its
    transaction rolled back, or its worker died)."""
    model = get_image_model()
    storage = model._meta.get_field("file").storage
    folder = "original_images"
    prefix = file_prefix(job)
    try:
        _dirs, names = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return 0
    except Exception:
        logger.warning("Import %s: cannot list stored images", job.pk, exc_info=True)
        return 0
    stray = [f"{folder}/{name}" for name in names if name.startswith(prefix)]
    if not stray:
        return 0
    kept = set(model.objects.filter(file__in=stray).values_list("file", flat=True))
    removed = 0
    for name in stray:
        if name not in kept:
            storage.delete(name)
            removed += 1
    return removed


def enqueue(job):
    """Queue the job's next step (after ``QUEUED`` or ``CREATE_QUEUED``)."""
    step = check_import if job.status == Status.QUEUED else create_import
    _recheck(job.pk, RECHECK_SECONDS)
    leases.enqueue(step, job.pk, on_unreachable=lambda: _recheck(job.pk, 0))


def _recheck(pk, seconds):
    ImportJob.objects.filter(
        pk=pk, status__in=[Status.QUEUED, Status.CREATE_QUEUED]
    ).update(lease_expires_at=timezone.now() + timedelta(seconds=seconds))


def reap_import_jobs():
    """Jobs whose worker died: failed (to be tried again), with stray files
    removed; jobs still waiting at their recheck time: queued again.
    Returns (failed, requeued)."""
    now = timezone.now()
    failed = requeued = 0
    running = ImportJob.objects.filter(
        status__in=[Status.CHECKING, Status.CREATING], lease_expires_at__lt=now
    )
    for job in list(running):
        message = Message(
            gettext_noop(
                "The worker stopped while working on this import; nothing was "
                "created. Try again."
            )
        )
        updated = ImportJob.objects.filter(
            pk=job.pk, status=job.status, attempts=job.attempts
        ).update(
            status=Status.FAILED,
            error=message.stored(),
            retryable=True,
            stage=Message(gettext_noop("Failed")).stored(),
            progress=100,
            options={
                **job.options,
                "failed_in": "create" if job.status == Status.CREATING else "check",
            },
            finished_at=now,
            lease_expires_at=None,
        )
        if updated:
            logger.warning("Import %s: the worker stopped; failed", job.pk)
            remove_stray_files(job)
            failed += 1
    waiting = ImportJob.objects.filter(
        status__in=[Status.QUEUED, Status.CREATE_QUEUED], lease_expires_at__lt=now
    )
    for job in list(waiting):
        claimed = ImportJob.objects.filter(
            pk=job.pk, status=job.status, lease_expires_at=job.lease_expires_at
        ).update(lease_expires_at=now + timedelta(seconds=RECHECK_SECONDS))
        if claimed:
            logger.warning(
                "Import %s: still waiting at its recheck; queued again", job.pk
            )
            step = check_import if job.status == Status.QUEUED else create_import
            leases.enqueue(step, job.pk)
            requeued += 1
    return failed, requeued
