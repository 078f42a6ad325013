"""``print_bench.py setup``: the bench material, with three generated photos and
its text sized so that the A5 brochure is exactly four pages."""

from __future__ import annotations

import io
import json
import random
import time

from tests.bench.print_common import LANGUAGE, LAYOUT, PAGES, emit

SLUG = "kopir-print-bench"
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
