"""From an edition to print HTML: the registered builder of its kind does the work
with the helpers here (a new document, our templates, images at print resolution,
QR codes). Everything is rendered from our templates."""

import segno
from django.conf import settings
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_noop

from audiences.names import names_cache
from content.printing import registry
from content.printing.engine import FILL, PrintDocument, warm_engine
from content.printing.errors import PrintError

MAX_IMAGE_PIXELS = 40_000_000

FONTS = {
    "sans_regular": "fonts/NotoSans-Regular.ttf",
    "sans_bold": "fonts/NotoSans-Bold.ttf",
    "sans_italic": "fonts/NotoSans-Italic.ttf",
    "sans_bold_italic": "fonts/NotoSans-BoldItalic.ttf",
    "serif_regular": "fonts/NotoSerif-Regular.ttf",
    "serif_bold": "fonts/NotoSerif-Bold.ttf",
    "serif_italic": "fonts/NotoSerif-Italic.ttf",
}


def build(edition, progress=None):
    """The ``PrintDocument`` of ``edition``, from its kind's registered builder."""
    document_type = registry.document_type(edition.kind)
    if document_type is None:
        raise PrintError(
            gettext_noop("Kopir cannot print a “%(kind)s”."), kind=edition.kind
        )
    with translation.override(edition.language), names_cache():
        return document_type.build(edition, progress or (lambda *args: None))


def warm_up():
    """Load what every first render needs, once, in the worker before its first
    task: WeasyPrint with our fonts laid out, the templates of the registered
    kinds, and the translations of the languages a document is printed in. A
    render would load all of it anyway; forked renderers share it."""
    import pypdf  # noqa: F401  (finish_pdf runs in the worker)

    warm_engine(FONTS.values())
    for name in registry.templates():
        get_template(name)
    for code, _ in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Ready")


def new_document(title, language, layout, bleed=False, author=""):
    document = PrintDocument(html="", title=title, language=language)
    document.context = {
        "title": title,
        "language": language,
        "layout": layout,
        "bleed": bleed,
        "author": author,
        "fonts": {key: document.static(path) for key, path in FONTS.items()},
        "printed_on": timezone.localdate(),
    }
    return document


def render(document, template, context):
    document.html = render_to_string(
        template, {**document.context, "fill": mark_safe(FILL), **context}
    )
    return document


def notes_page(document):
    """The page a booklet is padded with to whole sheets: ruled, for notes."""
    return render_to_string("print/_notes.html", document.context)


def qr_svg(url):
    """An inline SVG QR code (no file, no fetch)."""
    code = segno.make(url, error="m")
    return mark_safe(code.svg_inline(scale=4, border=2, dark="#111", omitsize=True))


def check_image(image, where):
    if image is None:
        return
    if (image.width or 0) * (image.height or 0) > MAX_IMAGE_PIXELS:
        raise PrintError(
            gettext_noop(
                "%(where)s: the image “%(image)s” is %(width)s×%(height)s pixels; "
                "images above %(limit)s megapixels cannot be printed. Upload a "
                "smaller version and try again."
            ),
            where=where,
            image=image.title[:80],
            width=image.width,
            height=image.height,
            limit=MAX_IMAGE_PIXELS // 1_000_000,
        )


def image_url(document, image, spec, where):
    check_image(image, where)
    try:
        return document.rendition(image.get_rendition(spec))
    except (OSError, ValueError) as exc:
        raise PrintError(
            gettext_noop(
                "%(where)s: the image “%(image)s” could not be read (%(error)s)."
            ),
            where=where,
            image=image.title[:80],
            error=str(exc)[:200],
        ) from exc
