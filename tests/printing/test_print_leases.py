"""The render's lease and the reaper, in one process (tasks run inside enqueue()).

The real thing, workers killed mid-render, is in test_worker_faults.py; these
check the rules one by one: a render never starts twice while one holds the
lease, a lease run out is retried (leftovers removed, one file) or failed after
the last attempt, and the database queue's rows of dead workers are closed.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from content.models import WorkerLease
from content.print_renditions import make_print_renditions
from content.printing.models import PrintEdition
from content.printing.tasks import render_edition
from content.reaper import reap
from tests.printing.editions import print_material
from tests.printing.helpers import error
from tests.storage import ON_S3, stored_names

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media")]


def a_dead_render(page, attempts=1, lease_left=-5):
    """An edition left RENDERING by a worker, its lease ``lease_left`` seconds
    from running out (negative: run out)."""
    edition = print_material(page)
    edition.file.delete(save=False)
    PrintEdition.objects.filter(pk=edition.pk).update(
        status=PrintEdition.Status.RENDERING,
        file="",
        attempts=attempts,
        lease_expires_at=timezone.now() + timedelta(seconds=lease_left),
    )
    edition.refresh_from_db()
    return edition


def print_files(settings):
    """What the storage holds in print/ (the file system's half-written copies
    included: they are files there too)."""
    return stored_names("print")


def test_a_render_does_not_start_while_another_holds_the_lease(shelf):
    edition = a_dead_render(shelf.kazakh_material(), lease_left=30)

    assert render_edition.call(str(edition.pk)) == "skipped"
    edition.refresh_from_db()
    assert (edition.status, edition.attempts) == (PrintEdition.Status.RENDERING, 1)


def test_a_render_whose_lease_ran_out_is_retried_with_one_file_left(shelf, settings):
    edition = a_dead_render(shelf.kazakh_material())
    # The dead attempt's half-written work file (and, on the file system, its
    # half-copied file beside the final name).
    work = Path(settings.KOPIR_PRINT_WORK_DIR)
    work.mkdir(parents=True, exist_ok=True)
    leftovers = [work / f".rendering-{edition.pk}-x.pdf"]
    if not ON_S3:
        leftovers.append(
            Path(settings.MEDIA_ROOT) / "print" / f".rendering-{edition.pk}-y.pdf"
        )
    for leftover in leftovers:
        leftover.write_bytes(b"%PDF-1.7 half")

    done = reap()

    assert done["editions retried"] == 1
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, error(edition)
    assert edition.attempts == 2 and edition.lease_expires_at is None
    assert print_files(settings) == [f"{edition.pk}.pdf"]
    assert not any(leftover.exists() for leftover in leftovers)


def test_the_last_attempt_lost_fails_the_edition_with_a_message(shelf, settings):
    settings.PRINT_MAX_ATTEMPTS = 3
    edition = a_dead_render(shelf.kazakh_material(), attempts=3)

    assert reap()["editions failed"] == 1
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert error(edition).startswith(
        "The worker stopped 3 times while rendering this edition"
    )
    # A live lease is left alone.
    live = a_dead_render(shelf.material(title="Басқа"), lease_left=30)
    assert reap()["editions failed"] == 0
    live.refresh_from_db()
    assert live.status == PrintEdition.Status.RENDERING


def test_dead_workers_task_rows_are_failed_or_queued_again(shelf, settings):
    page = shelf.kazakh_material()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    long_ago = timezone.now() - timedelta(minutes=5)
    edition = print_material(page)  # queued only: no worker here
    render = DBTaskResult.objects.get(task_path=render_edition.module_path)
    make_print_renditions.enqueue(page.pk)
    renditions = DBTaskResult.objects.get(task_path=make_print_renditions.module_path)
    alive = WorkerLease.objects.create(
        worker_id="alive", expires_at=timezone.now() + timedelta(seconds=30)
    )
    DBTaskResult.objects.filter(pk__in=[render.pk, renditions.pk]).update(
        status="RUNNING", started_at=long_ago, worker_ids=["dead"]
    )
    make_print_renditions.enqueue(page.pk + 1)
    running_alive = DBTaskResult.objects.exclude(pk__in=[render.pk, renditions.pk])
    running_alive.update(
        status="RUNNING", started_at=long_ago, worker_ids=[alive.worker_id]
    )

    done = reap()

    assert (done["task rows failed"], done["task rows retried"]) == (1, 1)
    render.refresh_from_db()
    assert render.status == "FAILED"
    assert render.exception_class_path == "content.reaper.WorkerLost"
    renditions.refresh_from_db()
    assert renditions.status == "READY"  # safe to run again: queued again
    assert running_alive.get().status == "RUNNING"
    assert PrintEdition.objects.get(pk=edition.pk).status == "queued"


def test_a_render_left_running_before_leases_existed_is_retried(shelf):
    edition = a_dead_render(shelf.kazakh_material(), attempts=0)
    PrintEdition.objects.filter(pk=edition.pk).update(
        lease_expires_at=None, created_at=timezone.now() - timedelta(hours=1)
    )

    assert reap()["editions retried"] == 1
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, error(edition)
    assert edition.attempts == 1


def test_a_queued_edition_whose_task_was_lost_is_queued_again_at_its_recheck(
    shelf, settings
):
    # A worker killed between taking the task and starting the render, or a
    # Redis that lost its jobs: the edition waits with no task for it.
    settings.PRINT_QUEUED_RECHECK_SECONDS = 600
    lost = print_material(shelf.kazakh_material())
    lost.file.delete(save=False)
    PrintEdition.objects.filter(pk=lost.pk).update(
        status=PrintEdition.Status.QUEUED,
        file="",
        lease_expires_at=timezone.now() - timedelta(seconds=1),
    )
    waiting = print_material(shelf.material(title="Басқа"))
    waiting.file.delete(save=False)
    PrintEdition.objects.filter(pk=waiting.pk).update(
        status=PrintEdition.Status.QUEUED,
        file="",
        lease_expires_at=timezone.now() + timedelta(seconds=600),
    )

    assert reap()["editions queued again"] == 1

    lost.refresh_from_db()
    assert lost.status == PrintEdition.Status.READY, error(lost)
    assert print_files(settings) == [f"{lost.pk}.pdf"]
    # Not yet at its recheck: still waiting for its own task.
    waiting.refresh_from_db()
    assert waiting.status == PrintEdition.Status.QUEUED
