"""Images with a credit line, and their renditions, under names nobody can guess."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class KopirImage(AbstractImage):
    """An image with a credit line; its description is the default alt text."""

    credit = models.CharField(_("credit"), max_length=200, blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit",)

    def get_upload_to(self, filename):
        """A random part in every stored name: renditions are named after the
        original, so without it anyone who knows a file's name could fetch
        another organisation's private image."""
        path = super().get_upload_to(filename)
        folder, _slash, name = path.rpartition("/")
        stem, dot, extension = name.rpartition(".")
        token = secrets.token_hex(6)
        name = f"{stem}-{token}{dot}{extension}" if dot else f"{name}-{token}"
        return f"{folder}/{name}"


class KopirRendition(AbstractRendition):
    image = models.ForeignKey(
        KopirImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
