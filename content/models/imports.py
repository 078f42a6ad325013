"""Spreadsheet imports: one job per uploaded file, and what each job created.

A job is checked in the background (a dry run that writes nothing but its
report), then, when the person asks, creates everything in one transaction
(``content.imports``). ``ImportedItem`` remembers a content key per imported
material, activity or result, so the same file imported again changes nothing.
Both belong to an organisation (``content/access.py``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audiences.models.fields import optional_link


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for the worker")
        CHECKING = "checking", _("Checking")
        CHECKED = "checked", _("Checked")
        CREATE_QUEUED = "create_queued", _("Waiting to create")
        CREATING = "creating", _("Creating")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    organisation = models.ForeignKey(
        "audiences.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_by = optional_link(settings.AUTH_USER_MODEL, _("uploaded by"))
    kind = models.CharField(_("what is imported"), max_length=20)

    options = models.JSONField(_("options"), default=dict, blank=True)
    file = models.FileField(_("file"), upload_to="imports/", max_length=300)
    file_name = models.CharField(_("file name"), max_length=255)
    images = models.FileField(
        _("images (ZIP)"), upload_to="imports/", max_length=300, blank=True
    )
    images_name = models.CharField(_("ZIP file name"), max_length=255, blank=True)
    digest = models.CharField(_("SHA-256 of the file"), max_length=64)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    stage = models.TextField(_("stage"), blank=True)
    error = models.TextField(_("error"), blank=True)
    retryable = models.BooleanField(_("may be tried again"), default=False)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    lease_expires_at = models.DateTimeField(_("lease expires at"), null=True)
    report = models.JSONField(_("report"), default=dict, blank=True)
    created_count = models.PositiveIntegerField(_("created"), default=0)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self):
        return f"{self.file_name} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def error_total(self):
        return (self.report or {}).get("error_count", 0)

    @property
    def is_active(self):
        return self.status in (
            self.Status.QUEUED,
            self.Status.CHECKING,
            self.Status.CREATE_QUEUED,
            self.Status.CREATING,
        )


class ImportedItem(models.Model):
    """One thing an import created, under the key of the rows it came from."""

    organisation = models.ForeignKey(
        "audiences.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("what was imported"), max_length=20)
    key = models.CharField(_("content key"), max_length=64)
    job = models.ForeignKey(
        ImportJob,
        verbose_name=_("import"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="items",
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    label = models.CharField(_("label"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kind", "key"], name="content_imported_key"
            )
        ]

    def __str__(self):
        return self.label or self.key[:12]
