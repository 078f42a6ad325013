"""The print engine's files, through Django's storage API only.

The default storage is the file system (MEDIA_ROOT) or an S3 bucket
(kopir/settings/storage.py); nothing here assumes a local path to a stored file.
A PDF is rendered into a local work file, checked, then saved to the storage
under its final name (``print/<edition id>.pdf``) in one step, so a reader
never sees a half-written file, and a second render of the same edition
replaces the file instead of adding ``print/<id>_AbCd12.pdf``.
"""

import contextlib
import errno
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, default_storage, storages

from content.printing.errors import StorageUnavailable

WORK_PREFIX = ".rendering-"


def edition_name(edition_id):
    return f"print/{edition_id}.pdf"


# A disk that filled up or went away (a network file system) comes back later.
_DOWN = {
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EIO,
    errno.ESTALE,
    errno.ENOTCONN,
    errno.EHOSTUNREACH,
    errno.ENETUNREACH,
}


def is_unavailable(error):
    """True when ``error`` (or what it was raised from) means the storage cannot
    be reached now: connection refused or timed out, a 5xx answer, a disk that
    is full or gone. A missing file or a wrong document is not that."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if _is_down(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def _is_down(error):
    if isinstance(error, StorageUnavailable):
        return True
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # pragma: no cover (django-storages[s3] is a requirement)
        return False
    if isinstance(error, ClientError):
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        return status >= 500 or status in (408, 429)
    if isinstance(error, BotoCoreError):
        return True
    if isinstance(error, ConnectionError | TimeoutError):
        return True
    return isinstance(error, OSError) and error.errno in _DOWN


@contextlib.contextmanager
def reachable():
    """Turn the storage's "cannot reach it" errors into ``StorageUnavailable``."""
    try:
        yield
    except StorageUnavailable:
        raise
    except Exception as error:
        if is_unavailable(error):
            raise StorageUnavailable() from error
        raise


def _remove_leftovers(directory, prefix):
    """Delete what a dead attempt of the same edition left (``prefix`` names the
    edition); a worker killed mid-render cannot clean up after itself."""
    if prefix == WORK_PREFIX:
        return
    for leftover in Path(directory or tempfile.gettempdir()).glob(prefix + "*"):
        leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def work_file(prefix=WORK_PREFIX):
    """A new local file to render into; removed (with its ``.raw`` twin) on exit."""
    directory = settings.KOPIR_PRINT_WORK_DIR or None
    if directory:
        os.makedirs(directory, exist_ok=True)
    _remove_leftovers(directory, prefix)
    handle, path = tempfile.mkstemp(dir=directory, prefix=prefix, suffix=".pdf")
    os.close(handle)
    try:
        yield path
    finally:
        for leftover in (path, path + ".raw"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)


def publish(local_path, name, storage=None, prefix=WORK_PREFIX):
    """Save the finished PDF ``local_path`` as ``name``, replacing any file of
    that name; return its size as the storage reports it. On a disk the copy is
    made under ``prefix`` beside the final name, then renamed."""
    storage = storage or default_storage
    with reachable():
        if isinstance(storage, FileSystemStorage):
            # A rename in the target directory: atomic, and it replaces.
            final = storage.path(name)
            os.makedirs(os.path.dirname(final), exist_ok=True)
            _remove_leftovers(os.path.dirname(final), prefix)
            handle, temporary = tempfile.mkstemp(
                dir=os.path.dirname(final), prefix=prefix, suffix=".pdf"
            )
            os.close(handle)
            try:
                shutil.copyfile(local_path, temporary)
                os.replace(temporary, final)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
                raise
        else:
            # One PUT of the whole object: it appears complete or not at all,
            # and replaces the old one. ``_save`` is the storage API's own
            # "write exactly this name" (``save`` would pick a free name).
            with open(local_path, "rb") as handle:
                storage._save(name, File(handle, name=os.path.basename(name)))
        return storage.size(name)


def delete(name, storage=None):
    """Remove a stored file (a replaced or withdrawn edition's PDF)."""
    storage = storage or default_storage
    with reachable():
        storage.delete(name)


@dataclass(frozen=True)
class Stored:
    """A file in the default storage that a print document may load."""

    name: str

    def read(self, storage=None):
        storage = storage or default_storage
        with reachable(), storage.open(self.name, "rb") as handle:
            return handle.read()


def fresh_storage():
    """A new instance of the default storage, for a forked renderer: an S3
    client (and its connections) is not shared across ``fork()``."""
    return storages.create_storage(storages.backends["default"])
