"""WeasyPrint, fenced in: a whitelist fetcher, a forked renderer with a time and
memory limit, pypdf post-processing and an atomic move into place."""

import contextlib
import ctypes
import ctypes.util
import logging
import multiprocessing
import os
import resource
import signal
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils.translation import gettext_noop, ngettext_lazy

from content.printing.errors import Message, PrintError

logger = logging.getLogger(__name__)

# Every URL in a print document is absolute on this made-up origin; the fetcher
# answers only the exact URLs it was handed, from files on disk.
ORIGIN = "https://print.kopir.invalid/"
LOG_LIMIT = 200
A4_LONG, A4_SHORT = 841.89, 595.276  # points
MAX_PAGES = 400
# Where a layout takes the pages that pad a booklet to whole sheets (see _lay_out).
FILL = "<!--kopir:fill-->"


class ShortLogFilter(logging.Filter):
    """Cut WeasyPrint's log lines short: a data: URL can be megabytes long."""

    def filter(self, record):
        message = record.getMessage()
        if len(message) > LOG_LIMIT:
            record.msg = message[:LOG_LIMIT] + f"… [{len(message) - LOG_LIMIT} more]"
            record.args = ()
        return True


for _name in ("weasyprint", "weasyprint.progress"):
    logging.getLogger(_name).addFilter(ShortLogFilter())


@dataclass
class PrintDocument:
    """HTML from our templates plus the only files it may load."""

    html: str
    title: str
    language: str
    resources: dict = field(default_factory=dict)  # absolute URL -> file path
    back_cover: bool = False  # ``html`` ends on a back cover page
    # Other layouts of the same content, [(html, back_cover)], in order of
    # preference after ``html``; each is at most as long as the one before.
    alternatives: list = field(default_factory=list)
    # One page of HTML (a notes page) that padding is made of, instead of blanks.
    filler: str = ""

    def layouts(self):
        return [(self.html, self.back_cover), *self.alternatives]

    def static(self, name):
        """The print URL of one of our static files (fonts, logos)."""
        path = finders.find(name)
        if not path:
            raise PrintError(
                gettext_noop("The static file %(name)s is missing."), name=name
            )
        url = ORIGIN + "static/" + name
        self.resources[url] = path
        return url

    def rendition(self, rendition):
        """The print URL of an image rendition that exists on disk."""
        url = ORIGIN + "media/" + rendition.file.name
        self.resources[url] = rendition.file.path
        return url


def safe_fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class SafeFetcher(URLFetcher):
        """Loads only the files a document declared; refuses everything else.

        No file:, data:, http: or https: access of its own, so no network
        connection, no redirect and no file outside the declared list.
        """

        def __init__(self, resources):
            super().__init__(allow_redirects=False, allowed_protocols=())
            self.resources = dict(resources)

        def fetch(self, url, headers=None):
            path = self.resources.get(url)
            if path is None:
                raise ValueError(f"refused by Kopir's print fetcher: {url[:120]}")
            return URLFetcherResponse(
                url, body=Path(path).read_bytes(), headers={}, status=200
            )

    return SafeFetcher


def _lay_out(layouts, filler, pad_to, fetcher):
    """Lay out the layout that needs the fewest sheets; pad it with filler pages.

    ``layouts`` are HTML strings in order of preference. The first one whose page
    count, rounded up to a multiple of ``pad_to``, is the smallest wins; a layout
    that needs no padding cannot be beaten (the later ones are no shorter by a
    whole sheet), so the rest are not laid out. The pages still missing are made
    of ``filler`` where the layout marks FILL; if that does not come out exactly,
    the unpadded document is returned and ``finish_pdf`` adds blank pages.

    Returns ``(document, index of the layout)``.
    """
    from weasyprint import HTML

    def lay_out(html):
        return HTML(string=html, base_url=ORIGIN, url_fetcher=fetcher).render()

    best = None
    for index, html in enumerate(layouts):
        document = lay_out(html.replace(FILL, ""))
        count = len(document.pages)
        if count > MAX_PAGES:
            return document, index
        whole = -(-count // pad_to) * pad_to
        if best is None or whole < best[0]:
            best = (whole, index, document)
        if count == whole:
            break
    whole, index, document = best
    missing = whole - len(document.pages)
    if missing and filler and FILL in layouts[index]:
        padded = lay_out(layouts[index].replace(FILL, filler * missing))
        if len(padded.pages) == whole:
            document = padded
    return document, index


def _render_child(connection, layouts, filler, pad_to, resources, target, limit):
    """Runs in the forked process: lay out and write the PDF, report pages."""
    _die_with_parent()
    try:
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        document, index = _lay_out(
            layouts, filler, pad_to, safe_fetcher_class()(resources)
        )
        pages = len(document.pages)
        if pages > MAX_PAGES:
            connection.send(
                (
                    "error",
                    Message.counted(
                        ngettext_lazy(
                            "The document would have %(count)s page.",
                            "The document would have %(count)s pages.",
                            "count",
                        ),
                        count=pages,
                    ),
                )
            )
            return
        # Tagged: headings, paragraphs, lists and images reach screen readers.
        document.write_pdf(target, pdf_tags=True)
        connection.send(("ok", (pages, index)))
    except MemoryError:
        connection.send(
            (
                "error",
                Message(gettext_noop("The document needs more memory than allowed.")),
            )
        )
    except RecursionError:
        connection.send(
            (
                "error",
                Message(gettext_noop("The document is nested too deeply to lay out.")),
            )
        )
    except Exception as exc:  # reported to the person asking, in short
        connection.send(("error", f"{type(exc).__name__}: {str(exc)[:LOG_LIMIT]}"))
    finally:
        connection.close()


PR_SET_PDEATHSIG = 1  # prctl(2)


def _die_with_parent():
    """A renderer whose worker was killed stops too (Linux): it must not write
    a file after the render was handed to another worker."""
    parent = multiprocessing.parent_process()
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent.pid:  # died before prctl
        os._exit(1)


_warm = False


def warm_engine(fonts=("fonts/NotoSans-Regular.ttf",)):
    """Import WeasyPrint and lay out a line in each of ``fonts`` in this process,
    once.

    Forked children inherit the imported modules and the font caches, so a render
    in a running worker pays neither the import (~0.6 s) nor the first-layout cost.
    """
    global _warm
    if _warm:
        return
    from weasyprint import HTML

    document = PrintDocument(html="", title="", language="kk")
    faces = "".join(
        f"@font-face {{ font-family: f{n}; src: url('{document.static(font)}'); }}"
        f".f{n} {{ font-family: f{n}; }}"
        for n, font in enumerate(fonts)
    )
    lines = "".join(f"<p class='f{n}'>Kopir әғқңөұүһі</p>" for n in range(len(fonts)))
    document.html = f"<style>{faces}</style>{lines}"
    HTML(
        string=document.html,
        base_url=ORIGIN,
        url_fetcher=safe_fetcher_class()(document.resources),
    ).render()
    _warm = True


def render_to_file(document, target, timeout=None, memory_limit=None, pad_to=1):
    """Render ``document`` into the PDF file ``target``; return the page count.

    With ``pad_to`` (4 for a booklet) the layout needing the fewest whole sheets
    is chosen among ``document.layouts()`` and padded with ``document.filler``;
    afterwards ``document.html`` and ``document.back_cover`` describe the one
    printed.

    WeasyPrint runs in a forked child (warm: it shares the worker's imports), so a
    crash, a runaway layout or a memory blow-up ends the child, never the worker.
    """
    timeout = timeout or settings.KOPIR_PRINT_TIMEOUT
    memory_limit = memory_limit or settings.KOPIR_PRINT_MEMORY_LIMIT
    warm_engine()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    layouts = document.layouts()
    child = context.Process(
        target=_render_child,
        args=(
            sender,
            [html for html, _ in layouts],
            document.filler,
            max(1, pad_to),
            document.resources,
            str(target),
            memory_limit,
        ),
        daemon=True,
    )
    started = time.monotonic()
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise PrintError(
                gettext_noop(
                    "Rendering took longer than %(seconds)s seconds and was stopped. "
                    "Shorten the document or split it into a pack."
                ),
                seconds=f"{timeout:g}",
            )
        try:
            outcome, value = receiver.recv()
        except EOFError:
            raise PrintError(
                gettext_noop(
                    "The renderer stopped unexpectedly (the document is probably "
                    "too large). Nothing was saved."
                )
            ) from None
    finally:
        if child.is_alive():
            child.join(max(0.0, min(2.0, timeout - (time.monotonic() - started))))
        if child.is_alive():
            child.kill()
            child.join()
        receiver.close()
    if outcome != "ok":
        # ``value`` is a Message, or a technical detail shown as it is.
        raise PrintError(
            gettext_noop("The PDF could not be rendered: %(reason)s"), reason=value
        )
    pages, index = value
    document.html, document.back_cover = layouts[index]
    return pages


def finish_pdf(
    source, target, *, pad_to=1, back_cover=True, folded=False, metadata=None
):
    """Pad a booklet to whole sheets, impose it for folding, set metadata.

    Blank pages go before the last page when it is a back cover, else at the end.

    Without folding the document is cloned, so WeasyPrint's tags (the structure a
    screen reader follows), language and outline survive.
    """
    from pypdf import PdfReader, PdfWriter, Transformation

    reader = PdfReader(source)
    count = len(reader.pages)
    blanks = (pad_to - count % pad_to) % pad_to if pad_to > 1 else 0
    blank_at = count - 1 if back_cover else count
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    info = dict(reader.metadata or {})
    info.update(metadata or {})
    if not folded:
        writer = PdfWriter(clone_from=reader)
        for _ in range(blanks):
            writer.insert_blank_page(width=width, height=height, index=blank_at)
        writer.add_metadata(info)
        writer.write(target)
        return len(writer.pages)
    pages = list(reader.pages)
    writer = PdfWriter()
    for _ in range(blanks):
        pages.insert(blank_at, None)
    count = len(pages)
    # Two A5 pages (2 × 148 mm) centred on an A4 landscape sheet (297 mm).
    sheet_width, sheet_height = max(2 * width, A4_LONG), max(height, A4_SHORT)
    dx, dy = (sheet_width - 2 * width) / 2, (sheet_height - height) / 2
    for sheet in range(count // 4):
        for left, right in (
            (count - 1 - 2 * sheet, 2 * sheet),
            (2 * sheet + 1, count - 2 - 2 * sheet),
        ):
            side = writer.add_blank_page(width=sheet_width, height=sheet_height)
            for index, offset in ((left, dx), (right, dx + width)):
                if pages[index] is not None:
                    side.merge_transformed_page(
                        pages[index], Transformation().translate(tx=offset, ty=dy)
                    )
    writer.add_metadata(info)
    root = reader.trailer["/Root"]
    if "/Lang" in root:
        from pypdf.generic import NameObject

        writer._root_object[NameObject("/Lang")] = root["/Lang"]
    writer.write(target)
    return len(writer.pages)


def write_atomically(directory, write, prefix=".rendering-"):
    """Call ``write(path)`` on a new temporary file in ``directory``.

    Returns ``(path, what write returned)``; the caller checks the file and moves it
    to its final name (same directory, so the move is atomic). When ``write``
    fails the temporary file is removed: nothing half-written ever has the final
    name.
    """
    os.makedirs(directory, exist_ok=True)
    handle, path = tempfile.mkstemp(dir=directory, prefix=prefix, suffix=".pdf")
    os.close(handle)
    try:
        result = write(path)
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise
    return path, result
