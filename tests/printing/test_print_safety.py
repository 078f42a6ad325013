"""Safe rendering: hostile content reaches no file or address, and documents
that cannot be printed (too deep, too large, too slow, too many blocks) fail
cleanly with a message and leave no half-written file."""

import logging
import socket
import threading

import pytest
from django.test import override_settings
from django.urls import reverse

from content import print_documents as documents
from content.printing import engine
from content.printing.models import PrintEdition
from content.printing.richtext import print_html
from tests.printing.editions import print_dir_leftovers, print_material
from tests.printing.helpers import (
    PASSWORD,
    error,
    make_image,
    pdf_links,
    pdf_text,
    ready,
)

# Each test its own media directory: leftovers are this test's alone.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media")]


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


def test_documents_refuse_too_many_blocks(shelf):
    body = [("paragraph", "<p>x</p>")] * (documents.MAX_BLOCKS + 1)
    page = shelf.material("ru", title="Слишком много", body=body)
    edition = print_material(page)
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert "blocks" in error(edition)
