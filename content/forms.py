"""Admin form pieces: a checked image upload, StreamFields that see real changes."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.blocks.base import BlockField
from wagtail.fields import StreamField
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


class CleanComparingBlockField(BlockField):
    """A StreamField form field that compares cleaned values to see a change.

    Wagtail compares what the browser posted with what is stored: an
    ``IntegerBlock`` posts ``"2021"`` for the stored ``2021`` (dates, decimals
    and choices do the same), so an untouched form "changed", the edit view
    saved a new revision, and with re-approval on edit a reviewer's approval
    from the edit page restarted the review. Equal after cleaning is unchanged,
    for every block type. Rich text is compared without the ``data-block-key``
    attributes the editor adds to each paragraph (anchors for comments, not
    content), and an empty optional value stored as null equals the posted "".
    """

    def has_changed(self, initial, data):
        if not super().has_changed(initial, data):
            return False
        try:
            cleaned = self.block.clean(data)
        except ValidationError:
            return True
        before = _canonical(self.block.get_prep_value(initial))
        return before != _canonical(self.block.get_prep_value(cleaned))


BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def _canonical(value):
    """A stored value as the editor would give it back: no block keys, and an
    empty optional text (stored as null by code, posted as "") is just empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    return value


def register_stream_form_field():
    """Every admin form's StreamField uses ``CleanComparingBlockField``."""
    register_form_field_override(
        StreamField, override={"form_class": CleanComparingBlockField}
    )
