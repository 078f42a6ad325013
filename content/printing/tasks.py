"""The background render: one django-tasks task per edition."""

import logging
import os
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_noop, ngettext_lazy
from django_tasks import task

from audiences import leases
from content.printing import documents, engine
from content.printing.errors import Message, PrintError
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
    """Render one edition to its PDF file; failures end as a message, not a crash.

    The render takes the edition's lease and keeps extending it while it works
    (``audiences.leases``); its attempt number fences it: a render whose lease was
    taken over (its worker seemed dead) can no longer change the edition.
    """
    started = time.monotonic()
    with transaction.atomic():
        # Lock the edition row alone (PostgreSQL refuses FOR UPDATE across the
        # outer join a nullable relation needs); relations are loaded after.
        edition = PrintEdition.objects.select_for_update().filter(pk=edition_id).first()
        if edition is None or not _may_render(edition):
            return "skipped"
        edition.status = PrintEdition.Status.RENDERING
        edition.progress, edition.error = 5, ""
        edition.stage = Message(gettext_noop("Collecting the content")).stored()
        edition.attempts += 1
        edition.lease_expires_at = leases.lease_until()
        edition.save(
            update_fields=[
                "status",
                "progress",
                "stage",
                "error",
                "attempts",
                "lease_expires_at",
            ]
        )
    edition = PrintEdition.objects.select_related("organisation", "revision").get(
        pk=edition.pk
    )
    progress = _progress(edition.pk)
    temporary = None
    heartbeat = leases.Heartbeat(
        lambda: leases.extend(_this_attempt(edition)), name=f"lease {edition.pk}"
    ).start()
    try:
        document = documents.build(edition, progress)
        _test_delay()
        progress(45, Message(gettext_noop("Laying out the pages")))
        name = f"print/{edition.pk}.pdf"
        final_path = default_storage.path(name)
        directory = os.path.dirname(final_path)
        # What a dead attempt left half-written goes: one file per edition.
        _remove_leftovers(directory, edition)

        # A saddle-stitched booklet folds sheets of four pages.
        pad_to = 4 if edition.layout == PrintEdition.Layout.A5 else 1

        def write(path):
            raw = path + ".raw"
            try:
                engine.render_to_file(document, raw, pad_to=pad_to)
                progress(85, Message(gettext_noop("Writing the PDF")))
                return engine.finish_pdf(
                    raw,
                    path,
                    pad_to=pad_to,
                    # Blank pages, if any are still missing, go before a back cover.
                    back_cover=document.back_cover,
                    folded=edition.folded,
                    metadata=_metadata(edition, document),
                )
            finally:
                if os.path.exists(raw):
                    os.unlink(raw)

        temporary, pages = engine.write_atomically(
            directory, write, prefix=_temporary_prefix(edition)
        )
        if edition.layout == "dl" and pages > 2:
            raise PrintError(
                Message.counted(
                    ngettext_lazy(
                        "The text needs %(count)s page; a DL leaflet holds a short "
                        "material on two sides. Choose A4 or the A5 booklet.",
                        "The text needs %(count)s pages; a DL leaflet holds a short "
                        "material on two sides. Choose A4 or the A5 booklet.",
                        "count",
                    ),
                    count=pages,
                )
            )
        if not _this_attempt(edition).exists():
            # Taken over (this worker seemed dead) or withdrawn: the final name
            # is not this render's to write.
            return "skipped"
        os.replace(temporary, final_path)
        temporary = None
        size = os.path.getsize(final_path)
        updated = _this_attempt(edition).update(
            status=PrintEdition.Status.READY,
            file=name,
            pages=pages,
            size=size,
            progress=100,
            stage=Message(gettext_noop("Ready")).stored(),
            render_seconds=round(time.monotonic() - started, 3),
            finished_at=timezone.now(),
            lease_expires_at=None,
        )
        if not updated and not _ready(edition):
            # Replaced or withdrawn while rendering: the file must not linger
            # (unless a later attempt of this edition made it ready meanwhile).
            os.unlink(final_path)
        return "ready"
    except PrintError as exc:
        _fail(edition, exc.message)
        return "failed"
    except Exception as exc:  # the worker goes on with the next task
        logger.exception("Rendering edition %s failed", edition.pk)
        _fail(
            edition,
            Message(
                gettext_noop("The PDF could not be rendered (%(error)s)."),
                error=type(exc).__name__,
            ),
        )
        return "failed"
    finally:
        heartbeat.stop()
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)


def _may_render(edition):
    """Queued, or rendering under a lease that ran out (its worker died and the
    reaper has not come by yet); never while another render holds the lease."""
    if edition.status == PrintEdition.Status.QUEUED:
        return True
    return (
        edition.status == PrintEdition.Status.RENDERING
        and (
            edition.lease_expires_at is None
            or edition.lease_expires_at <= timezone.now()
        )
        # The last attempt's loss is the reaper's to report.
        and edition.attempts < settings.PRINT_MAX_ATTEMPTS
    )


def _this_attempt(edition):
    """The edition while this render's attempt still holds it."""
    return PrintEdition.objects.filter(
        pk=edition.pk,
        status=PrintEdition.Status.RENDERING,
        attempts=edition.attempts,
    )


def _ready(edition):
    return PrintEdition.objects.filter(
        pk=edition.pk, status=PrintEdition.Status.READY
    ).exists()


def _temporary_prefix(edition):
    return f".rendering-{edition.pk}-"


def _remove_leftovers(directory, edition):
    """Delete the temporary files of this edition's earlier, dead attempts."""
    for path in Path(directory).glob(_temporary_prefix(edition) + "*"):
        path.unlink(missing_ok=True)


def _test_delay():
    """Tests of a worker killed mid-render make the render slow (test settings
    only: ``PRINT_TEST_RENDER_DELAY``, read from the worker's environment)."""
    delay = getattr(settings, "PRINT_TEST_RENDER_DELAY", 0)
    if delay:
        time.sleep(delay)


def _fail(edition, message):
    """End the edition with ``message`` (a Message, translated when shown)."""
    _this_attempt(edition).update(
        status=PrintEdition.Status.FAILED,
        error=message.stored(),
        stage=Message(gettext_noop("Failed")).stored(),
        progress=100,
        finished_at=timezone.now(),
        lease_expires_at=None,
    )


def reap_editions():
    """Editions whose render's lease ran out (the worker died): queued again,
    or failed with a message once ``PRINT_MAX_ATTEMPTS`` renders have started.
    Returns (retried, failed)."""
    retried = failed = 0
    now = timezone.now()
    # A render holds a lease from its start; one without (left running by a
    # version before leases) counts as expired once it is a lease old.
    expired = Q(lease_expires_at__lt=now) | Q(
        lease_expires_at__isnull=True,
        created_at__lt=now - timedelta(seconds=settings.TASK_LEASE_SECONDS),
    )
    rendering = PrintEdition.objects.filter(
        expired, status=PrintEdition.Status.RENDERING
    )
    for pk in list(rendering.values_list("pk", flat=True)):
        with transaction.atomic():
            edition = rendering.select_for_update().filter(pk=pk).first()
            if edition is None:
                continue  # finished, or retried by another reaper meanwhile
            if edition.attempts >= settings.PRINT_MAX_ATTEMPTS:
                logger.error(
                    "Edition %s: the worker stopped %s times; failed",
                    pk,
                    edition.attempts,
                )
                _fail(edition, _worker_lost(edition.attempts))
                failed += 1
                continue
            logger.warning(
                "Edition %s: the worker stopped during attempt %s; queued again",
                pk,
                edition.attempts,
            )
            PrintEdition.objects.filter(pk=pk).update(
                status=PrintEdition.Status.QUEUED,
                progress=0,
                stage=Message(
                    gettext_noop("The worker stopped; waiting to try again")
                ).stored(),
                lease_expires_at=None,
            )
            leases.enqueue(render_edition, str(pk))
            retried += 1
    return retried, failed


def _worker_lost(count):
    return Message.counted(
        ngettext_lazy(
            "The worker stopped %(count)s time while rendering this edition, so it "
            "was not tried again. Try again; if it stops again, the document may be "
            "too large for the worker's memory: tell your administrator.",
            "The worker stopped %(count)s times while rendering this edition, so it "
            "was not tried again. Try again; if it stops again, the document may be "
            "too large for the worker's memory: tell your administrator.",
            "count",
        ),
        count=count,
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
