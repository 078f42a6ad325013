"""The ZIP of images sent with a spreadsheet, checked before anything is opened.

Refused: a ZIP over ``IMPORT_MAX_ZIP_BYTES`` or with more than
``IMPORT_MAX_IMAGES`` files; a member whose name climbs out of the archive
(``../``, an absolute path, a drive letter); a member over ``MAX_IMAGE_BYTES``
unpacked or that expands far beyond its packed size (a ZIP bomb). An image is
read (at most its declared size, whatever its header claims) only when a row
names it, and counts only if Pillow recognises a JPEG, PNG, GIF or WebP of at
most ``MAX_IMAGE_PIXELS`` pixels. Nothing is fetched from anywhere else.
"""

import io
import posixpath
import warnings
import zipfile

from django.utils.translation import gettext_noop
from PIL import Image

from content.imports import limits
from content.printing.errors import Message

FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}


def file_prefix(job):
    """Stored images of an import start with this: what a dead attempt stored
    is found by it (``tasks.remove_stray_files``)."""
    return f"import-{job.pk}-"


class ImageArchiveError(Exception):
    def __init__(self, message):
        super().__init__(message.msgid)
        self.message = message


def _error(msgid, **params):
    return ImageArchiveError(Message(msgid, **params))


class ImageArchive:
    """The images of one ZIP by their file name (without folders, lower case)."""

    def __init__(self, data):
        if len(data) > limits.max_zip_bytes():
            raise _error(
                gettext_noop("The ZIP of images is larger than %(limit)s MB."),
                limit=f"{limits.max_zip_bytes() / (1024 * 1024):g}",
            )
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            members = [m for m in self.archive.infolist() if not m.is_dir()]
        except (zipfile.BadZipFile, ValueError, OSError) as error:
            raise _error(
                gettext_noop("The images file is not a readable ZIP.")
            ) from error
        if len(members) > limits.max_images():
            raise _error(
                gettext_noop("The ZIP holds more than %(limit)s files."),
                limit=limits.max_images(),
            )
        self.members = {}
        for member in members:
            name = member.filename
            parts = name.replace("\\", "/").split("/")
            if (
                name.startswith(("/", "\\"))
                or ".." in parts
                or (len(name) > 1 and name[1] == ":")
                or "\x00" in name
            ):
                raise _error(
                    gettext_noop("The ZIP holds an unsafe file name: %(name)s"),
                    name=name[:100],
                )
            if member.flag_bits & 0x1:
                raise _error(gettext_noop("The ZIP is encrypted."))
            base = posixpath.basename(name.replace("\\", "/"))
            if base.startswith(".") or base.startswith("__MACOSX"):
                continue
            self.members[base.lower()] = member

    def __contains__(self, name):
        return _key(name) in self.members

    def check(self, name):
        """The image ``name`` as ``(bytes, width, height)``, or ImageArchiveError."""
        member = self.members.get(_key(name))
        if member is None:
            raise _error(
                gettext_noop("There is no “%(name)s” in the ZIP of images."),
                name=name[:100],
            )
        extension = posixpath.splitext(member.filename)[1].lower()
        if extension not in EXTENSIONS:
            raise _error(
                gettext_noop("“%(name)s” is not a JPEG, PNG, GIF or WebP image."),
                name=name[:100],
            )
        if member.file_size > limits.MAX_IMAGE_BYTES or (
            member.file_size > limits.MAX_UNPACKED_RATIO * max(member.compress_size, 1)
            and member.file_size > 1024 * 1024
        ):
            raise _error(
                gettext_noop("“%(name)s” is too large (at most %(limit)s MB)."),
                name=name[:100],
                limit=limits.MAX_IMAGE_BYTES // (1024 * 1024),
            )
        with self.archive.open(member) as handle:
            data = handle.read(limits.MAX_IMAGE_BYTES + 1)
        if len(data) > limits.MAX_IMAGE_BYTES:
            raise _error(
                gettext_noop("“%(name)s” is too large (at most %(limit)s MB)."),
                name=name[:100],
                limit=limits.MAX_IMAGE_BYTES // (1024 * 1024),
            )
        return (data, *_image_format(name, data))


def _key(name):
    return posixpath.basename((name or "").strip().replace("\\", "/")).lower()


def _image_format(name, data):
    not_an_image = _error(
        gettext_noop("“%(name)s” is not a JPEG, PNG, GIF or WebP image."),
        name=name[:100],
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image_format = image.format
                width, height = image.size
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _error(
            gettext_noop("“%(name)s” has too many pixels."), name=name[:100]
        ) from error
    except Exception as error:  # Pillow raises many kinds on a broken image
        raise not_an_image from error
    if image_format not in FORMATS:
        raise not_an_image
    if width * height > limits.MAX_IMAGE_PIXELS:
        raise _error(gettext_noop("“%(name)s” has too many pixels."), name=name[:100])
    return width, height
