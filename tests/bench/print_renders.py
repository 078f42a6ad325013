"""``print_bench.py renders``: first renders in a running ``task_worker``, each of
a new revision, timed from the request until the edition is READY.

The first two are of new photos: the worker's very first render (the material
published with new copies of its photos, asked for once the publish's tasks are
done), then one asked for at the moment of publishing more new photos, while the
worker still makes their print renditions.
"""

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


NEW_PHOTO = " (new copy)"


def new_photos(page, round_):
    """Publish ``page`` with new copies of its photos: images no rendition was
    made of. The copies of earlier rounds and runs are deleted afterwards."""
    from django.core.files.base import ContentFile

    from content.models import KopirImage

    earlier = list(KopirImage.objects.filter(title__contains=NEW_PHOTO))
    material = page.live_revision.as_object()
    copies = {}

    def copy(image):
        if image.pk not in copies:
            with image.open_file() as handle:
                data = handle.read()
            copies[image.pk] = KopirImage.objects.create(
                title=f"{image.title}{NEW_PHOTO}",
                collection=image.collection,
                description=image.description,
                file=ContentFile(data, name=f"bench-copy-{round_}-{image.pk}.jpg"),
            )
        new = copies[image.pk]
        new.contextual_alt_text = getattr(image, "contextual_alt_text", "")
        new.decorative = False
        return new

    material.cover_image = copy(material.cover_image)
    material.body = [
        (
            block.block_type,
            copy(block.value) if block.block_type == "image" else block.value,
        )
        for block in material.body
    ]
    material.save_revision().publish()
    page.refresh_from_db()
    for image in earlier:
        image.delete()  # Wagtail deletes its files and renditions
    assert not any(image.renditions.exists() for image in copies.values())


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

    # The worker's first render: new photos, published; asked for once the
    # worker is done with the publish's tasks (the print renditions among them).
    wait_idle(args.warmup_timeout)
    new_photos(page, 1)
    wait_idle(args.warmup_timeout)
    cold = render(page.live_revision, args.timeout)[1]
    # New photos again, asked for at the moment of publishing.
    time.sleep(0.2)
    new_photos(page, 2)
    # Its edition, of the live revision, is the one the download step serves.
    warm_edition, publishing = render(page.live_revision, args.timeout)
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
            "cold": cold,
            "publishing": publishing,
            "warmup": publishing,
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
