"""Print editions rendered by a real ``manage.py task_worker``, as in production.

The request queues a django-tasks task in the database; a separate worker process
takes it, forks the renderer and writes the PDF. A document that cannot be printed
ends as FAILED with a message for the person asking, never as a dead worker or a
half-written file: the same worker goes on to render the next edition.
"""

import pytest
from django.core.files.storage import default_storage
from django_tasks_db.models import DBTaskResult

from content import print_services as service
from content.printing.documents import MAX_IMAGE_PIXELS
from content.printing.models import PrintEdition
from content.printing.richtext import MAX_DEPTH
from tests import worker
from tests.printing.editions import print_dir_leftovers
from tests.printing.helpers import (
    KAZAKH_TITLE,
    Shelf,
    error,
    make_image,
    pdf_info,
    pdf_text,
    shown,
)
from tests.storage import local_copy

# The real-worker fixtures, for this module's tests.
task_worker = worker.task_worker
task_worker_factory = worker.task_worker_factory

pytestmark = pytest.mark.django_db(transaction=True)

RENDER_TASK = "content.printing.tasks.render_edition"


def stored(edition):
    """Whether the storage holds a PDF under the edition's final name."""
    return default_storage.exists(f"print/{edition.pk}.pdf")


def temporary_files():
    """Half-written renders (``.rendering-*.pdf`` and their ``.raw`` files) in the
    storage and the work directory this test shares with its worker."""
    return set(print_dir_leftovers())


def ask(page, layout="a4", **options):
    return service.material_edition(page, page.live_revision, layout=layout, **options)


def finished(running, edition):
    """Wait until the worker ``running`` has finished ``edition`` (ready or
    failed)."""

    def done():
        edition.refresh_from_db()
        return not edition.is_active

    running.wait_for(done, what=f"edition {edition.pk} to be rendered")
    return edition


def task_of(edition):
    """The database task row that rendered ``edition``."""
    return DBTaskResult.objects.get(
        task_path=RENDER_TASK, args_kwargs__args=[str(edition.pk)]
    )


def nested_lists(depth):
    return "<p>Тізім:</p>" + "<ul><li>қабат" * depth + "</li></ul>" * depth


@pytest.fixture
def shelf(transactional_db):
    return Shelf()


def test_the_worker_renders_a_queued_brochure(task_worker, shelf):
    page = shelf.kazakh_material()

    edition = ask(page, layout="a5")

    # Queued in the database for the worker, not run inside enqueue().
    task = task_of(edition)
    assert task.backend_name == "default"
    edition = finished(task_worker, edition)
    assert edition.status == PrintEdition.Status.READY, error(edition)
    assert (edition.progress, *shown(edition)) == (100, "Ready", "")
    # Stored untranslated: a reader sees the stage in their own language.
    assert shown(edition, "kk")[0] == "Дайын"
    assert shown(edition, "ru")[0] == "Готово"
    # The worker records the task's end just after the render marks the edition.
    task_worker.wait_for(
        lambda: task_of(edition).status != "RUNNING", what="the task to be recorded"
    )
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL"
    assert task.return_value == "ready"
    assert task.worker_ids, "no worker claimed the task"

    assert edition.file.name == f"print/{edition.pk}.pdf"
    path = local_copy(edition.file)
    info = pdf_info(path)
    assert info["Title"] == KAZAKH_TITLE
    assert int(info["Pages"]) == edition.pages
    assert edition.pages % 4 == 0  # an A5 booklet is padded to whole sheets
    assert edition.size == path.stat().st_size
    assert "қиын сұрақтарға" in pdf_text(path)
    task_worker.assert_alive()


def test_a_document_that_cannot_be_printed_fails_and_the_worker_goes_on(
    task_worker, shelf
):
    huge = make_image("Panorama", size=(40, 30))
    # The size the library recorded, not the small file: the check must not
    # need to open a file of that size.
    type(huge).objects.filter(pk=huge.pk).update(width=9000, height=6000)
    assert MAX_IMAGE_PIXELS < 9000 * 6000
    with_huge_image = shelf.material(title="Кең сурет", cover_image_id=huge.pk)
    nested = shelf.material(title="Терең тізім", body=[("paragraph", nested_lists(30))])
    ordinary = shelf.material(title="Қарапайым парақ")
    before = temporary_files()

    failed_image = finished(task_worker, ask(with_huge_image))
    assert failed_image.status == PrintEdition.Status.FAILED
    assert error(failed_image) == (
        "“Кең сурет”, cover: the image “Panorama” is 9000×6000 pixels; images "
        "above 40 megapixels cannot be printed. Upload a smaller version and try "
        "again."
    )
    assert (shown(failed_image)[0], failed_image.progress) == ("Failed", 100)
    assert shown(failed_image, "kk")[0] == "Сәтсіз аяқталды"
    assert not failed_image.file
    task_worker.assert_alive()

    failed_nesting = finished(task_worker, ask(nested))
    assert failed_nesting.status == PrintEdition.Status.FAILED
    assert error(failed_nesting) == (
        f"“Терең тізім”, block 1 is nested more than {MAX_DEPTH} levels deep "
        "(lists inside lists). Simplify it before printing."
    )
    task_worker.assert_alive()

    # A failure is the task's answer, not a crash of the task.
    for edition in (failed_image, failed_nesting):
        task = task_of(edition)
        assert (task.status, task.return_value) == ("SUCCESSFUL", "failed")

    # The same worker renders the next, ordinary edition.
    next_edition = finished(task_worker, ask(ordinary))
    assert next_edition.status == PrintEdition.Status.READY, error(next_edition)
    assert pdf_info(local_copy(next_edition.file))["Title"] == "Қарапайым парақ"
    renders = DBTaskResult.objects.filter(task_path=RENDER_TASK)
    assert len({tuple(task.worker_ids) for task in renders}) == 1, (
        "the renders were not all taken by one worker process"
    )
    task_worker.assert_alive()
    assert temporary_files() <= before
    assert not stored(failed_image)
    assert not stored(failed_nesting)


def test_a_renderer_that_runs_out_of_memory_leaves_the_worker_and_no_file(
    task_worker_factory, shelf
):
    """A crash inside the forked renderer, half way through writing the PDF.

    The memory limit of the renderer (PRINT_MEMORY_MB) is set far below what it
    needs, so it fails in the child wherever it first allocates; the message
    depends on where, its start does not.
    """
    worker = task_worker_factory(PRINT_MEMORY_MB="64")
    page = shelf.kazakh_material()
    before = temporary_files()

    failed = finished(worker, ask(page))
    assert failed.status == PrintEdition.Status.FAILED
    assert error(failed).startswith(
        (
            "The PDF could not be rendered: ",
            "The renderer stopped unexpectedly (the document is probably too large).",
        )
    ), error(failed)
    assert not failed.file
    assert temporary_files() <= before
    assert not stored(failed)
    worker.assert_alive()


def test_a_leaflet_too_long_for_two_sides_fails_after_rendering(task_worker, shelf):
    """The DL check runs after the PDF was written to its temporary file; the
    temporary file goes, and the worker renders the next leaflet."""
    long_text = "".join(
        f"<h2>Бөлім {n}</h2><p>{'Ұзын мәтін, қысқа парақ. ' * 60}</p>"
        for n in range(1, 31)
    )
    long = shelf.material(title="Ұзын мәтін", body=[("paragraph", long_text)])
    short = shelf.material(title="Қысқа парақ")
    before = temporary_files()

    failed = finished(task_worker, ask(long, layout="dl"))
    assert failed.status == PrintEdition.Status.FAILED, (
        f"{failed.status}, {failed.pages} pages: the text was not refused"
    )
    assert error(failed).startswith("The text needs ")
    assert error(failed).endswith(
        " pages; a DL leaflet holds a short material on two sides. Choose A4 or "
        "the A5 booklet."
    )
    assert not failed.file
    assert temporary_files() <= before
    assert not stored(failed)
    task_worker.assert_alive()

    leaflet = finished(task_worker, ask(short, layout="dl"))
    assert leaflet.status == PrintEdition.Status.READY, error(leaflet)
    assert pdf_info(local_copy(leaflet.file))["Pages"] == "2"
    assert temporary_files() <= before
