"""Where media, print editions and documents are kept.

Empty ``STORAGE_URL``: files in MEDIA_ROOT (the default, zero setup).
``STORAGE_URL=s3://<bucket>[/<prefix>]``: an S3-compatible bucket (AWS, MinIO…)
through django-storages. The bucket is private: objects get no ACL of their own
(the bucket's policy decides, and it must not allow anonymous reads), and any URL
the storage makes is signed and short-lived. Kopir itself never hands out bucket
URLs: renditions, documents and PDFs are streamed through permission-checked views.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_str

STORAGE_URL = env_str("STORAGE_URL", "")
# Where the print engine writes a PDF before it is checked and saved to the
# storage under its final name (local disk; empty = the system's temp directory).
KOPIR_PRINT_WORK_DIR = env_str("PRINT_WORK_DIR", "")


def s3_storage(url):
    """The STORAGES entry for ``s3://bucket[/prefix]``."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ImproperlyConfigured(
            f"STORAGE_URL must be empty or s3://<bucket>[/<prefix>], not {url!r}."
        )
    return {
        "BACKEND": "kopir.storage_backends.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": parts.netloc,
            "location": parts.path.strip("/"),
            "endpoint_url": env_str("S3_ENDPOINT_URL", "") or None,
            "access_key": env_str("AWS_ACCESS_KEY_ID", "") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY", "") or None,
            "region_name": env_str("AWS_S3_REGION_NAME", "us-east-1"),
            # Private: no ACL on the objects, signed URLs that expire soon.
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": env_int("S3_URL_EXPIRY_SECONDS", 300),
            # Two uploads of "photo.jpg" get two names, as on the file system;
            # the print engine overwrites its own files on purpose (printing/files.py).
            "file_overwrite": False,
            # The storage down must fail a request or a render soon, not hang it.
            "client_config": _client_config(),
        },
    }


def _client_config():
    from botocore.config import Config

    return Config(
        connect_timeout=env_int("S3_CONNECT_TIMEOUT", 2),
        read_timeout=env_int("S3_READ_TIMEOUT", 5),
        retries={"max_attempts": env_int("S3_MAX_ATTEMPTS", 2), "mode": "standard"},
        signature_version="s3v4",
        s3={"addressing_style": "path"},
    )


STORAGES = {
    "default": (
        s3_storage(STORAGE_URL)
        if STORAGE_URL
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

if STORAGE_URL:
    # Nothing but the application can read a private bucket: it serves the
    # renditions (/media/images/, after the access check) unless told not to.
    SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
