"""The background render: one django-tasks task per edition."""

import json
import logging
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_noop, ngettext_lazy
from django_tasks import task

from content.printing import documents, engine, files
from content.printing.errors import Message, PrintError, StorageUnavailable
from content.printing.models import PrintEdition

logger = logging.getLogger(__name__)


def _progress(edition_id):
    def update(percent, stage):
        """``stage``, a Message, is stored untranslated (shown translated)."""
        PrintEdition.objects.filter(pk=edition_id).update(
            progress=percent, stage=stage.stored()
        )

    return update


@task()
def render_edition(edition_id):
    """Render one edition to its PDF file; failures end as a message, not a crash."""
    started = time.monotonic()
    with transaction.atomic():
        # Lock the edition row alone (PostgreSQL refuses FOR UPDATE across the
        # outer join a nullable relation needs); relations are loaded after.
        edition = PrintEdition.objects.select_for_update().filter(pk=edition_id).first()
        if edition is None or edition.status not in (
            PrintEdition.Status.QUEUED,
            PrintEdition.Status.RENDERING,
        ):
            return "skipped"
        edition.status = PrintEdition.Status.RENDERING
        edition.progress, edition.error = 5, ""
        edition.stage = Message(gettext_noop("Collecting the content")).stored()
        edition.save(update_fields=["status", "progress", "stage", "error"])
    edition = PrintEdition.objects.select_related("organisation", "revision").get(
        pk=edition.pk
    )
    progress = _progress(edition.pk)
    try:
        document = documents.build(edition, progress)
        progress(45, Message(gettext_noop("Laying out the pages")))
        name = files.edition_name(edition.pk)

        # A saddle-stitched booklet folds sheets of four pages.
        pad_to = 4 if edition.layout == PrintEdition.Layout.A5 else 1

        with files.work_file() as path:
            raw = path + ".raw"
            engine.render_to_file(document, raw, pad_to=pad_to)
            progress(85, Message(gettext_noop("Writing the PDF")))
            pages = engine.finish_pdf(
                raw,
                path,
                pad_to=pad_to,
                # Blank pages, if any are still missing, go before a back cover.
                back_cover=document.back_cover,
                folded=edition.folded,
                metadata=_metadata(edition, document),
            )
            if edition.layout == "dl" and pages > 2:
                raise PrintError(
                    Message.counted(
                        ngettext_lazy(
                            "The text needs %(count)s page; a DL leaflet holds a "
                            "short material on two sides. Choose A4 or the A5 "
                            "booklet.",
                            "The text needs %(count)s pages; a DL leaflet holds a "
                            "short material on two sides. Choose A4 or the A5 "
                            "booklet.",
                            "count",
                        ),
                        count=pages,
                    )
                )
            size = files.publish(path, name)
        updated = PrintEdition.objects.filter(
            pk=edition.pk, status=PrintEdition.Status.RENDERING
        ).update(
            status=PrintEdition.Status.READY,
            file=name,
            pages=pages,
            size=size,
            progress=100,
            stage=Message(gettext_noop("Ready")).stored(),
            render_seconds=round(time.monotonic() - started, 3),
            finished_at=timezone.now(),
        )
        if not updated:
            # Replaced or withdrawn while rendering: the file must not linger.
            try:
                files.delete(name)
            except StorageUnavailable:
                logger.warning("Edition %s: could not remove %s", edition.pk, name)
        return "ready"
    except StorageUnavailable as exc:
        logger.warning("Edition %s: the storage is unreachable", edition.pk)
        _fail(edition, exc.message, retryable=True)
        return "failed"
    except PrintError as exc:
        _fail(edition, exc.message)
        return "failed"
    except Exception as exc:  # the worker goes on with the next task
        if files.is_unavailable(exc):
            logger.warning(
                "Edition %s: the storage is unreachable: %r", edition.pk, exc
            )
            _fail(edition, StorageUnavailable().message, retryable=True)
            return "failed"
        logger.exception("Rendering edition %s failed", edition.pk)
        _fail(
            edition,
            Message(
                gettext_noop("The PDF could not be rendered (%(error)s)."),
                error=type(exc).__name__,
            ),
        )
        return "failed"


# Marks the stored error of a failure that is retried by itself
# (``services.retry_failed_renders``); ``shown()`` ignores it.
RETRYABLE = '"retryable": true'


def _fail(edition, message, retryable=False):
    """End the edition with ``message`` (a Message, translated when shown);
    ``retryable``: the cause was outside the document (the storage was down)."""
    error = message.stored()
    if retryable:
        error = json.dumps({**message.as_data(), "retryable": True}, ensure_ascii=False)
    PrintEdition.objects.filter(pk=edition.pk).update(
        status=PrintEdition.Status.FAILED,
        error=error,
        stage=Message(gettext_noop("Failed")).stored(),
        progress=100,
        finished_at=timezone.now(),
    )


def _in_language(language, text):
    with translation.override(language):
        return str(text())


def _metadata(edition, document):
    return {
        "/Title": document.title,
        "/Author": document.context.get("author", ""),
        # The worker runs in the site's language; the document says its own.
        "/Subject": _in_language(edition.language, edition.get_kind_display),
        "/Creator": "Kopir",
        "/Keywords": f"{edition.language}, {edition.layout}, edition {edition.pk}",
        "/Producer": f"Kopir (WeasyPrint) {settings.KOPIR_VERSION}",
    }
