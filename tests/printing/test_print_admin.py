"""Print editions in the admin: packs of materials, who may fetch an edition,
the request form and the editions listing's fixed number of queries."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from pypdf import PdfReader

from content import print_services as service
from content.printing.models import PrintEdition, PrintLink
from tests.printing.editions import print_material
from tests.printing.helpers import (
    KAZAKH_TITLE,
    PASSWORD,
    pdf_pages,
    pdf_text,
    qr_codes,
    ready,
)

# Each test its own media directory: leftovers are this test's alone.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media")]


# --- Packs -------------------------------------------------------------------------


def test_pack_has_contents_page_and_one_qr_per_material(client, shelf):
    first = shelf.kazakh_material()
    second = shelf.material("ru", title="Проверь, прежде чем поделиться")
    client.login(username="editor_a", password=PASSWORD)
    response = client.post(
        reverse("kopir_print_pack"),
        {
            "title": "Пакет для школ",
            "organisation": shelf.alpha.pk,
            "language": "ru",
            "materials": [second.pk, first.pk],
            "layout": "a5",
        },
    )
    edition = PrintEdition.objects.get(kind=PrintEdition.Kind.PACK)
    assert response["Location"] == reverse("kopir_print_edition", args=[edition.pk])
    path = ready(edition)
    text = pdf_text(path)
    contents = text[text.index("Contents") if "Contents" in text else 0 :]
    assert contents.index("Проверь") < contents.index(KAZAKH_TITLE[:10])
    assert pdf_pages(path) % 4 == 0
    links = PrintLink.objects.filter(edition=edition)
    assert {link.page_id for link in links} == {first.pk, second.pk}
    assert sorted(qr_codes(path)) == sorted(link.full_url for link in links)
    # Each material is labelled in its own language, not the pack's.
    assert "кейбіреулер не дейді" in text.lower()
    assert "что утверждают некоторые" not in text.lower()
    # Sheets are filled with blank pages at the end, never inside a material.
    texts = [page.extract_text().strip() for page in PdfReader(path).pages]
    last_text = max(i for i, t in enumerate(texts) if t)
    assert all(texts[: last_text + 1])


def test_pack_refuses_other_organisations_drafts(client, shelf):
    draft_b = shelf.material("ru", title="B draft", organisation=shelf.beta, live=False)
    client.login(username="editor_a", password=PASSWORD)
    response = client.post(
        reverse("kopir_print_pack"),
        {
            "title": "Pack",
            "organisation": shelf.alpha.pk,
            "language": "ru",
            "materials": [draft_b.pk],
            "layout": "a4",
        },
    )
    assert response.status_code == 200
    assert "materials" in response.context["form"].errors
    assert not PrintEdition.objects.exists()


# --- Permissions -------------------------------------------------------------------


def test_other_organisation_cannot_fetch_unpublished_edition(client, shelf):
    draft = shelf.material("ru", title="Draft of A", live=False)
    draft.save_revision()
    edition = service.material_edition(
        draft, draft.latest_revision, layout="a4", user=shelf.editor_a
    )
    ready(edition)
    urls = [
        reverse("kopir_print_edition", args=[edition.pk]),
        reverse("kopir_print_status", args=[edition.pk]),
        reverse("kopir_print_download", args=[edition.pk]),
    ]
    client.login(username="editor_b", password=PASSWORD)
    for url in urls:
        response = client.get(url, follow=True)
        assert b"%PDF" not in response.content
        assert b"Draft of A" not in response.content
        assert response.redirect_chain or response.status_code == 404
    public = reverse("kopir_print_public", args=[edition.pk])
    assert client.get(public, follow=True).status_code == 404
    assert client.get(
        reverse("kopir_print_material", args=[draft.pk]), follow=True
    ).status_code in (404, 200)
    assert not PrintEdition.objects.exclude(pk=edition.pk).exists()

    client.logout()
    client.login(username="editor_a", password=PASSWORD)
    response = client.get(urls[2])
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_admin_request_form_queues_and_shows_progress(client, shelf):
    page = shelf.kazakh_material()
    client.login(username="editor_a", password=PASSWORD)
    form = client.get(reverse("kopir_print_material", args=[page.pk]))
    assert form.status_code == 200
    response = client.post(
        reverse("kopir_print_material", args=[page.pk]),
        {"language": page.pk, "layout": "a4", "bleed": "on", "folded": "on"},
    )
    assert response.status_code == 200  # folding order needs the A5 booklet
    # The refusal in the admin's language (Russian).
    with translation.override("ru"):
        refusal = gettext("Only the A5 booklet can be printed in folding order.")
    assert escape(refusal) in response.content.decode()
    response = client.post(
        reverse("kopir_print_material", args=[page.pk]),
        {"language": page.pk, "layout": "a5", "folded": "on"},
    )
    edition = PrintEdition.objects.get()
    assert response["Location"] == reverse("kopir_print_edition", args=[edition.pk])
    status = client.get(reverse("kopir_print_status", args=[edition.pk])).json()
    assert status["status"] == "ready" and status["progress"] == 100
    assert status["download"] == reverse("kopir_print_download", args=[edition.pk])


def test_editions_listing_costs_fixed_queries(client, shelf, django_assert_num_queries):
    client.login(username="editor_a", password=PASSWORD)
    url = reverse("kopir_print_editions")
    page = shelf.kazakh_material()
    print_material(page, "a4")
    client.get(url)
    with django_assert_num_queries(_count(client, url)) as captured:
        client.get(url)
    for layout in ("a5", "dl"):
        print_material(page, layout)
    with django_assert_num_queries(len(captured.captured_queries)):
        response = client.get(url)
    assert response.content.decode().count("kopir_print") == 0
    assert response.content.decode().count("/admin/print/") >= 3


def _count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context.captured_queries)
