#!/usr/bin/env python3
"""The print part of ``make bench``: the Django side, run by ``run_bench.py``.

Every command runs inside Django with the bench environment that run_bench.py sets
(``kopir.settings.bench``, the ``kopir_bench`` database, ``MEDIA_ROOT`` under
``bench-results/``) and ends by printing one ``PRINTJSON {...}`` line:

``setup``
    creates or updates the bench material: a published English MaterialPage
    (slug ``kopir-print-bench``) in an organisation's space, with three generated
    2400×1600 JPEG photos saved as ``content.KopirImage`` (the cover and two body
    images). Its text is sized so that the A5 brochure comes out at exactly four
    pages: WeasyPrint lays out candidate revisions, and the amount of text chosen
    is the middle of the range that gives four pages, so a revision number one digit
    longer cannot tip it over. Earlier print editions of the material are deleted.
``renders``
    needs a ``manage.py db_worker`` running. Renders the live revision's A5 brochure
    once (the warm-up; it is also the edition the download step serves), then
    ``--runs`` times saves a new revision and asks for its brochure
    (``service.material_edition``), polling ``PrintEdition.status`` every 10 ms
    until it is READY: enqueue to READY as the database shows it.
``reference``
    takes the HTML the task renders for a ready edition (``documents.build``) and
    prints it with WeasyPrint in this process (warm, the engine's fetcher), with
    WeasyPrint in a new Python process and with headless Chromium, both from an
    HTML file whose resources point at the local files.

Run ``python tests/bench/run_bench.py --print-only`` rather than this file.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SLUG = "kopir-print-bench"
LANGUAGE = "en"
LAYOUT = "a5"
PAGES = 4
PHOTO_SIZE = (2400, 1600)
PHOTOS = (
    ("Print bench: steppe at dawn", "The steppe at dawn under a pale sky."),
    ("Print bench: river valley", "A river winding through a green valley."),
    ("Print bench: city park", "Trees and a path in a city park in autumn."),
)
TITLE = "Talking with the people close to you"
SUMMARY = (
    "How to keep talking with a son, a sister or a friend who has started to see "
    "the world as us against them: what helps, what does not, and where to find "
    "support."
)
# The text is made of these sentences, in turn; paragraphs hold five each.
SENTENCES = [
    "Most people who drift towards a closed group do not leave their family in one "
    "step; they stop answering some questions first.",
    "A parent usually notices the silence before noticing the new ideas.",
    "It helps to ask about the people your son spends his evenings with, and to "
    "listen to the answer without correcting it straight away.",
    "Arguments about facts rarely change a mind that has found a sense of belonging.",
    "What changes minds is the feeling that the family is still a place where one "
    "can be heard.",
    "Recruiters online promise attention, a clear enemy and a simple story in "
    "which the listener is a hero.",
    "A family can offer attention too, and a more honest story in which nobody has "
    "to be an enemy.",
    "Keep the tone calm, even when what you hear frightens you.",
    "Say what you feel rather than what the other person is doing wrong.",
    "Ask what he would lose if the group turned out to be wrong about something.",
    "Share meals, errands and small tasks; shared routines keep a door open.",
    "Do not forbid every contact at once: a ban often makes the group look braver "
    "and the family look afraid.",
    "Talk to the school, the imam or the youth worker he trusts, and ask them to "
    "stay in touch with him as well.",
    "Notice the moments when he laughs, helps or asks for advice, and build on them.",
    "Young people who feel useful at home and in their neighbourhood are much "
    "harder to recruit.",
    "If he speaks about violence, or about leaving the country, call the helpline "
    "the same day.",
    "The specialists there have talked with many families in the same situation "
    "and can advise you confidentially.",
    "Look after yourself too: worried parents need rest, friends and someone to "
    "talk to.",
    "Change takes months rather than days, and setbacks are part of it.",
    "Every honest conversation, even a short one, is a step back towards each other.",
]
QUOTE = (
    "I did not win a single argument with my brother. What brought him back was "
    "that we never stopped inviting him to dinner."
)


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kopir.settings.bench")
    import django

    django.setup()


def emit(data):
    print("PRINTJSON " + json.dumps(data), flush=True)


def median(values):
    return statistics.median(values) if values else None


# --- setup -------------------------------------------------------------------------


def photo(seed):
    """A 2400×1600 landscape 'photo' as JPEG bytes: sky, hills, sun and film grain."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    width, height = PHOTO_SIZE
    top = tuple(rng.randint(90, 170) for _ in range(3))
    bottom = tuple(rng.randint(200, 250) for _ in range(3))
    gradient = Image.linear_gradient("L").resize((width, height))
    canvas = Image.composite(
        Image.new("RGB", PHOTO_SIZE, bottom),
        Image.new("RGB", PHOTO_SIZE, top),
        gradient,
    )
    draw = ImageDraw.Draw(canvas)
    sun_x, sun_y, sun_r = rng.randint(300, 2100), rng.randint(200, 600), 140
    draw.ellipse(
        (sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r),
        fill=(255, 236, 190),
    )
    for layer in range(4):
        base = 800 + layer * 200
        colour = tuple(max(0, c - 40 * layer) for c in (90, 140, 80))
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base + rng.randint(-120, 120)))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    for _ in range(60):
        x, y = rng.randint(0, width), rng.randint(1000, height)
        draw.ellipse(
            (x - 30, y - 90, x + 30, y), fill=(40, 70 + rng.randint(0, 40), 40)
        )
    canvas = canvas.filter(ImageFilter.GaussianBlur(2))
    grain = Image.frombytes("L", PHOTO_SIZE, rng.randbytes(width * height))
    canvas = Image.blend(canvas, Image.merge("RGB", (grain,) * 3), 0.06)
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=90)
    return out.getvalue()


def bench_image(number, collection):
    """The bench photo ``number``, reused while its file and renditions exist."""
    from django.core.files.base import ContentFile
    from wagtail.utils.file import hash_filelike

    from content.models import KopirImage

    title, description = PHOTOS[number]
    image = KopirImage.objects.filter(title=title).order_by("pk").first()
    storage_ok = (
        image is not None
        and image.file
        and image.file.storage.exists(image.file.name)
        and (image.width, image.height) == PHOTO_SIZE
    )
    if storage_ok:
        if any(
            not rendition.file.storage.exists(rendition.file.name)
            for rendition in image.renditions.all()
        ):
            image.renditions.all().delete()
        return image
    data = photo(f"kopir-print-bench-{number}")
    if image is None:
        image = KopirImage(title=title, collection=collection)
    else:
        image.renditions.all().delete()
        if image.file and image.file.storage.exists(image.file.name):
            image.file.delete(save=False)
    image.file = ContentFile(data, name=f"kopir-print-bench-{number + 1}.jpg")
    image.width, image.height = PHOTO_SIZE
    image.file_size = len(data)
    image.file_hash = hash_filelike(io.BytesIO(data))
    image.description = description
    image.credit = "Kopir bench"
    image.save()
    return image


def body(sentences, images):
    """The body: two images, then ``sentences`` sentences of running text."""
    from wagtail.rich_text import RichText

    def paragraphs(count, start):
        out = []
        for first in range(0, count, 5):
            chosen = [
                SENTENCES[(start + i) % len(SENTENCES)]
                for i in range(first, min(count, first + 5))
            ]
            out.append(("paragraph", RichText("<p>" + " ".join(chosen) + "</p>")))
        return out

    def figure(image):
        image.contextual_alt_text = image.description
        image.decorative = False
        return ("image", image)

    return [
        ("heading", {"text": "When the conversation stops", "level": "h2"}),
        *paragraphs(4, 0),
        figure(images[1]),
        ("quote", {"text": QUOTE, "attribution": "A sister from Shymkent"}),
        *paragraphs(3, 4),
        ("heading", {"text": "What helps", "level": "h2"}),
        figure(images[2]),
        (
            "fact",
            {
                "figure": "7 in 10",
                "statement": "young people who left a closed group say a relative "
                "kept talking with them.",
                "source": "Kopir demo survey",
                "source_url": "",
            },
        ),
        *paragraphs(sentences, 7),
    ]


SOURCES = [
    {
        "title": "Talking with young people about extremist ideas",
        "publisher": "Kopir demo publisher",
        "year": 2023,
        "url": "",
    },
    {
        "title": "Families and prevention: a practical guide",
        "publisher": "Kopir demo publisher",
        "year": 2024,
        "url": "",
    },
]


def bench_page(images):
    from wagtail.models import Locale

    from audiences.models import Organisation
    from content.models import Format, MaterialPage
    from content.organisations import space_for

    locale = Locale.objects.get(language_code=LANGUAGE)
    page = MaterialPage.objects.filter(slug=SLUG, locale=locale).first()
    organisation = (
        page.origin_organisation
        if page and page.origin_organisation
        else Organisation.objects.filter(slug="ngo-family-support").first()
        or Organisation.objects.order_by("pk").first()
    )
    if organisation is None:
        raise SystemExit("no organisation in the bench database")
    fields = {
        "title": TITLE,
        "draft_title": TITLE,
        "summary": SUMMARY,
        "format": Format.objects.filter(locale=locale, slug="brochure").first()
        or Format.objects.filter(locale=locale).order_by("slug").first(),
        "origin_organisation": organisation,
        "licence": MaterialPage.Licence.CC_BY,
        "cover_image": images[0],
        "cover_alt": images[0].description,
        "body": body(10, images),
        "sources": [("source", dict(row)) for row in SOURCES],
    }
    if page is None:
        page = MaterialPage(slug=SLUG, locale=locale, **fields)
        space_for(organisation, locale).add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    return page


def brochure_pages(page, sentences, images, organisation):
    """Lay out the A5 brochure of a revision with ``sentences`` sentences."""
    from weasyprint import HTML

    from content.printing import documents, engine
    from content.printing.models import PrintEdition

    page.body = body(sentences, images)
    revision = page.save_revision()
    edition = PrintEdition.objects.create(
        key=f"bench-sizing:{revision.pk}",
        kind=PrintEdition.Kind.MATERIAL,
        layout=LAYOUT,
        language=LANGUAGE,
        title=page.title,
        organisation=organisation,
        page=page,
        revision=revision,
    )
    try:
        document = documents.build(edition)
        fetcher = engine.safe_fetcher_class()(document.resources)
        laid_out = HTML(
            string=document.html, base_url=engine.ORIGIN, url_fetcher=fetcher
        ).render()
        return len(laid_out.pages)
    finally:
        edition.delete()


def command_setup(args):
    from wagtail.models import Collection

    from content.printing.models import PrintEdition

    started = time.monotonic()
    collection = Collection.get_first_root_node()
    images = [bench_image(number, collection) for number in range(len(PHOTOS))]
    page = bench_page(images)
    organisation = page.origin_organisation
    # Earlier editions (and their files) go: publishing must not queue a render.
    PrintEdition.objects.filter(page=page).delete()
    counts = {}

    def pages(sentences):
        if sentences not in counts:
            counts[sentences] = brochure_pages(page, sentences, images, organisation)
        return counts[sentences]

    if pages(0) > PAGES:
        raise SystemExit(f"the bench brochure is over {PAGES} pages with no text")

    def search(fits):
        """The largest count in [0, args.max_sentences] for which fits() holds
        (it holds for 0; page counts only grow with the text)."""
        low, high = 0, args.max_sentences
        if fits(high):
            return high
        while high - low > 1:
            middle = (low + high) // 2
            if fits(middle):
                low = middle
            else:
                high = middle
        return low

    most = search(lambda n: pages(n) <= PAGES)
    fewest = 0 if pages(0) == PAGES else search(lambda n: pages(n) < PAGES) + 1
    if pages(most) != PAGES or fewest > most:
        raise SystemExit(f"no amount of text gives {PAGES} pages: {json.dumps(counts)}")
    chosen = (fewest + most) // 2
    if pages(chosen) != PAGES:
        chosen = most
    page.body = body(chosen, images)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    # The sizing revisions are of no further use.
    page.revisions.exclude(pk=page.live_revision_id).delete()
    emit(
        {
            "page": page.pk,
            "title": page.title,
            "url_path": page.url_path,
            "organisation": organisation.name,
            "sentences": chosen,
            "four_pages": [fewest, most],
            "pages": pages(chosen),
            "images": [
                {"id": image.pk, "width": image.width, "height": image.height}
                for image in images
            ],
            "image_bytes": [image.file_size for image in images],
            "layouts_tried": len(counts),
            "seconds": round(time.monotonic() - started, 1),
        }
    )


# --- renders -----------------------------------------------------------------------


TASK_PATH = "content.printing.tasks.render_edition"


def task_failure(edition_id):
    """The exception of a render task that crashed for this edition, if any."""
    from django_tasks_db.models import DBTaskResult

    crashed = (
        DBTaskResult.objects.failed()
        .filter(task_path=TASK_PATH, args_kwargs__args__0=str(edition_id))
        .first()
    )
    if crashed is None:
        return None
    lines = [line for line in crashed.traceback.splitlines() if line.strip()]
    return lines[-1] if lines else crashed.exception_class_path


def wait_idle(timeout):
    """Wait until the worker has no task left (a saved revision queues index
    updates): a measured render never waits behind another task."""
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        recent = timezone.now() - timezone.timedelta(minutes=10)
        # The queue and backend the bench worker serves (its defaults).
        tasks = DBTaskResult.objects.filter(
            queue_name="default", backend_name="default"
        )
        busy = tasks.ready().exists() or (
            tasks.running().filter(started_at__gte=recent).exists()
        )
        if not busy:
            return
        time.sleep(0.05)
    raise SystemExit(f"the worker still has tasks queued after {timeout:g} s")


def wait_for(edition_id, started, timeout):
    """Poll the edition every 10 ms; (status, seconds to it, seconds to RENDERING)."""
    from content.printing.models import PrintEdition

    rendering = None
    polls = 0
    while True:
        polls += 1
        if polls % 25 == 0 and (failure := task_failure(edition_id)):
            left = PrintEdition.objects.get(pk=edition_id).status
            raise SystemExit(
                f"the render task of edition {edition_id} crashed in the worker "
                f"and left the edition {left}: {failure}"
            )
        status = (
            PrintEdition.objects.filter(pk=edition_id)
            .values_list("status", flat=True)
            .first()
        )
        now = time.perf_counter()
        if status == PrintEdition.Status.RENDERING and rendering is None:
            rendering = now - started
        if status not in (PrintEdition.Status.QUEUED, PrintEdition.Status.RENDERING):
            return status, now - started, rendering
        if now - started > timeout:
            raise SystemExit(
                f"edition {edition_id} is still {status} after {timeout:g} s "
                "(is the worker running?)"
            )
        time.sleep(0.01)


def command_renders(args):
    from django.urls import reverse

    from content import print_services as service
    from content.models import MaterialPage
    from content.printing.models import PrintEdition

    page = MaterialPage.objects.get(pk=args.page)

    def render(revision, timeout):
        started = time.perf_counter()
        edition = service.material_edition(page, revision, layout=LAYOUT)
        enqueued = time.perf_counter() - started
        if edition.status == PrintEdition.Status.READY:
            raise SystemExit(f"edition {edition.pk} was already rendered")
        status, total, rendering = wait_for(edition.pk, started, timeout)
        edition.refresh_from_db()
        if status != PrintEdition.Status.READY:
            raise SystemExit(f"edition {edition.pk} is {status}: {edition.error}")
        return edition, {
            "total_ms": total * 1000,
            "enqueue_ms": enqueued * 1000,
            "wait_ms": None if rendering is None else rendering * 1000,
            "render_seconds": edition.render_seconds,
            "pages": edition.pages,
            "size": edition.size,
        }

    # The warm-up: the worker imports and loads what a render needs.
    wait_idle(args.warmup_timeout)
    warm_edition, warm = render(page.live_revision, args.warmup_timeout)
    runs = []
    for _ in range(args.runs):
        # A new revision: a new edition that no cache holds.
        revision = page.save_revision()
        wait_idle(args.timeout)
        time.sleep(0.2)
        runs.append(render(revision, args.timeout)[1])
    totals = [run["total_ms"] for run in runs]
    emit(
        {
            "warmup": warm,
            "runs": runs,
            "median_ms": median(totals),
            "max_ms": max(totals),
            "public": {
                "id": str(warm_edition.pk),
                "path": reverse("kopir_print_public", args=[warm_edition.pk]),
                "size": warm_edition.size,
                "pages": warm_edition.pages,
            },
        }
    )


# --- reference ---------------------------------------------------------------------

WEASYPRINT_PROCESS = (
    "import sys\n"
    "from weasyprint import HTML\n"
    "HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])\n"
)


def pdf_pages(path):
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


class ProcessFailed(Exception):
    pass


def timed_process(cmd, output, timeout):
    """Seconds a command takes to write ``output``, start to exit."""
    Path(output).unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise ProcessFailed(f"{Path(cmd[0]).name} took over {timeout:g} s") from exc
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or not Path(output).exists():
        sys.stderr.write(result.stdout[-2000:] + result.stderr[-2000:])
        raise ProcessFailed(f"{Path(cmd[0]).name} failed ({result.returncode})")
    return elapsed


def timed_runs(cmd, output, runs, timeout):
    """A reference row: the seconds of each run and the pages, or the error."""
    try:
        seconds = [timed_process(cmd, output, timeout) for _ in range(runs)]
        return {
            "seconds": seconds,
            "median_s": median(seconds),
            "pages": pdf_pages(output),
        }
    except ProcessFailed as exc:
        return {"error": str(exc)}


def command_reference(args):
    from content.printing import documents, engine
    from content.printing.models import PrintEdition

    edition = PrintEdition.objects.get(pk=args.edition)
    document = documents.build(edition)
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    html = document.html
    # Longest first: no URL is rewritten through a shorter one it starts with.
    for url in sorted(document.resources, key=len, reverse=True):
        html = html.replace(url, Path(document.resources[url]).resolve().as_uri())
    if engine.ORIGIN in html:
        raise SystemExit("the print HTML refers to a resource it did not declare")
    source = workdir / "brochure.html"
    source.write_text(html, encoding="utf-8")
    result = {
        "html_bytes": len(document.html.encode()),
        "resources": len(document.resources),
    }

    # WeasyPrint in this process, as the engine calls it, once warm.
    from weasyprint import HTML

    fetcher = engine.safe_fetcher_class()(document.resources)
    target = workdir / "weasyprint-warm.pdf"

    def weasyprint():
        started = time.perf_counter()
        HTML(
            string=document.html, base_url=engine.ORIGIN, url_fetcher=fetcher
        ).write_pdf(target)
        return time.perf_counter() - started

    result["weasyprint_first_s"] = weasyprint()
    warm = [weasyprint() for _ in range(args.runs)]
    result["weasyprint_warm"] = {
        "seconds": warm,
        "median_s": median(warm),
        "pages": pdf_pages(target),
    }

    # WeasyPrint in a new process: interpreter start, import and render.
    target = workdir / "weasyprint-process.pdf"
    cmd = [sys.executable, "-c", WEASYPRINT_PROCESS, str(source), str(target)]
    result["weasyprint_process"] = timed_runs(cmd, target, args.runs, args.timeout)

    chromium = args.chromium or shutil.which("chromium")
    if chromium and Path(chromium).exists():
        target = workdir / "chromium.pdf"
        cmd = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--allow-file-access-from-files",
            "--no-pdf-header-footer",
            f"--user-data-dir={workdir / 'chromium-profile'}",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        result["chromium"] = timed_runs(cmd, target, args.runs, args.timeout)
    else:
        result["chromium"] = {"error": f"no Chromium at {chromium or 'chromium'}"}
    emit(result)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    setup = commands.add_parser("setup")
    setup.add_argument("--max-sentences", type=int, default=160)
    renders = commands.add_parser("renders")
    renders.add_argument("--page", type=int, required=True)
    renders.add_argument("--runs", type=int, default=5)
    renders.add_argument("--timeout", type=float, default=30.0)
    renders.add_argument("--warmup-timeout", type=float, default=120.0)
    reference = commands.add_parser("reference")
    reference.add_argument("--edition", required=True)
    reference.add_argument("--runs", type=int, default=3)
    reference.add_argument("--workdir", required=True)
    reference.add_argument("--chromium", default="")
    reference.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)
    setup_django()
    {
        "setup": command_setup,
        "renders": command_renders,
        "reference": command_reference,
    }[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
