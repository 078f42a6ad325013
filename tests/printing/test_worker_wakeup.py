"""What publishing prepares for the print worker, and how fast the worker wakes.

Publishing a material queues its print renditions (every layout's size of the
cover and the body's images), which a real ``manage.py task_worker`` makes in the
background; the brochure asked for next finds them. A task queued while the
worker idles is taken long before its ``--interval``: on PostgreSQL a NOTIFY
wakes it, on SQLite it polls often after being busy or started.
"""

import datetime
import logging
import time

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from content import print_services as service
from content.print_documents import COVER, RENDITION
from content.print_renditions import make_print_renditions
from content.printing.models import PrintEdition
from tests import worker
from tests.printing.helpers import Shelf, error, make_image

task_worker = worker.task_worker
task_worker_factory = worker.task_worker_factory

pytestmark = pytest.mark.django_db(transaction=True)

RENDITIONS_TASK = "content.print_renditions.make_print_renditions"
LONG_INTERVAL = 30  # seconds: the worker's fallback poll in the wake-up test


@pytest.fixture
def shelf(transactional_db):
    return Shelf()


def specs(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def renditions_task(page):
    return DBTaskResult.objects.get(
        task_path=RENDITIONS_TASK, args_kwargs__args=[page.pk]
    )


def test_publishing_queues_the_print_renditions_and_the_worker_makes_them(
    task_worker, shelf
):
    cover = make_image("Cover photo", size=(2400, 1600))
    inside = make_image("Inside photo", size=(1800, 1200))
    page = shelf.material(
        title="Суреттері бар парақ",
        cover_image_id=cover.pk,
        body=[("paragraph", "<p>Мәтін.</p>"), ("image", inside)],
    )

    # Queued by the publish, for the worker.
    task = renditions_task(page)
    task_worker.wait_for(
        lambda: DBTaskResult.objects.get(pk=task.pk).status == "SUCCESSFUL",
        what="the print renditions",
    )
    task.refresh_from_db()
    assert task.return_value == 2  # both images
    assert specs(cover) == set(COVER.values())
    assert specs(inside) == set(RENDITION.values())

    # The brochure asked for now uses them: no new rendition is made.
    count = cover.renditions.count() + inside.renditions.count()
    edition = service.material_edition(page, page.live_revision, layout="a5")
    task_worker.wait_for(
        lambda: not PrintEdition.objects.get(pk=edition.pk).is_active,
        what="the brochure",
    )
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, error(edition)
    assert cover.renditions.count() + inside.renditions.count() == count

    # Publishing again makes nothing twice.
    page.save_revision().publish()
    again = DBTaskResult.objects.filter(task_path=RENDITIONS_TASK).exclude(pk=task.pk)
    task_worker.wait_for(
        lambda: again.filter(status="SUCCESSFUL").exists(), what="the second run"
    )
    assert cover.renditions.count() + inside.renditions.count() == count
    task_worker.assert_alive()


def test_an_unreadable_image_is_logged_and_the_others_are_made(shelf, caplog):
    """Run in the test (the ImmediateBackend runs a task inside ``enqueue()``):
    the publish goes through, the broken image is logged, the good one is done."""
    broken = make_image("Broken photo")
    broken.file.storage.delete(broken.file.name)
    good = make_image("Good photo")

    with caplog.at_level(logging.ERROR, logger="content.print_renditions"):
        page = shelf.material(
            cover_image_id=broken.pk, body=[("image", good)], title="Бір сурет"
        )

    page.refresh_from_db()
    assert page.live
    assert specs(good) == set(RENDITION.values())
    assert not specs(broken)
    assert f"Print renditions of image {broken.pk} failed" in caplog.text
    assert make_print_renditions.call(page.pk) == 1


def test_a_task_queued_while_the_worker_idles_wakes_it(task_worker_factory, shelf):
    """The worker polls at most every LONG_INTERVAL seconds; the task is taken
    long before its next poll would have found it."""
    page = shelf.material(title="Оятатын парақ")
    idle = task_worker_factory(interval=LONG_INTERVAL)
    idle.wait_for(
        lambda: not DBTaskResult.objects.ready().exists(), what="an empty queue"
    )
    # Idle for a while: on PostgreSQL inside its long wait, on SQLite polling
    # less often than just after a task.
    time.sleep(1.5)

    queued = make_print_renditions.enqueue(page.pk)
    task = DBTaskResult.objects.get(pk=queued.id)
    idle.wait_for(
        lambda: DBTaskResult.objects.get(pk=task.pk).status == "SUCCESSFUL",
        timeout=LONG_INTERVAL - 5,
        interval=0.05,
        what=f"the worker to wake ({connection.vendor})",
    )
    task.refresh_from_db()
    assert task.started_at - task.enqueued_at < datetime.timedelta(
        seconds=LONG_INTERVAL
    )
    idle.assert_alive()
