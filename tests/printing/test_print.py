"""Print editions: what the PDFs contain, how they fail, who may fetch them."""

import logging
import os
import socket
import threading
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from pypdf import PdfReader

from content import print_documents as documents
from content import print_services as service
from content.printing import engine
from content.printing.errors import PrintError
from content.printing.models import PrintEdition, PrintLink
from content.printing.richtext import print_html
from tests.printing.helpers import (
    KAZAKH_LETTERS,
    KAZAKH_TITLE,
    PASSWORD,
    RUSSIAN_TEXT,
    Shelf,
    error,
    make_image,
    pdf_fonts,
    pdf_info,
    pdf_links,
    pdf_pages,
    pdf_text,
    qr_codes,
    ready,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):
    """Each test its own media directory: leftovers are this test's alone."""
    settings.MEDIA_ROOT = tmp_path / "media"


A4_WIDTH, A4_HEIGHT = 595.276, 841.89


@pytest.fixture
def shelf():
    return Shelf()


def print_material(page, layout="a4", **options):
    return service.material_edition(page, page.live_revision, layout=layout, **options)


def print_dir_leftovers():
    directory = Path(PrintEdition._meta.get_field("file").storage.path("print"))
    if not directory.exists():
        return []
    return [p.name for p in directory.iterdir() if p.name.startswith(".rendering-")]


# --- What the brochure holds -------------------------------------------------------


def test_kazakh_brochure_has_title_letters_metadata_and_embedded_fonts(shelf):
    page = shelf.kazakh_material()
    path = ready(print_material(page))

    text = pdf_text(path)
    assert KAZAKH_TITLE.split(":")[0] in text
    for letter in KAZAKH_LETTERS.split():
        assert letter in text, f"{letter} is missing from the PDF text"
    assert "Сенім телефоны" in text and "114" in text  # the helpline block
    assert "Жастар сауалнамасы, 2020" in text  # a fact keeps its source
    assert "Alpha IRG" in text and "CC BY 4.0" in text  # the colophon

    fonts = pdf_fonts(path)
    assert fonts, "no fonts in the PDF"
    assert all(embedded == "yes" for _, embedded in fonts), fonts
    # Only the Noto fonts shipped in static/fonts, under their @font-face names.
    assert {name.split("+")[1] for name, _ in fonts} <= {
        "Kopir-Sans",
        "Kopir-Sans-Bold",
        "Kopir-Sans-Italic",
        "Kopir-Serif",
        "Kopir-Serif-Bold",
        "Kopir-Serif-Italic",
    }, fonts

    info = pdf_info(path)
    assert info["Tagged"] == "yes"  # structure for screen readers
    assert info["Title"] == KAZAKH_TITLE
    assert info["Author"] == "Alpha IRG"
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "kk"


def test_brochure_prints_where_to_get_help_in_the_materials_region(shelf):
    from audiences.factories import make_region

    atyrau = make_region("atyrau", "Атырау облысы")
    atyrau["kk"].where_to_get_help = "Атырау кеңес беру орталығы: 8 7122 00 00 00"
    atyrau["kk"].save()
    other = make_region("abai", "Абай облысы")
    other["kk"].where_to_get_help = "Семей орталығы"
    other["kk"].save()
    page = shelf.kazakh_material(regions=[atyrau["kk"]])
    text = " ".join(pdf_text(ready(print_material(page))).split())
    assert "Атырау облысы. Атырау кеңес беру орталығы: 8 7122 00 00 00" in text
    assert "Семей" not in text  # only the material's own regions


def test_page_counts_of_each_layout(shelf):
    page = shelf.kazakh_material()
    a4 = ready(print_material(page, "a4"))
    a5 = ready(print_material(page, "a5"))
    folded = ready(print_material(page, "a5", folded=True))
    leaflet = ready(print_material(page, "dl"))

    assert pdf_pages(a4) >= 2  # a cover, then the text
    assert pdf_pages(a5) % 4 == 0  # whole sheets of a booklet
    assert pdf_pages(folded) == pdf_pages(a5) // 2  # two A5 pages per side
    width, height = map(float, pdf_info(folded)["Page size"].split()[0:3:2])
    assert (round(width), round(height)) == (round(A4_HEIGHT), round(A4_WIDTH))
    assert pdf_pages(leaflet) == 2  # outside and inside of a tri-fold
    width, height = map(float, pdf_info(leaflet)["Page size"].split()[0:3:2])
    assert width > height  # landscape


def test_booklet_folding_order_puts_cover_beside_back_page(shelf):
    page = shelf.kazakh_material()
    edition = print_material(page, "a5", folded=True)
    reader = PdfReader(ready(edition))
    first_side = reader.pages[0].extract_text()
    # Sheet 1, front: the back page (colophon) on the left, the cover on the right.
    assert first_side.index("Alpha IRG") < first_side.index(KAZAKH_TITLE[:10]) or (
        "CC BY 4.0" in first_side and KAZAKH_TITLE[:10] in first_side
    )
    assert "CC BY 4.0" in first_side


def test_bleed_adds_three_millimetres_and_a_trim_box(shelf):
    page = shelf.kazakh_material()
    plain = ready(print_material(page, "a4"))
    bled = ready(print_material(page, "a4", bleed=True))
    plain_width = float(pdf_info(plain)["Page size"].split()[0])
    bled_info = pdf_info(bled, "-box")
    bled_width = float(bled_info["Page size"].split()[0])
    assert round(bled_width - plain_width) == 17  # 2 × 3 mm
    trim = [float(x) for x in bled_info["TrimBox"].split()]
    assert round(trim[2] - trim[0]) == round(plain_width)


def test_impossible_option_pairs_are_refused(shelf):
    page = shelf.kazakh_material()
    with translation.override("en"):
        with pytest.raises(PrintError, match="folding order"):
            print_material(page, "a4", folded=True)
        with pytest.raises(PrintError, match="crop marks"):
            print_material(page, "a5", folded=True, bleed=True)
    assert not PrintEdition.objects.exists()


def test_long_material_does_not_fit_a_leaflet(shelf):
    body = [("paragraph", f"<p>{RUSSIAN_TEXT * 6}</p>")] * 8
    page = shelf.material("ru", title="Длинный текст", body=body)
    edition = print_material(page, "dl")
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert "DL leaflet" in error(edition) and "A4" in error(edition)
    assert not edition.file
    assert print_dir_leftovers() == []


def test_russian_is_hyphenated_and_kazakh_is_ragged(shelf):
    long_kk = " ".join(["Ұйымдастырушылардың жауапкершілігі туралы әңгімелесу"] * 60)
    kk = shelf.material(
        "kk", title="Қазақша", body=[("paragraph", f"<p>{long_kk}</p>")]
    )
    ru = shelf.material(
        "ru", title="По-русски", body=[("paragraph", f"<p>{RUSSIAN_TEXT * 5}</p>")]
    )
    kk_lines = pdf_text(ready(print_material(kk, "dl"))).splitlines()
    ru_lines = pdf_text(ready(print_material(ru, "dl"))).splitlines()
    hyphens = ("-", "\u2010", "\u00ad")
    assert not any(line.rstrip().endswith(hyphens) for line in kk_lines)
    assert any(line.rstrip().endswith(hyphens) for line in ru_lines)


def test_images_are_print_renditions(shelf):
    image = make_image("Cover", size=(3000, 2000))
    body = [
        ("paragraph", "<p>Текст.</p>"),
        ("image", image),
    ]
    page = shelf.material("ru", title="С картинкой", body=body, cover_image=image)
    path = ready(print_material(page, "a5"))
    sizes = {
        (r.width, r.height) for r in image.renditions.all() if "jpeg" in r.filter_spec
    }
    # 1400 px wide: about 300 dpi across an A5 text column.
    assert (1400, 933) in sizes
    embedded = {
        (image.image.width, image.image.height)
        for page_ in PdfReader(path).pages
        for image in page_.images
    }
    assert {(1400, 933), (1400, 900)} <= embedded  # body image and cover


# --- QR codes and their counts -----------------------------------------------------


def test_qr_code_points_at_the_material_and_counts_scans(client, shelf):
    page = shelf.kazakh_material()
    edition = print_material(page, "a4")
    path = ready(edition)
    link = PrintLink.objects.get(edition=edition)

    codes = qr_codes(path)
    assert codes == [link.full_url]

    response = client.get(reverse("kopir_qr", args=[link.code]))
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert "Set-Cookie" not in response.headers and not response.cookies
    client.get(reverse("kopir_qr", args=[link.code]))
    link.refresh_from_db()
    assert link.scans == 2 and link.last_scan_on is not None
    # Only the aggregate exists: no table stores who scanned.
    assert [f.name for f in PrintLink._meta.concrete_fields] == [
        "id",
        "code",
        "edition",
        "page",
        "scans",
        "last_scan_on",
    ]


def test_unknown_qr_code_is_404(client, shelf):
    response = client.get(reverse("kopir_qr", args=["nope"]), follow=True)
    assert response.status_code == 404


# --- Safe rendering ----------------------------------------------------------------


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def stop(self):
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    listening = Listener()
    yield listening
    listening.stop()


def hostile_html(port):
    local = f"http://127.0.0.1:{port}"
    return (
        f'<p>Safe words.<img src="file:///etc/passwd"></p>'
        f'<p><a href="file:///etc/passwd" rel="attachment">attachment</a></p>'
        f"<style>@import url({local}/import.css); @font-face {{ font-family: x; "
        f"src: url({local}/font.ttf); }}</style>"
        f'<p style="background: url({local}/bg.png)">Styled.</p>'
        f'<p><a href="{local}/admin">local link</a> and '
        f'<a href="https://example.org/help">a public link</a></p>'
        f'<link rel="stylesheet" href="{local}/sheet.css">'
        f'<iframe src="{local}/frame"></iframe><script>fetch("{local}/js")</script>'
    )


def test_hostile_material_content_reaches_nothing(shelf, listener):
    body = [
        ("paragraph", hostile_html(listener.port)),
        (
            "fact",
            {
                "figure": "1",
                "statement": "A fact.",
                "source": "Somewhere",
                "source_url": f"http://127.0.0.1:{listener.port}/source",
            },
        ),
    ]
    page = shelf.material("en", title="Hostile content", body=body)
    path = ready(print_material(page, "a4"))

    text = pdf_text(path)
    assert "Safe words." in text and "local link" in text
    for needle in ("root:", "127.0.0.1", "passwd", "file:"):
        assert needle not in text, needle
    links, attachments = pdf_links(path)
    assert links == ["https://example.org/help"]  # a public address stays a link
    assert attachments == []
    assert listener.connections == 0


def test_fetcher_refuses_files_network_and_data_even_for_raw_html(listener, tmp_path):
    """Defence in depth: our templates never emit these, the fetcher refuses them."""
    local = f"http://127.0.0.1:{listener.port}"
    html = (
        "<html><head>"
        f'<link rel="stylesheet" href="{local}/sheet.css">'
        f"<style>@import url({local}/import.css);"
        f"@font-face {{ font-family: x; src: url({local}/font.ttf); }}"
        "body { font-family: x; }</style>"
        f'<link rel="attachment" href="file:///etc/passwd">'
        "</head><body><p>Only this.</p>"
        '<img src="file:///etc/passwd"><img src="/etc/passwd">'
        f'<img src="{local}/img.png"><img src="data:image/png;base64,iVBORw0KGgo=">'
        f'<a rel="attachment" href="{local}/file">attached</a>'
        "</body></html>"
    )
    document = engine.PrintDocument(html=html, title="t", language="en")
    target = tmp_path / "raw.pdf"
    assert engine.render_to_file(document, target) == 1
    links, attachments = pdf_links(target)
    assert attachments == [] and all("passwd" not in link for link in links)
    text = pdf_text(target)
    assert "Only this." in text and "root:" not in text
    assert listener.connections == 0


def test_redirects_are_never_followed():
    fetcher = engine.safe_fetcher_class()({})
    for url in (
        "http://example.org/",
        "https://print.kopir.invalid/static/../../etc/passwd",
        "file:///etc/passwd",
        "data:text/plain,hello",
    ):
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)


def test_rich_text_is_rebuilt_from_a_short_list():
    html = print_html(
        '<p class="x" onclick="y()">Hi <b>there</b> <a href="javascript:alert(1)">'
        'x</a> <a href="http://10.0.0.1/">ip</a> <a href="https://kopir.kz/a">ok</a>'
        "</p><style>p{}</style><script>bad()</script><div><ul><li>one</li></ul></div>"
    )
    assert html == (
        "<p>Hi <b>there</b> <span>x</span> <span>ip</span> "
        '<a href="https://kopir.kz/a">ok</a></p><ul><li>one</li></ul>'
    )


def test_deep_nesting_fails_cleanly_with_a_message(shelf):
    nested = "<ul><li>" * 30 + "deep" + "</li></ul>" * 30
    page = shelf.material("ru", title="Вложенный", body=[("paragraph", nested)])
    edition = print_material(page)
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert "nested more than 12 levels" in error(edition)
    assert not edition.file and print_dir_leftovers() == []


def test_huge_image_fails_cleanly_with_a_message(shelf):
    image = make_image("Huge", size=(40, 40))
    image.width, image.height = 12_000, 12_000  # as Wagtail recorded it
    image.save()
    page = shelf.material(
        "ru",
        title="Огромная картинка",
        body=[("image", image)],
    )
    edition = print_material(page)
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert "12000×12000" in error(edition) and "megapixels" in error(edition)
    assert print_dir_leftovers() == []


@override_settings(KOPIR_PRINT_TIMEOUT=0.001)
def test_time_limit_stops_a_render(shelf):
    page = shelf.kazakh_material()
    edition = print_material(page)
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert "longer than" in error(edition)
    assert print_dir_leftovers() == []


def test_failed_edition_can_be_retried(client, shelf):
    page = shelf.kazakh_material()
    with override_settings(KOPIR_PRINT_TIMEOUT=0.001):
        edition = print_material(page)
    client.login(username="editor_a", password=PASSWORD)
    client.post(reverse("kopir_print_retry", args=[edition.pk]))
    ready(edition)


def test_long_log_lines_are_cut_short():
    record = logging.LogRecord(
        "weasyprint", logging.WARNING, __file__, 1, "Failed: %s", ("x" * 5000,), None
    )
    engine.ShortLogFilter().filter(record)
    message = record.getMessage()
    assert len(message) < 260 and message.endswith("more]")


# --- Cache, publish, unpublish, delete ---------------------------------------------


def test_same_request_is_served_from_cache(shelf):
    page = shelf.kazakh_material()
    first = print_material(page, "a5")
    path = ready(first)
    stamp = path.stat().st_mtime_ns
    again = print_material(page, "a5")
    assert again.pk == first.pk
    assert path.stat().st_mtime_ns == stamp
    assert PrintEdition.objects.count() == 1


def test_publish_replaces_and_unpublish_and_delete_remove(client, shelf):
    page = shelf.kazakh_material()
    old = print_material(page, "a4")
    old_path = ready(old)
    old_link = PrintLink.objects.get(edition=old)

    page.title = "Жаңа нұсқа"
    page.save_revision().publish()
    page.refresh_from_db()
    old.refresh_from_db()
    assert old.status == PrintEdition.Status.REPLACED and not old.file
    assert not old_path.exists()
    new = PrintEdition.objects.get(page=page, revision=page.live_revision)
    assert "Жаңа нұсқа" in pdf_text(ready(new))
    # Brochures already handed out keep counting.
    assert client.get(reverse("kopir_qr", args=[old_link.code])).status_code == 302

    new_path = ready(new)
    page.unpublish()
    new.refresh_from_db()
    assert new.status == PrintEdition.Status.WITHDRAWN and not new_path.exists()
    public = reverse("kopir_print_public", args=[new.pk])
    assert client.get(public, follow=True).status_code == 404
    assert client.get(reverse("kopir_qr", args=[old_link.code])).status_code == 410

    page.save_revision().publish()
    page.refresh_from_db()
    again = print_material(page, "a4")
    again_path = ready(again)
    page.delete()
    assert not PrintEdition.objects.exists() and not again_path.exists()


def test_nothing_half_written_is_served(shelf, monkeypatch):
    page = shelf.kazakh_material()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(engine, "finish_pdf", broken)
    edition = print_material(page, "a4")
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED and not edition.file
    assert not os.path.exists(edition.file.storage.path(f"print/{edition.pk}.pdf"))
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


def test_documents_refuse_too_many_blocks(shelf):
    body = [("paragraph", "<p>x</p>")] * (documents.MAX_BLOCKS + 1)
    page = shelf.material("ru", title="Слишком много", body=body)
    edition = print_material(page)
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert "blocks" in error(edition)
