"""The image upload form: a file Pillow cannot read is a form error, not a crash."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE = _(
    "Kopir cannot read this image. Save it again as JPEG, PNG, GIF or WebP and "
    "upload it once more."
)


TOO_LARGE = _(
    "This image is damaged or larger than %(millions)s million pixels. Save it "
    "again at a smaller size and upload it once more."
)


class CheckedImageField(WagtailImageField):
    """Wagtail sniffs only the file's first bytes; Pillow then fails on a broken
    body (``UnidentifiedImageError``, truncated data) while the size is checked."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise ValidationError(UNREADABLE, code="invalid_image") from error
        except ValidationError as error:
            if error.code != "file_too_many_pixels":
                raise
            # Wagtail's text says "unknown number" when a damaged header claims
            # an enormous size; one message in the user's language covers both.
            raise ValidationError(
                TOO_LARGE % {"millions": self.max_image_pixels // 1_000_000},
                code="file_too_many_pixels",
            ) from None


class KopirImageForm(BaseImageForm):
    """``WAGTAILIMAGES_IMAGE_FORM_BASE``: every image upload form starts here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Swapped, not declared: a declared field would survive the multiple
        # upload form's ``exclude`` and make it ask for the file again.
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            field.__class__ = CheckedImageField
