"""Print editions on S3-compatible object storage (moto's S3 server, started by
these tests on loopback): the PDF is one private object per edition, served only
through the permission-checked views; with the storage down a render fails with
a message and is retried when it is back, losing nothing."""

import io
import uuid
from types import SimpleNamespace

import pytest
import requests
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from PIL import Image
from pypdf import PdfReader

from content import print_services as service
from content.printing import engine, services, tasks
from content.printing.errors import StorageUnavailable
from content.printing.models import PrintEdition, PrintLink
from tests import worker
from tests.printing.editions import print_dir_leftovers
from tests.printing.helpers import PASSWORD, error, make_image, ready, shown
from tests.services import start_s3
from tests.storage import s3_default, stored_names

task_worker_factory = worker.task_worker_factory

UNAVAILABLE = (
    "The file storage could not be reached. The edition will be rendered again "
    "automatically when it is back."
)


@pytest.fixture(scope="module")
def s3_server():
    server = start_s3()
    yield server
    server.stop()


@pytest.fixture
def bucket(s3_server, settings, monkeypatch, tmp_path):
    """A bucket of this test's own as the default storage, for this process and
    (through the environment) its workers."""
    name = s3_server.create_bucket(f"kopir-{uuid.uuid4().hex[:12]}")
    environment = s3_server.environment(name)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_default(environment["STORAGE_URL"]),
    }
    settings.KOPIR_PRINT_WORK_DIR = str(tmp_path / "print-work")
    return name


def keys(server, bucket, prefix=""):
    listing = server.client().list_objects_v2(Bucket=bucket, Prefix=prefix)
    return sorted(entry["Key"] for entry in listing.get("Contents", []))


def draft_edition(shelf):
    draft = shelf.material("ru", title="Draft of A", live=False)
    draft.save_revision()
    return service.material_edition(
        draft, draft.latest_revision, layout="a4", user=shelf.editor_a
    )


@pytest.mark.django_db
def test_the_edition_is_one_object_in_the_bucket_even_after_a_rerender(
    s3_server, bucket, shelf
):
    page = shelf.kazakh_material(cover_image_id=make_image("Cover").pk)
    edition = service.material_edition(page, page.live_revision, layout="a5")
    ready(edition)
    name = f"print/{edition.pk}.pdf"
    assert edition.file.name == name
    assert keys(s3_server, bucket, "print/") == [name]
    head = s3_server.client().head_object(Bucket=bucket, Key=name)
    assert head["ContentLength"] == edition.size
    assert head["ContentType"] == "application/pdf"
    # The rendition the PDF shows was read from the bucket too.
    assert keys(s3_server, bucket, "images/")

    # A retry of the same render replaces the object: no print/<id>_AbCd12.pdf.
    PrintEdition.objects.filter(pk=edition.pk).update(status=PrintEdition.Status.QUEUED)
    assert tasks.render_edition.call(str(edition.pk)) == "ready"
    assert keys(s3_server, bucket, "print/") == [name]
    assert default_storage.open(name).read().startswith(b"%PDF")


@pytest.mark.django_db
def test_an_unpublished_edition_is_private_in_the_bucket_and_in_the_app(
    s3_server, bucket, shelf, client
):
    edition = draft_edition(shelf)
    ready(edition)
    key = f"print/{edition.pk}.pdf"
    assert keys(s3_server, bucket, "print/") == [key]

    # Nobody reads it from the bucket without the keys: no public ACL.
    anonymous = requests.get(f"{s3_server.endpoint}/{bucket}/{key}", timeout=5)
    assert anonymous.status_code == 403
    assert not anonymous.content.startswith(b"%PDF")
    grants = s3_server.client().get_object_acl(Bucket=bucket, Key=key)["Grants"]
    assert not [g for g in grants if "URI" in g["Grantee"]], grants
    # The address the application gives out is its own, not the bucket's.
    assert edition.file.url == f"/media/{key}"

    download = reverse("kopir_print_download", args=[edition.pk])
    client.login(username="editor_b", password=PASSWORD)
    refused = client.get(download, follow=True)
    assert refused.redirect_chain or refused.status_code == 404
    assert b"%PDF" not in refused.content
    client.logout()
    assert (
        client.get(reverse("kopir_print_public", args=[edition.pk])).status_code == 404
    )

    client.login(username="editor_a", password=PASSWORD)
    response = client.get(download)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    stored = s3_server.client().get_object(Bucket=bucket, Key=key)["Body"].read()
    assert body == stored and body.startswith(b"%PDF")


@pytest.mark.django_db
def test_image_renditions_stream_from_the_bucket_with_their_cache_headers(
    s3_server, bucket, shelf, client
):
    image = make_image("Shared")
    page = shelf.material(cover_image_id=image.pk)
    rendition = image.get_rendition("max-165x165")
    assert rendition.url == f"/media/{rendition.file.name}"
    assert keys(s3_server, bucket, rendition.file.name) == [rendition.file.name]

    response = client.get(rendition.url)
    assert response.status_code == 200, response
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"
    again = client.get(rendition.url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304
    # The original is never served.
    assert client.get(f"/media/{image.file.name}").status_code == 404
    assert page.live


def test_the_renderer_reads_stored_images_from_the_bucket_and_says_when_it_cannot(
    s3_server, bucket, tmp_path
):
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 30, 30)).save(buffer, "PNG")
    name = default_storage.save("images/red.png", ContentFile(buffer.getvalue()))

    def document():
        printed = engine.PrintDocument(html="", title="t", language="en")
        url = printed.rendition(SimpleNamespace(file=SimpleNamespace(name=name)))
        printed.html = f'<p>Red:</p><img src="{url}" style="width: 5cm">'
        return printed

    # The image is in the PDF: the forked renderer fetched it from the bucket.
    assert engine.render_to_file(document(), tmp_path / "up.pdf") == 1
    assert len(PdfReader(tmp_path / "up.pdf").pages[0].images) == 1

    s3_server.stop()
    try:
        # Not a PDF without its image: the render stops and says why.
        with pytest.raises(StorageUnavailable) as failure:
            engine.render_to_file(document(), tmp_path / "down.pdf")
        with translation.override("en"):
            assert str(failure.value) == UNAVAILABLE
    finally:
        s3_server.start()


@pytest.mark.django_db(transaction=True)
def test_a_render_with_the_storage_down_fails_and_is_retried_when_it_is_back(
    task_worker_factory, s3_server, bucket, client
):
    from tests.printing.helpers import Shelf

    shelf = Shelf()
    page = shelf.kazakh_material(cover_image_id=make_image("Cover").pk)
    # The worker's environment names this test's bucket and S3 server.
    running = task_worker_factory(**s3_server.environment(bucket))
    rendition = page.cover_image.get_rendition("max-165x165")
    shipped = service.material_edition(page, page.live_revision, layout="a4")
    running.wait_for(
        lambda: PrintEdition.objects.get(pk=shipped.pk).is_ready,
        what="the first edition to be ready",
    )
    edition_options = {"layout": "a5", "folded": True, "user": shelf.editor_a}

    s3_server.stop()
    try:
        edition = service.material_edition(page, page.live_revision, **edition_options)

        def finished():
            edition.refresh_from_db()
            return not edition.is_active

        running.wait_for(finished, what="the render to give up")
        assert edition.status == PrintEdition.Status.FAILED
        assert error(edition) == UNAVAILABLE
        assert shown(edition)[0] == "Failed"
        assert not edition.file
        running.assert_alive()

        # Meanwhile a ready edition's download says to come back, not a 500.
        client.login(username="editor_a", password=PASSWORD)
        response = client.get(reverse("kopir_print_download", args=[shipped.pk]))
        assert response.status_code == 503
        # In the editor's language (Russian, the admin's default).
        assert "Файловое хранилище сейчас недоступно" in response.content.decode()
        image = client.get(rendition.url)
        assert image.status_code == 503 and image["Retry-After"] == "60"
    finally:
        s3_server.start()

    assert services.retry_failed_renders() == 1
    assert services.retry_failed_renders() == 0  # queued once, not twice
    running.wait_for(
        lambda: PrintEdition.objects.get(pk=edition.pk).is_ready,
        what="the retried edition to be ready",
    )
    edition.refresh_from_db()
    assert (edition.layout, edition.folded, edition.requested_by) == (
        "a5",
        True,
        shelf.editor_a,
    )
    assert shown(edition) == ("Ready", "")
    assert PrintLink.objects.filter(edition=edition, page=page).exists()
    assert keys(s3_server, bucket, "print/") == sorted(
        [f"print/{shipped.pk}.pdf", f"print/{edition.pk}.pdf"]
    )
    running.assert_alive()


@pytest.mark.django_db
@pytest.mark.usefixtures("own_media")
def test_a_rerender_replaces_the_file_on_the_suites_storage_too(shelf):
    """The file system (or, with TEST_STORAGE=s3, the suite's bucket): still
    one file per edition after a second render, and no work file left."""
    page = shelf.kazakh_material()
    edition = service.material_edition(page, page.live_revision, layout="a4")
    ready(edition)
    PrintEdition.objects.filter(pk=edition.pk).update(status=PrintEdition.Status.QUEUED)
    assert tasks.render_edition.call(str(edition.pk)) == "ready"
    assert stored_names("print") == [f"{edition.pk}.pdf"]
    assert print_dir_leftovers() == []


@pytest.mark.django_db(transaction=True)
def test_an_upload_while_the_storage_is_down_is_a_clear_503_and_saves_nothing(
    s3_server, bucket, shelf, client
):
    from content.models import KopirImage

    client.login(username="editor_a", password=PASSWORD)
    form = client.get("/admin/images/add/")
    assert form.status_code == 200
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 40, 40)).save(buffer, "JPEG")
    upload = ContentFile(buffer.getvalue(), name="poster.jpg")
    before = KopirImage.objects.count()

    s3_server.stop()
    try:
        response = client.post(
            "/admin/images/add/",
            {"title": "Плакат", "file": upload, "credit": "Kopir"},
        )
    finally:
        s3_server.start()

    assert response.status_code == 503, response.content[:500]
    assert response["Retry-After"] == "60"
    # In the editor's language (Russian, the admin's default).
    assert "Файловое хранилище сейчас недоступно" in response.content.decode()
    assert KopirImage.objects.count() == before
