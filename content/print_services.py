"""Asking for material brochures and packs; keeping them in step with publishing.

The material side of ``content/printing/services.py``: the key of a brochure or a
pack, the fields of its edition, and what publishing or unpublishing a material
does to the brochures already printed.
"""

import base64
import hashlib

from django.utils.translation import gettext_noop

from content.print_documents import MATERIAL, PACK
from content.printing.errors import PrintError
from content.printing.models import PrintEdition
from content.printing.services import check_options, request_edition


def pack_key(entries, title, layout, language, folded, bleed):
    digest = hashlib.sha256(
        repr((entries, title, layout, language, folded, bleed)).encode()
    ).digest()
    return "pack:" + base64.urlsafe_b64encode(digest[:18]).decode()


def material_edition(page, revision, *, layout, folded=False, bleed=False, user=None):
    check_options(layout, folded, bleed)
    if revision is None:
        raise PrintError(
            gettext_noop("This material has no version that you may print.")
        )
    language = page.locale.language_code
    key = (
        f"material:{page.pk}:{revision.pk}:{layout}:{language}:"
        f"{int(folded)}:{int(bleed)}"
    )
    return request_edition(
        key,
        {
            "kind": MATERIAL,
            "layout": layout,
            "language": language,
            "folded": folded,
            "bleed": bleed,
            "title": page.title[:255],
            "organisation_id": page.origin_organisation_id,
            "page": page,
            "revision": revision,
            "requested_by": user if getattr(user, "is_authenticated", False) else None,
        },
        retry=getattr(user, "is_authenticated", False),
    )


def pack_edition(
    entries, *, title, organisation, language, layout, folded=False, bleed=False, user
):
    """``entries``: [(page, revision)] in the order they are printed."""
    check_options(layout, folded, bleed)
    if layout == PrintEdition.Layout.DL:
        raise PrintError(
            gettext_noop("A pack is printed as A4 pages or an A5 booklet.")
        )
    pack = [
        {"page": page.pk, "revision": revision.pk if revision else None}
        for page, revision in entries
    ]
    key = pack_key(pack, title, layout, language, folded, bleed)
    return request_edition(
        key,
        {
            "kind": PACK,
            "layout": layout,
            "language": language,
            "folded": folded,
            "bleed": bleed,
            "title": title[:255],
            "organisation": organisation,
            "pack_pages": pack,
            "requested_by": user,
        },
        retry=True,
    )


def replace_on_publish(page):
    """A newly published revision replaces the files of older ones and is rendered
    in the same layouts; the old editions keep their QR counts."""
    old = list(
        PrintEdition.objects.filter(page=page, kind=MATERIAL)
        .exclude(revision_id=page.live_revision_id)
        .exclude(status=PrintEdition.Status.REPLACED)
    )
    layouts = set()
    for edition in old:
        if edition.status == PrintEdition.Status.READY:
            layouts.add((edition.layout, edition.folded, edition.bleed))
        edition.remove_file(PrintEdition.Status.REPLACED)
    for layout, folded, bleed in sorted(layouts):
        material_edition(
            page, page.live_revision, layout=layout, folded=folded, bleed=bleed
        )


def withdraw(page):
    """Unpublished: no file of the material is kept or served."""
    for edition in PrintEdition.objects.filter(page=page).exclude(file=""):
        edition.remove_file(PrintEdition.Status.WITHDRAWN)
