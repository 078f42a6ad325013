"""A worker killed in the middle of a render, on the database and the Redis queue.

Real ``manage.py task_worker`` processes: the first is SIGKILLed while the
edition is RENDERING (its render sleeps ``TEST_PRINT_RENDER_DELAY`` seconds
between collecting the content and laying it out, a real render otherwise); a
second one finds the render's lease run out, queues it again and renders it.
The edition ends READY with one file, after two attempts; after
``PRINT_MAX_ATTEMPTS`` deaths it ends FAILED with a message, and "Try again" is
on its page. Two workers on one queue take each render once.

The leases are short here (``FAST_LEASES``): a dead worker is noticed within
about three seconds instead of thirty.
"""

import socket

import django_rq
import pytest
from django.urls import reverse
from django.utils import translation
from django_tasks import task_backends
from django_tasks_db.models import DBTaskResult
from rq.registry import FailedJobRegistry, StartedJobRegistry
from wagtail.users.models import UserProfile

from content import print_services as service
from content.models import WorkerLease
from content.printing.models import PrintEdition
from tests import worker
from tests.printing.helpers import PASSWORD, Shelf, error, pdf_info
from tests.services import start_redis
from tests.storage import local_copy, stored_names

task_worker_factory = worker.task_worker_factory

pytestmark = pytest.mark.django_db(transaction=True)

RENDER_TASK = "content.printing.tasks.render_edition"
FAST_LEASES = {
    "TASK_LEASE_SECONDS": "3",
    "TASK_HEARTBEAT_SECONDS": "1",
    "TASK_REAP_SECONDS": "1",
}
SLOW_RENDER = {"TEST_PRINT_RENDER_DELAY": "120"}
REDIS_PORTS = range(9521, 9530)  # this helper's ports (9520-9539)


@pytest.fixture
def shelf(transactional_db):
    return Shelf()


def free_redis_port():
    for port in REDIS_PORTS:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("No free port for a private Redis.")


@pytest.fixture(params=["database", "rq"])
def workers(request, task_worker_factory):
    """Starts workers on the database queue, or on the RQ queue of a private
    redis-server started for the test."""
    if request.param == "rq":
        redis = start_redis(free_redis_port())
        request.addfinalizer(redis.close)
        # The workers stop before their Redis does.
        request.addfinalizer(
            lambda: [each.stop() for each in reversed(task_worker_factory.workers)]
        )
        task_worker_factory.use_rq(redis.url)
    task_worker_factory.queue = request.param
    return task_worker_factory


def ask(page, layout="a4"):
    return service.material_edition(page, page.live_revision, layout=layout)


def print_files():
    """Every file the storage holds in print/, the half-written included."""
    return stored_names("print")


def edition_now(edition):
    return PrintEdition.objects.get(pk=edition.pk)


def rendering(edition, attempt):
    def check():
        now = edition_now(edition)
        return now.status == PrintEdition.Status.RENDERING and now.attempts == attempt

    return check


def finished(edition):
    return lambda: not edition_now(edition).is_active


def kill_while_rendering(running, edition, attempt):
    running.wait_for(
        rendering(edition, attempt), what=f"attempt {attempt} of the render to start"
    )
    running.kill()
    # The dead worker's edition shows what it showed, until the lease runs out.
    assert edition_now(edition).status == PrintEdition.Status.RENDERING


def assert_no_task_left_running(queue, dead):
    """No task shows "running"; the ``dead`` workers' tasks show "failed"."""
    if queue == "database":
        running = DBTaskResult.objects.filter(status="RUNNING")
        assert not running.exists(), list(running.values("task_path", "worker_ids"))
        failed = DBTaskResult.objects.filter(status="FAILED", task_path=RENDER_TASK)
        assert failed.count() == dead
    else:
        rq_queue = django_rq.get_queue("default")
        assert StartedJobRegistry(queue=rq_queue).get_job_ids() == []
        failed = FailedJobRegistry(queue=rq_queue).get_job_ids()
        assert len(failed) == dead
        for job_id in failed:
            result = task_backends["default"].get_result(job_id)
            assert result.status == "FAILED"
            assert "AbandonedJobError" in result.errors[-1].traceback


def test_a_render_whose_worker_was_killed_is_retried_and_ends_with_one_file(
    workers, shelf
):
    page = shelf.kazakh_material()
    first = workers(**FAST_LEASES, **SLOW_RENDER)
    edition = ask(page)
    kill_while_rendering(first, edition, attempt=1)

    second = workers(crashes_allowed=True, **FAST_LEASES)
    second.wait_for(finished(edition), what="the retried render")

    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, error(edition)
    assert edition.attempts == 2
    assert edition.lease_expires_at is None
    # One file: the final one, nothing half-written beside it.
    assert print_files() == [f"{edition.pk}.pdf"]
    path = local_copy(edition.file)
    assert int(pdf_info(path)["Pages"]) == edition.pages
    assert edition.size == path.stat().st_size
    second.assert_alive()
    assert "queued again" in second.output()

    # The dead worker's task is no longer "running" for ever.
    assert_no_task_left_running(workers.queue, dead=1)
    if workers.queue == "database":
        rows = DBTaskResult.objects.filter(task_path=RENDER_TASK).order_by(
            "enqueued_at"
        )
        assert [row.status for row in rows] == ["FAILED", "SUCCESSFUL"]
        assert rows[0].exception_class_path == "content.reaper.WorkerLost"
        # The dead worker's lease is left to expire; the live one holds its own.
        live = WorkerLease.objects.filter(worker_id=rows[1].worker_ids[-1])
        assert live.exists()


def test_after_as_many_deaths_as_attempts_allowed_the_edition_fails_with_a_message(
    workers, shelf, client
):
    attempts = {"PRINT_MAX_ATTEMPTS": "2", **FAST_LEASES}
    page = shelf.kazakh_material()
    first = workers(**attempts, **SLOW_RENDER)
    edition = ask(page)
    kill_while_rendering(first, edition, attempt=1)
    second = workers(crashes_allowed=True, **attempts, **SLOW_RENDER)
    kill_while_rendering(second, edition, attempt=2)

    third = workers(crashes_allowed=True, **attempts)
    third.wait_for(finished(edition), what="the edition to fail")
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert edition.attempts == 2
    assert error(edition).startswith(
        "The worker stopped 2 times while rendering this edition"
    )
    assert print_files() == []
    assert_no_task_left_running(workers.queue, dead=2)

    # Its page says why and offers "Try again" at once.
    client.login(username="editor_a", password=PASSWORD)
    response = client.get(reverse("kopir_print_edition", args=[edition.pk]))
    text = response.content.decode()
    # In the editor's language: Russian (the admin's default), then Kazakh.
    assert "Обработчик останавливался 2 раза" in text
    assert "Повторить</button>" in text
    profile = UserProfile.get_for_user(response.wsgi_request.user)
    profile.preferred_language = "kk"
    profile.save()
    text = client.get(reverse("kopir_print_edition", args=[edition.pk])).content
    assert "өңдеуші 2 рет тоқтап қалды" in text.decode()
    assert "Қайталап көру</button>" in text.decode()

    # A person's "Try again" gets a full set of attempts, and the worker renders.
    client.post(reverse("kopir_print_retry", args=[edition.pk]))
    third.wait_for(finished(edition), what="the render asked again")
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, error(edition)
    assert edition.attempts == 1
    assert print_files() == [f"{edition.pk}.pdf"]


def test_two_workers_on_one_queue_take_each_render_once(workers, shelf):
    pages = [shelf.material(title=f"Материал {n}") for n in range(4)]
    first, second = workers(), workers()

    editions = [ask(page, layout) for page in pages for layout in ("a4", "a5")]
    for edition in editions:
        first.wait_for(finished(edition), what=f"edition {edition.pk}")
    second.assert_alive()

    for edition in editions:
        edition.refresh_from_db()
        assert edition.status == PrintEdition.Status.READY, error(edition)
        assert edition.attempts == 1
    assert print_files() == sorted(f"{edition.pk}.pdf" for edition in editions)
    if workers.queue == "database":
        rows = DBTaskResult.objects.filter(task_path=RENDER_TASK)
        assert rows.count() == len(editions)
        assert all(row.status == "SUCCESSFUL" for row in rows)
        assert all(len(row.worker_ids) == 1 for row in rows)
        # Both took their share.
        assert len({row.worker_ids[0] for row in rows}) == 2
    else:
        # Each worker's log names the jobs it finished: every render once in all.
        logs = first.output() + second.output()
        for edition in editions:
            done = f"Successfully completed {RENDER_TASK}('{edition.pk}')"
            assert logs.count(done) == 1, edition.pk
        assert "Successfully completed" in first.output()
        assert "Successfully completed" in second.output()


def test_a_brochure_asked_for_while_the_redis_queue_is_down_is_rendered_when_it_is_back(
    task_worker_factory, shelf, client, request
):
    redis = start_redis(free_redis_port())
    request.addfinalizer(redis.close)
    request.addfinalizer(
        lambda: [each.stop() for each in reversed(task_worker_factory.workers)]
    )
    task_worker_factory.use_rq(redis.url)
    page = shelf.kazakh_material()
    redis.stop()

    # The editor asks for the brochure: the page answers, the edition waits.
    client.login(username="editor_a", password=PASSWORD)
    edition = ask(page)
    assert edition.status == PrintEdition.Status.QUEUED
    response = client.get(reverse("kopir_print_edition", args=[edition.pk]))
    assert response.status_code == 200
    with translation.override("ru"):  # the editor's admin language
        waiting = str(PrintEdition.Status.QUEUED.label)
    assert f'<strong data-role="status">{waiting}</strong>' in response.content.decode()

    # Redis is back: a worker's reaper finds the edition still waiting at its
    # recheck (now), queues it again, and the worker renders it.
    redis.start()
    running = task_worker_factory(**FAST_LEASES)
    running.wait_for(finished(edition), what="the render queued again")
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, error(edition)
    assert print_files() == [f"{edition.pk}.pdf"]
    running.assert_alive()
