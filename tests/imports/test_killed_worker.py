"""A real task worker killed while it creates an import's drafts: the database
rolls its transaction back, the reaper marks the job failed (to be tried again)
and removes the image it had stored; tried again, everything is created once."""

import pytest
from wagtail.images import get_image_model

from content.imports import services
from content.models import ImportJob, MaterialPage
from tests import worker
from tests.imports import helpers
from tests.imports.helpers import World, sample_rows
from tests.storage import stored_names

task_worker_factory = worker.task_worker_factory

pytestmark = pytest.mark.django_db(transaction=True)

FAST_LEASES = {
    "TASK_LEASE_SECONDS": "3",
    "TASK_HEARTBEAT_SECONDS": "1",
    "TASK_REAP_SECONDS": "1",
}
Status = ImportJob.Status


def job_now(job):
    return ImportJob.objects.get(pk=job.pk)


def stray_images(job):
    return [n for n in stored_names("original_images") if f"import-{job.pk}-" in n]


def test_a_killed_worker_leaves_nothing_and_the_job_can_be_tried_again(
    task_worker_factory,
):
    w = World()
    first = task_worker_factory(**FAST_LEASES, TEST_IMPORT_CREATE_DELAY="120")
    job = services.start(
        user=w.editor_a,
        organisation=w.alpha,
        kind="materials",
        upload=helpers.upload("m.xlsx", helpers.xlsx(sample_rows())),
        images=helpers.upload(
            "i.zip", helpers.zip_bytes({"family.png": helpers.png()}), "application/zip"
        ),
    )
    first.wait_for(lambda: job_now(job).status == Status.CHECKED, what="the check")
    assert job_now(job).report["error_count"] == 0
    assert services.create(user=w.editor_a, job=job_now(job))
    # Killed inside the transaction: the pages are written, the cover stored.
    first.wait_for(lambda: stray_images(job), what="the cover to be stored")
    assert job_now(job).status == Status.CREATING
    first.kill()

    second = task_worker_factory(crashes_allowed=True, **FAST_LEASES)
    second.wait_for(lambda: job_now(job).status == Status.FAILED, what="the reaper")
    failed = job_now(job)
    assert failed.retryable
    assert not MaterialPage.objects.exists()
    assert not get_image_model().objects.exists()
    # The reaper fails the job first (claiming it), then removes the stored
    # cover: with object storage that takes a moment longer.
    second.wait_for(lambda: stray_images(job) == [], what="the stray cover's removal")

    assert services.retry(user=w.editor_a, job=failed)
    second.wait_for(lambda: job_now(job).status == Status.DONE, what="the retry")
    assert MaterialPage.objects.count() == 4
    assert get_image_model().objects.count() == 1
    assert len(stray_images(job)) == 1
    second.assert_alive()
