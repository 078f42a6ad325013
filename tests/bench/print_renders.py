"""``print_bench.py renders``: first renders in a running ``db_worker``, each of a
new revision, timed from the request until the edition is READY."""

from __future__ import annotations

import time

from tests.bench.print_common import LAYOUT, emit, median

TASK_PATH = "content.printing.tasks.render_edition"


def task_failure(edition_id):
    """The exception of a render task that crashed for this edition, if any."""
    from django_tasks_db.models import DBTaskResult

    crashed = (
        DBTaskResult.objects.failed()
        .filter(task_path=TASK_PATH, args_kwargs__args__0=str(edition_id))
        .first()
    )
    if crashed is None:
        return None
    lines = [line for line in crashed.traceback.splitlines() if line.strip()]
    return lines[-1] if lines else crashed.exception_class_path


def wait_idle(timeout):
    """Wait until the worker has no task left (a saved revision queues index
    updates): a measured render never waits behind another task."""
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        recent = timezone.now() - timezone.timedelta(minutes=10)
        # The queue and backend the bench worker serves (its defaults).
        tasks = DBTaskResult.objects.filter(
            queue_name="default", backend_name="default"
        )
        busy = tasks.ready().exists() or (
            tasks.running().filter(started_at__gte=recent).exists()
        )
        if not busy:
            return
        time.sleep(0.05)
    raise SystemExit(f"the worker still has tasks queued after {timeout:g} s")


def wait_for(edition_id, started, timeout):
    """Poll the edition every 10 ms; (status, seconds to it, seconds to RENDERING)."""
    from content.printing.models import PrintEdition

    rendering = None
    polls = 0
    while True:
        polls += 1
        if polls % 25 == 0 and (failure := task_failure(edition_id)):
            left = PrintEdition.objects.get(pk=edition_id).status
            raise SystemExit(
                f"the render task of edition {edition_id} crashed in the worker "
                f"and left the edition {left}: {failure}"
            )
        status = (
            PrintEdition.objects.filter(pk=edition_id)
            .values_list("status", flat=True)
            .first()
        )
        now = time.perf_counter()
        if status == PrintEdition.Status.RENDERING and rendering is None:
            rendering = now - started
        if status not in (PrintEdition.Status.QUEUED, PrintEdition.Status.RENDERING):
            return status, now - started, rendering
        if now - started > timeout:
            raise SystemExit(
                f"edition {edition_id} is still {status} after {timeout:g} s "
                "(is the worker running?)"
            )
        time.sleep(0.01)


def command_renders(args):
    from django.urls import reverse

    from content import print_services as service
    from content.models import MaterialPage
    from content.printing.models import PrintEdition

    page = MaterialPage.objects.get(pk=args.page)

    def render(revision, timeout):
        started = time.perf_counter()
        edition = service.material_edition(page, revision, layout=LAYOUT)
        enqueued = time.perf_counter() - started
        if edition.status == PrintEdition.Status.READY:
            raise SystemExit(f"edition {edition.pk} was already rendered")
        status, total, rendering = wait_for(edition.pk, started, timeout)
        edition.refresh_from_db()
        if status != PrintEdition.Status.READY:
            raise SystemExit(f"edition {edition.pk} is {status}: {edition.error}")
        return edition, {
            "total_ms": total * 1000,
            "enqueue_ms": enqueued * 1000,
            "wait_ms": None if rendering is None else rendering * 1000,
            "render_seconds": edition.render_seconds,
            "pages": edition.pages,
            "size": edition.size,
        }

    # The warm-up: the worker imports and loads what a render needs.
    wait_idle(args.warmup_timeout)
    warm_edition, warm = render(page.live_revision, args.warmup_timeout)
    runs = []
    for _ in range(args.runs):
        # A new revision: a new edition that no cache holds.
        revision = page.save_revision()
        wait_idle(args.timeout)
        time.sleep(0.2)
        runs.append(render(revision, args.timeout)[1])
    totals = [run["total_ms"] for run in runs]
    emit(
        {
            "warmup": warm,
            "runs": runs,
            "median_ms": median(totals),
            "max_ms": max(totals),
            "public": {
                "id": str(warm_edition.pk),
                "path": reverse("kopir_print_public", args=[warm_edition.pk]),
                "size": warm_edition.size,
                "pages": warm_edition.pages,
            },
        }
    )
