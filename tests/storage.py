"""The storage the suite runs on: the file system (default) or, with
``TEST_STORAGE=s3``, a bucket on moto's S3 server that tests/conftest.py starts
once per session (``tests.services.start_s3``).

Tests that want files of their own call ``own_storage(settings, tmp_path)``: a
media directory of their own, or a prefix of their own in the bucket, plus a
work directory for the print engine; it returns the environment a worker
subprocess needs to see the same.
"""

import os
import tempfile
import uuid
from pathlib import Path

from django.core.files.storage import default_storage

ON_S3 = os.environ.get("TEST_STORAGE", "").strip().lower() == "s3"
BUCKET = "kopir-test"


def s3_default(url):
    from kopir.settings.storage import s3_storage

    return s3_storage(url)


def own_storage(settings, tmp_path):
    """Give this test its own files; returns the environment for its workers."""
    work = tmp_path / "print-work"
    settings.KOPIR_PRINT_WORK_DIR = str(work)
    environment = {"PRINT_WORK_DIR": str(work)}
    if ON_S3:
        url = f"{os.environ['STORAGE_URL']}/t-{uuid.uuid4().hex[:12]}"
        settings.STORAGES = {**settings.STORAGES, "default": s3_default(url)}
        environment["STORAGE_URL"] = url
    else:
        media = tmp_path / "media"
        media.mkdir(exist_ok=True)
        settings.MEDIA_ROOT = media  # the default storage follows (setting_changed)
        environment["TEST_MEDIA_ROOT"] = str(media)
    return environment


def local_copy(field_file):
    """A path on disk with the stored file's bytes (itself on the file system,
    a downloaded copy from the bucket), for tools that read files."""
    try:
        return Path(field_file.path)
    except NotImplementedError:
        pass
    handle, path = tempfile.mkstemp(suffix=Path(field_file.name).suffix)
    with os.fdopen(handle, "wb") as out, field_file.open("rb") as source:
        out.write(source.read())
    return Path(path)


def stored_names(directory):
    """The files the default storage holds in ``directory`` ([] if none)."""
    try:
        return sorted(default_storage.listdir(directory)[1])
    except FileNotFoundError:
        return []
