"""Print editions over a material's life: served from the cache, replaced on
publish, removed on unpublish and delete, never half-written; and the public
page's brochure."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from content.printing import engine
from content.printing.models import PrintEdition, PrintLink
from tests.printing.editions import print_dir_leftovers, print_material
from tests.printing.helpers import pdf_text, ready

# Each test its own media directory: leftovers are this test's alone.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media")]


# --- Cache, publish, unpublish, delete ---------------------------------------------


def test_same_request_is_served_from_cache(shelf):
    page = shelf.kazakh_material()
    first = print_material(page, "a5")
    ready(first)
    stamp = default_storage.get_modified_time(first.file.name)
    again = print_material(page, "a5")
    assert again.pk == first.pk
    assert default_storage.get_modified_time(first.file.name) == stamp
    assert PrintEdition.objects.count() == 1


def test_publish_replaces_and_unpublish_and_delete_remove(client, shelf):
    page = shelf.kazakh_material()
    old = print_material(page, "a4")
    ready(old)
    old_name = old.file.name
    old_link = PrintLink.objects.get(edition=old)

    page.title = "Жаңа нұсқа"
    page.save_revision().publish()
    page.refresh_from_db()
    old.refresh_from_db()
    assert old.status == PrintEdition.Status.REPLACED and not old.file
    assert not default_storage.exists(old_name)
    new = PrintEdition.objects.get(page=page, revision=page.live_revision)
    assert "Жаңа нұсқа" in pdf_text(ready(new))
    # Brochures already handed out keep counting.
    assert client.get(reverse("kopir_qr", args=[old_link.code])).status_code == 302

    ready(new)
    new_name = new.file.name
    page.unpublish()
    new.refresh_from_db()
    assert new.status == PrintEdition.Status.WITHDRAWN
    assert not default_storage.exists(new_name)
    public = reverse("kopir_print_public", args=[new.pk])
    assert client.get(public, follow=True).status_code == 404
    assert client.get(reverse("kopir_qr", args=[old_link.code])).status_code == 410

    page.save_revision().publish()
    page.refresh_from_db()
    again = print_material(page, "a4")
    ready(again)
    again_name = again.file.name
    page.delete()
    assert not PrintEdition.objects.exists()
    assert not default_storage.exists(again_name)


def test_nothing_half_written_is_served(shelf, monkeypatch):
    page = shelf.kazakh_material()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(engine, "finish_pdf", broken)
    edition = print_material(page, "a4")
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED and not edition.file
    assert not default_storage.exists(f"print/{edition.pk}.pdf")
    assert print_dir_leftovers() == []


# --- Public pages ------------------------------------------------------------------


def test_published_material_offers_its_brochure(client, shelf):
    page = shelf.kazakh_material()
    html = client.get(page.url).content.decode()
    prepare = reverse("kopir_print_prepare", args=[page.pk, "a5"])
    assert prepare in html

    response = client.get(prepare)  # the test worker renders at once
    assert response.status_code == 302
    pdf = client.get(response["Location"])
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")


def test_draft_material_has_no_public_brochure(client, shelf):
    page = shelf.material("ru", title="Черновик", live=False)
    url = reverse("kopir_print_prepare", args=[page.pk, "a4"])
    assert client.get(url, follow=True).status_code == 404
    assert not PrintEdition.objects.exists()
