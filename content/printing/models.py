"""Rendered print editions, cached by subject, revision, layout and language.

The models belong to the ``content`` app (their tables and migrations are
``content``'s). What an edition is of comes from the registered document types
(``registry``); the ``page`` and ``pack_pages`` fields and the QR links point at
materials by the model's name, as they always have, without importing it.
"""

import secrets
import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from audiences import access
from content.printing import registry
from content.printing.errors import shown


class EditionQuerySet(models.QuerySet):
    def for_user(self, user, action=access.VIEW):
        """Editions the access layer lets ``user`` reach (``printing/access.py``)."""
        return access.visible(user, self, action)

    def public(self):
        """Ready editions anyone may download (a published material's brochure)."""
        return self.filter(registry.public_editions(), status=PrintEdition.Status.READY)


class PrintEdition(models.Model):
    """One print edition of a registered kind of document, and its PDF file.

    The row outlives its file: when a newer revision is published the file is
    removed, but the edition (and the QR links printed on paper) stay, so scans
    of brochures already handed out keep being counted.
    """

    # The registered kinds (``Kind.PACK == "pack"``); none is named here.
    Kind = registry.KindNames()

    class Layout(models.TextChoices):
        A4 = "a4", _("A4 pages")
        A5 = "a5", _("A5 booklet")
        DL = "dl", _("DL tri-fold leaflet")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for the worker")
        RENDERING = "rendering", _("Rendering")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")
        REPLACED = "replaced", _("Replaced by a newer revision")
        WITHDRAWN = "withdrawn", _("Withdrawn (material unpublished)")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    key = models.CharField(max_length=255, unique=True, editable=False)
    # Choices are looked up when used, so every app's kinds are among them; the
    # stored values are the registered keys.
    kind = models.CharField(
        _("kind"), max_length=registry.KIND_LENGTH, choices=registry.kind_choices
    )
    layout = models.CharField(_("layout"), max_length=4, choices=Layout.choices)
    language = models.CharField(_("language"), max_length=8)
    folded = models.BooleanField(
        _("pages in folding order"),
        default=False,
        help_text=_("Two A5 pages per A4 sheet, ordered to fold into a booklet."),
    )
    bleed = models.BooleanField(_("bleed and crop marks"), default=False)
    title = models.CharField(_("title"), max_length=255)
    organisation = models.ForeignKey(
        "audiences.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="print_editions",
    )
    page = models.ForeignKey(
        "content.MaterialPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="print_editions",
    )
    pack_pages = models.JSONField(default=list, blank=True)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE
    )
    object_id = models.CharField(max_length=64, blank=True)
    subject = GenericForeignKey("content_type", "object_id")
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    stage = models.CharField(_("stage"), max_length=120, blank=True)
    error = models.TextField(_("error"), blank=True)
    file = models.FileField(upload_to="print/", blank=True)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    size = models.PositiveIntegerField(_("file size"), null=True, blank=True)
    render_seconds = models.FloatField(null=True, blank=True)
    # Renders started (a retry after a dead worker counts), and until when the
    # render in progress counts as alive: its worker extends the lease while it
    # renders (``audiences.leases``), and a lease run out is retried or failed
    # (``content.reaper``).
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    lease_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("print edition")
        verbose_name_plural = _("print editions")
        indexes = [models.Index(fields=["page", "status"])]

    def __str__(self):
        return f"{self.title} · {self.get_layout_display()} · {self.language}"

    @property
    def stage_text(self):
        """The stage in the reader's language (stored as an untranslated message)."""
        return shown(self.stage)

    @property
    def error_text(self):
        """Why the render failed, in the reader's language."""
        return shown(self.error)

    @property
    def is_ready(self):
        return self.status == self.Status.READY and bool(self.file)

    @property
    def is_active(self):
        return self.status in (self.Status.QUEUED, self.Status.RENDERING)

    def download_name(self):
        stem = slugify(self.title, allow_unicode=True)[:60] or "kopir"
        suffix = f"{self.layout}{'-folded' if self.folded else ''}"
        return f"{stem}-{self.language}-{suffix}.pdf"

    def remove_file(self, status):
        """Delete the PDF (the row and its QR counts stay)."""
        if self.file:
            self.file.delete(save=False)
        self.file = ""
        self.status = status
        self.save(update_fields=["file", "status"])


def new_code():
    return secrets.token_urlsafe(6).replace("-", "x").replace("_", "y")


class PrintLink(models.Model):
    """The short address behind one QR code of one edition; it counts scans.

    Only an aggregate is stored: how many times, and the day of the last scan.
    No cookie, address or device is recorded.
    """

    code = models.CharField(max_length=16, unique=True, default=new_code)
    edition = models.ForeignKey(
        PrintEdition, on_delete=models.CASCADE, related_name="links"
    )
    page = models.ForeignKey(
        "content.MaterialPage", on_delete=models.CASCADE, related_name="print_links"
    )
    scans = models.PositiveIntegerField(_("scans"), default=0)
    last_scan_on = models.DateField(_("last scan"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "page"], name="one_link_per_edition_page"
            )
        ]
        verbose_name = _("QR link")
        verbose_name_plural = _("QR links")

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        return reverse("kopir_qr", args=[self.code])

    @property
    def full_url(self):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.get_absolute_url()
