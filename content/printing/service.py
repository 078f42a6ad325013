"""Asking for editions: find the cached one or queue a render."""

import base64
import hashlib

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_noop

from content.printing.errors import PrintError
from content.printing.models import PrintEdition

RERUN = (
    PrintEdition.Status.FAILED,
    PrintEdition.Status.REPLACED,
    PrintEdition.Status.WITHDRAWN,
)


def pack_key(entries, title, layout, language, folded, bleed):
    digest = hashlib.sha256(
        repr((entries, title, layout, language, folded, bleed)).encode()
    ).digest()
    return "pack:" + base64.urlsafe_b64encode(digest[:18]).decode()


def enqueue(edition):
    from content.printing.tasks import render_edition

    render_edition.enqueue(str(edition.pk))


def _edition(key, defaults, retry=False):
    """The edition for ``key``, queued for rendering when it has no file yet."""
    try:
        with transaction.atomic():
            edition, created = PrintEdition.objects.get_or_create(
                key=key, defaults=defaults
            )
    except IntegrityError:
        edition, created = PrintEdition.objects.get(key=key), False
    if not created and edition.status in RERUN:
        if edition.status == PrintEdition.Status.FAILED and not retry:
            return edition
        PrintEdition.objects.filter(pk=edition.pk).update(
            status=PrintEdition.Status.QUEUED, progress=0, stage="", error=""
        )
        created = True
    if created:
        enqueue(edition)
        edition.refresh_from_db()
    return edition


def check_options(layout, folded, bleed):
    if folded and layout != PrintEdition.Layout.A5:
        raise PrintError(
            gettext_noop("Only the A5 booklet can be printed in folding order.")
        )
    if folded and bleed:
        raise PrintError(
            gettext_noop(
                "Choose either folding order (for an office printer) or bleed and "
                "crop marks (for a print shop, which arranges the pages itself)."
            )
        )


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
    return _edition(
        key,
        {
            "kind": PrintEdition.Kind.MATERIAL,
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
    return _edition(
        key,
        {
            "kind": PrintEdition.Kind.PACK,
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


def subject_edition(
    subject,
    *,
    kind,
    organisation,
    title,
    language,
    revision,
    user,
    version="",
    layout="a4",
):
    """An edition of another app's object (a campaign plan)."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(subject)
    key = (
        f"{kind}:{content_type.pk}:{subject.pk}:"
        f"{revision.pk if revision else 0}:{version}:{layout}:{language}"
    )
    return _edition(
        key,
        {
            "kind": kind,
            "layout": layout,
            "language": language,
            "title": title[:255],
            "organisation": organisation,
            "content_type": content_type,
            "object_id": str(subject.pk),
            "revision": revision,
            "requested_by": user,
        },
        retry=True,
    )


def replace_on_publish(page):
    """A newly published revision replaces the files of older ones and is rendered
    in the same layouts; the old editions keep their QR counts."""
    old = list(
        PrintEdition.objects.filter(page=page, kind=PrintEdition.Kind.MATERIAL)
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
