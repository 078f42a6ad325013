"""Starting an import, creating its drafts, trying again: each checks who may."""

import hashlib
import os

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_noop

from audiences import access
from content.imports import limits, registry, tasks
from content.models import ImportJob
from content.printing.errors import Message

Status = ImportJob.Status
EXTENSIONS = (".xlsx", ".csv", ".txt")


class UploadError(Exception):
    def __init__(self, message):
        super().__init__(message.msgid)
        self.message = message


def may_import(user, importer, organisation):
    return access.has_role(user, organisation.pk, *importer.roles) or (
        access.is_site_admin(user)
    )


def _read(upload, limit, too_large):
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise UploadError(Message(too_large, limit=f"{limit / (1024 * 1024):g}"))
    return data


def start(*, user, organisation, kind, upload, images=None, options=None):
    """A new job for ``upload`` (and a ZIP of ``images``), queued for its check."""
    importer = registry.get(kind)
    if importer is None or not may_import(user, importer, organisation):
        raise PermissionDenied
    options = dict(options or {})
    problem = importer.check_options(user, organisation, options)
    if problem is not None:
        raise UploadError(problem)
    name = os.path.basename(upload.name or "import.xlsx")[:200]
    if not name.lower().endswith(EXTENSIONS):
        raise UploadError(Message(gettext_noop("Upload an XLSX or CSV file.")))
    data = _read(
        upload,
        limits.max_bytes(),
        gettext_noop("The file is larger than %(limit)s MB."),
    )
    zipped = b""
    if images is not None and importer.takes_images:
        zipped = _read(
            images,
            limits.max_zip_bytes(),
            gettext_noop("The ZIP of images is larger than %(limit)s MB."),
        )
    with transaction.atomic():
        job = ImportJob(
            organisation=organisation,
            created_by=user,
            kind=kind,
            options=options,
            file_name=name,
            digest=hashlib.sha256(data).hexdigest(),
            status=Status.QUEUED,
            stage=Message(gettext_noop("Waiting for the worker")).stored(),
        )
        job.file.save(_stored_name(name), ContentFile(data), save=False)
        if zipped:
            job.images_name = os.path.basename(images.name or "images.zip")[:200]
            job.images.save("images.zip", ContentFile(zipped), save=False)
        job.save()
    tasks.enqueue(job)
    return ImportJob.objects.get(pk=job.pk)


def _stored_name(name):
    return get_valid_filename(name)[-80:] or "import"


def may_change(user, job):
    importer = registry.get(job.kind)
    return importer is not None and may_import(user, importer, job.organisation)


def create(*, user, job, submit=False):
    """Queue the creation of a checked job without errors and with something
    new to create; False when there is nothing to queue."""
    if not may_change(user, job):
        raise PermissionDenied
    report = job.report or {}
    if report.get("error_count") or not report.get("summary", {}).get("new"):
        return False
    updated = ImportJob.objects.filter(pk=job.pk, status=Status.CHECKED).update(
        status=Status.CREATE_QUEUED,
        options={**job.options, "submit": bool(submit)},
        progress=0,
        stage=Message(gettext_noop("Waiting to create")).stored(),
    )
    if updated:
        job.status = Status.CREATE_QUEUED
        tasks.enqueue(job)
    return bool(updated)


def retry(*, user, job):
    """Try a failed job's step again (its check, or its creation)."""
    if not may_change(user, job):
        raise PermissionDenied
    if job.status != Status.FAILED or not job.retryable:
        return False
    again = (
        Status.CREATE_QUEUED
        if job.options.get("failed_in") == "create"
        else Status.QUEUED
    )
    updated = ImportJob.objects.filter(pk=job.pk, status=Status.FAILED).update(
        status=again, error="", progress=0, retryable=False
    )
    if updated:
        job.status = again
        tasks.enqueue(job)
    return bool(updated)
