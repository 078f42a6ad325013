"""The background render: one django-tasks task per edition."""

import json
import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_noop, ngettext_lazy
from django_tasks import task

from audiences import leases
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
    heartbeat = leases.Heartbeat(
        lambda: leases.extend(_this_attempt(edition)), name=f"lease {edition.pk}"
    ).start()
    try:
        document = documents.build(edition, progress)
        _test_delay()
        progress(45, Message(gettext_noop("Laying out the pages")))
        name = files.edition_name(edition.pk)

        # A saddle-stitched booklet folds sheets of four pages.
        pad_to = 4 if edition.layout == PrintEdition.Layout.A5 else 1

        # Named after the edition: what a dead attempt left behind goes first.
        with files.work_file(prefix=_temporary_prefix(edition)) as path:
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
            if not _this_attempt(edition).exists():
                # Taken over (this worker seemed dead) or withdrawn: the final
                # name is not this render's to write.
                return "skipped"
            size = files.publish(path, name, prefix=_temporary_prefix(edition))
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
    finally:
        heartbeat.stop()


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


def _test_delay():
    """Tests of a worker killed mid-render make the render slow (test settings
    only: ``PRINT_TEST_RENDER_DELAY``, read from the worker's environment)."""
    delay = getattr(settings, "PRINT_TEST_RENDER_DELAY", 0)
    if delay:
        time.sleep(delay)


# Marks the stored error of a failure that is retried by itself
# (``services.retry_failed_renders``); ``shown()`` ignores it.
RETRYABLE = '"retryable": true'


def _fail(edition, message, retryable=False):
    """End the edition with ``message`` (a Message, translated when shown);
    ``retryable``: the cause was outside the document (the storage was down)."""
    error = message.stored()
    if retryable:
        error = json.dumps({**message.as_data(), "retryable": True}, ensure_ascii=False)
    _this_attempt(edition).update(
        status=PrintEdition.Status.FAILED,
        error=error,
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
            enqueue_render(pk)
            retried += 1
    return retried, failed


def enqueue_render(pk):
    """Queue a render of edition ``pk``. A queued edition's ``lease_expires_at``
    is when the reaper checks it is still waiting: a task lost on its way (a
    worker killed between taking it and starting the render, a Redis that lost
    its jobs) is queued again then. A second task for the same edition is
    harmless: it finds the edition rendering or done and is skipped."""
    _recheck(pk, settings.PRINT_QUEUED_RECHECK_SECONDS)
    leases.enqueue(
        render_edition,
        str(pk),
        # The queue is down: the reaper tries again at its next pass.
        on_unreachable=lambda: _recheck(pk, 0),
    )


def _recheck(pk, seconds):
    PrintEdition.objects.filter(pk=pk, status=PrintEdition.Status.QUEUED).update(
        lease_expires_at=timezone.now() + timedelta(seconds=seconds)
    )


def requeue_waiting():
    """Queue again the editions still waiting at their recheck time (or, queued
    before rechecks existed, a recheck after they were made). Returns how many."""
    now = timezone.now()
    due = Q(lease_expires_at__lt=now) | Q(
        lease_expires_at__isnull=True,
        created_at__lt=now - timedelta(seconds=settings.PRINT_QUEUED_RECHECK_SECONDS),
    )
    requeued = 0
    waiting = PrintEdition.objects.filter(due, status=PrintEdition.Status.QUEUED)
    for pk in list(waiting.values_list("pk", flat=True)):
        # Claimed by one reaper: the recheck moves on before the task is queued.
        claimed = waiting.filter(pk=pk).update(
            lease_expires_at=now
            + timedelta(seconds=settings.PRINT_QUEUED_RECHECK_SECONDS)
        )
        if claimed:
            logger.warning("Edition %s: still waiting at its recheck; queued again", pk)
            leases.enqueue(
                render_edition, str(pk), on_unreachable=lambda pk=pk: _recheck(pk, 0)
            )
            requeued += 1
    return requeued


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
