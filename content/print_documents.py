"""Material brochures and packs of materials as print documents.

The content app's document types for the print package (``content/printing``):
the builders that turn a material (a revision of it) or a pack into print HTML,
who reaches their editions, and the registration, from ``ContentConfig.ready``.
"""

from django.db.models import F, Q
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy
from wagtail.models import Revision

from audiences import access
from content.access import public_page_ids, reviewing
from content.models import HomePage, MaterialPage
from content.printing import registry
from content.printing.documents import (
    check_image,
    image_url,
    new_document,
    notes_page,
    qr_svg,
    render,
)
from content.printing.errors import Message, PrintError
from content.printing.hosts import public_web_address
from content.printing.models import PrintLink
from content.printing.richtext import print_html
from content.selectors import help as help_selectors

MATERIAL = "material"
PACK = "pack"

MAX_BLOCKS = 300
MAX_TEXT = 250_000
MAX_PACK = 20

# Print resolution: about 300 dpi at the widest an image is printed per layout.
RENDITION = {
    "a4": "max-2000x2000|format-jpeg|jpegquality-82",
    "a5": "max-1400x1400|format-jpeg|jpegquality-82",
    "dl": "max-1000x1000|format-jpeg|jpegquality-82",
}
COVER = {
    "a4": "fill-2000x1100|format-jpeg|jpegquality-82",
    "a5": "fill-1400x900|format-jpeg|jpegquality-82",
    "dl": "fill-1000x900|format-jpeg|jpegquality-82",
}


def _text_size(value):
    if isinstance(value, dict):
        return sum(_text_size(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(_text_size(v) for v in value)
    return len(str(getattr(value, "source", value) or ""))


def print_blocks(document, material, layout):
    """The body as a list of print-ready blocks; refuses what cannot be printed."""
    blocks = list(material.body)
    if len(blocks) > MAX_BLOCKS:
        raise PrintError(
            Message.counted(
                ngettext_lazy(
                    "“%(title)s” has %(count)s block; a printed document can hold "
                    "at most %(limit)s. Split it into several materials or a pack.",
                    "“%(title)s” has %(count)s blocks; a printed document can hold "
                    "at most %(limit)s. Split it into several materials or a pack.",
                    "count",
                ),
                title=material.title,
                count=len(blocks),
                limit=MAX_BLOCKS,
            )
        )
    if _text_size(material.body.get_prep_value()) > MAX_TEXT:
        raise PrintError(
            gettext_noop(
                "“%(title)s” is longer than %(limit)s characters; it cannot be "
                "printed as one document. Split it."
            ),
            title=material.title,
            limit=f"{MAX_TEXT:,}",
        )
    result = []
    for number, block in enumerate(blocks, start=1):
        where = Message(
            gettext_noop("“%(title)s”, block %(number)s"),
            title=material.title,
            number=number,
        )
        value = block.value
        item = {"type": block.block_type, "value": value}
        if block.block_type == "paragraph":
            item["html"] = mark_safe(print_html(value, where))
        elif block.block_type == "myth_fact":
            item["html"] = mark_safe(print_html(value["answer"], where))
        elif block.block_type == "questions":
            item["items"] = [
                {
                    "question": q["question"],
                    "html": mark_safe(print_html(q["answer"], where)),
                }
                for q in value["items"]
            ]
        elif block.block_type == "image":
            if value is None:
                continue
            item["src"] = image_url(document, value, RENDITION[layout], where)
            item["alt"] = getattr(value, "contextual_alt_text", "") or value.title
        elif block.block_type in ("fact", "call_to_action", "media"):
            url = value.get("source_url") or value.get("url") or ""
            if block.block_type == "call_to_action" and value.get("page"):
                target = value["page"].specific
                url = target.full_url if target.live else ""
            item["url"] = url if public_web_address(url or "") else ""
        result.append(item)
    return result


def print_sources(material):
    sources = []
    for block in material.sources:
        value = block.value
        url = value.get("url") or ""
        sources.append(
            {
                "title": value["title"],
                "publisher": value.get("publisher") or "",
                "year": value.get("year") or "",
                "url": url if public_web_address(url) else "",
            }
        )
    return sources


def site_help(document, locale_id):
    """The site's help text in one language, looked up once per document."""
    cache = document.context.setdefault("_site_help", {})
    if locale_id not in cache:
        home = HomePage.objects.filter(locale_id=locale_id).only("helpline_text")
        home = home.first()
        cache[locale_id] = (
            mark_safe(
                print_html(home.helpline_text, Message(gettext_noop("The help text")))
            )
            if home is not None and home.helpline_text
            else ""
        )
    return cache[locale_id]


def where_to_get_help(document, page, material):
    """The site's help text for the page's language, and the public help points and
    referral pathways of the regions the material is for, in that language (each
    situation falls back to its nationwide pathway). A material for no region gets
    the nationwide help points only. Private help points are never read."""
    site = site_help(document, page.locale_id)
    language = page.locale.language_code
    regions = list(material.regions.all())
    found = help_selectors.brochure_help(regions, language)
    if not regions:
        found["situations"] = []
    if not (site or found["nationwide"] or found["regions"] or found["situations"]):
        return None
    return {"site": site, **found}


def material_section(document, page, revision, layout, link):
    """Context of one material in a brochure or a pack."""
    material = revision.as_object() if revision else page
    check_image(
        material.cover_image,
        Message(gettext_noop("“%(title)s”, cover"), title=material.title),
    )
    cover = ""
    if material.cover_image_id and material.cover_image:
        cover = image_url(
            document, material.cover_image, COVER[layout], f"“{material.title}”"
        )
    return {
        "material": material,
        "language": page.locale.language_code,
        "blocks": print_blocks(document, material, layout),
        "sources": print_sources(material),
        "cover": cover,
        "cover_alt": material.cover_alt_text,
        "organisation": page.origin_organisation,
        "revision": revision,
        "online_url": page.full_url if page.live else "",
        "qr": qr_svg(link.full_url) if link else "",
        "qr_url": link.full_url if link else "",
        "licence": material.get_licence_display(),
        "help": where_to_get_help(document, page, material),
        "anchor": f"m{page.pk}",
    }


def build_material(edition, progress):
    page = MaterialPage.objects.select_related(
        "origin_organisation", "locale", "cover_image"
    ).get(pk=edition.page_id)
    link, _ = PrintLink.objects.get_or_create(edition=edition, page=page)
    document = new_document(
        page.title,
        page.locale.language_code,
        edition.layout,
        bleed=edition.bleed,
        author=page.origin_organisation.localized_name
        if page.origin_organisation
        else "",
    )
    progress(20, Message(gettext_noop("Preparing images at print resolution")))
    section = material_section(document, page, edition.revision, edition.layout, link)
    template = "print/leaflet.html" if edition.layout == "dl" else "print/brochure.html"
    context = {"edition": edition, "m": section}
    if edition.layout != "a5":
        return render(document, template, context)
    # The booklet ends on a back cover of its own (QR code, colophon), unless that
    # costs one more sheet: then the colophon follows the text on its last page.
    flowing = render(document, template, {**context, "back_cover": False}).html
    render(document, template, {**context, "back_cover": True})
    document.back_cover = True
    document.alternatives = [(flowing, False)]
    document.filler = notes_page(document)
    return document


def build_pack(edition, progress):
    entries = edition.pack_pages
    pages = MaterialPage.objects.select_related(
        "origin_organisation", "locale", "cover_image"
    ).in_bulk([entry["page"] for entry in entries])
    revisions = Revision.objects.in_bulk(
        [entry["revision"] for entry in entries if entry.get("revision")]
    )
    document = new_document(
        edition.title,
        edition.language,
        edition.layout,
        bleed=edition.bleed,
        author=edition.organisation.localized_name,
    )
    sections = []
    for number, entry in enumerate(entries, start=1):
        page = pages.get(entry["page"])
        if page is None:
            continue
        progress(
            10 + int(30 * number / max(1, len(entries))),
            Message(
                gettext_noop("Preparing material %(number)s of %(count)s"),
                number=number,
                count=len(entries),
            ),
        )
        link, _ = PrintLink.objects.get_or_create(edition=edition, page=page)
        sections.append(
            material_section(
                document,
                page,
                revisions.get(entry.get("revision")),
                edition.layout,
                link,
            )
        )
    if not sections:
        raise PrintError(gettext_noop("None of the pack's materials exists any more."))
    render(document, "print/pack.html", {"edition": edition, "sections": sections})
    if edition.layout == "a5":
        document.filler = notes_page(document)
    return document


# --- Registered with the print package ---------------------------------------------


def _reviewer_editions(user, action):
    """A reviewer sees the brochure of the very revision that waits for them."""
    if action != access.VIEW:
        return None
    return Q(revision_id__in=reviewing(user).values("revision_id"))


def public_brochures():
    """A published material's edition of its live revision: anyone may fetch it."""
    return Q(page_id__in=public_page_ids(), revision_id=F("page__live_revision_id"))


def _material_page(edition):
    if not edition.page_id:
        return None
    return reverse("kopir_print_material", args=[edition.page_id])


def register_print_documents():
    """From ``ContentConfig.ready``: material brochures and packs."""
    registry.register(
        registry.DocumentType(
            kind=MATERIAL,
            label=_("Material brochure"),
            build=build_material,
            # Its editors and admins; a reviewer while the revision waits.
            roles=access.EDITORS,
            extra=_reviewer_editions,
            public=public_brochures,
            back_link=_material_page,
            back_label=_("Print this material again"),
            templates=(
                "print/brochure.html",
                "print/leaflet.html",
                "print/_notes.html",
            ),
        )
    )
    registry.register(
        registry.DocumentType(
            kind=PACK,
            label=_("Pack of materials"),
            build=build_pack,
            # Every member of the organisation that made it.
            roles=access.MEMBERS,
            templates=("print/pack.html",),
        )
    )
