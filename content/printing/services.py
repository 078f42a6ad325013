"""Asking for editions: find the cached one or queue a render.

An edition is found by its ``key``, which the app asking for it makes from
everything the document depends on (subject, revision, layout, language…): the
same request finds the same edition, a changed subject makes a new one.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_noop

from content.printing.errors import PrintError
from content.printing.models import PrintEdition
from content.printing.tasks import RETRYABLE, enqueue_render

RERUN = (
    PrintEdition.Status.FAILED,
    PrintEdition.Status.REPLACED,
    PrintEdition.Status.WITHDRAWN,
)


def enqueue(edition):
    enqueue_render(edition.pk)


def queue_again(pk, **only_if):
    """Queue edition ``pk`` again from the start, with a full set of attempts
    (asked by a person, or after an outage that was not the worker's fault);
    ``only_if`` narrows the row that may change, so two callers never queue it
    twice. Returns whether it was queued."""
    queued = PrintEdition.objects.filter(pk=pk, **only_if).update(
        status=PrintEdition.Status.QUEUED,
        progress=0,
        stage="",
        error="",
        attempts=0,
        lease_expires_at=None,
    )
    if queued:
        enqueue_render(pk)
    return bool(queued)


def request_edition(key, defaults, retry=False):
    """The edition for ``key``, queued for rendering when it has no file yet.

    ``defaults`` are the fields of a new edition. A failed edition is queued
    again only with ``retry`` (someone signed in asked for it).
    """
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
        queue_again(edition.pk)
        edition.refresh_from_db()
    elif created:
        enqueue(edition)
        edition.refresh_from_db()
    return edition


def retry_failed_renders():
    """Queue again the editions whose render failed because the storage was
    unreachable (``tasks.RETRYABLE``); call it from the worker's or the
    scheduler's loop. A failure of the document itself waits for a person.
    Returns how many were queued."""
    queued = 0
    failed = PrintEdition.objects.filter(
        status=PrintEdition.Status.FAILED, error__contains=RETRYABLE
    )
    for pk in list(failed.values_list("pk", flat=True)):
        # Only the one still failed: two schedulers never queue it twice.
        if queue_again(
            pk, status=PrintEdition.Status.FAILED, error__contains=RETRYABLE
        ):
            queued += 1
    return queued


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
    """An edition of any model's object, linked to it generically.

    ``version`` is the owner's digest of what the document shows, so an edited
    subject is printed anew.
    """
    content_type = ContentType.objects.get_for_model(subject)
    key = (
        f"{kind}:{content_type.pk}:{subject.pk}:"
        f"{revision.pk if revision else 0}:{version}:{layout}:{language}"
    )
    return request_edition(
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


def subject_editions(subject, kind):
    """Every edition of ``kind`` printed of ``subject``."""
    return PrintEdition.objects.filter(
        kind=kind,
        content_type=ContentType.objects.get_for_model(subject),
        object_id=str(subject.pk),
    )
