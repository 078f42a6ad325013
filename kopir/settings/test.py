"""Test settings: fast hashing, immediate tasks, plain static storage."""

import os
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("SECURE_COOKIES", "false")
# One access line per test request would only fill the captured output.
os.environ.setdefault("ACCESS_LOG", "false")

from .base import *  # noqa: E402,F403

ALLOWED_HOSTS = ["*"]
SERVE_MEDIA = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# Tasks run inside ``enqueue()``; tests/worker.py switches to the database backend
# and a real ``db_worker``, which reads this variable to do the same.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TEST_TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}
# On SQLite the test database is a file, not memory, so that a second process (the
# worker) can open it; one file per test run (``-test-<pid>``) keeps two runs apart.
# It sits next to the configured database and so matches its .gitignore pattern.
# Transactions take the write lock when they begin: a deferred one that reads, then
# writes, fails at once ("database is locked") while the worker holds the lock.
_database = DATABASES["default"]  # noqa: F405
if _database["ENGINE"] == "django.db.backends.sqlite3" and _database["NAME"] not in (
    "",
    ":memory:",
):
    _database["TEST"] = {"NAME": f"{_database['NAME']}-test-{os.getpid()}"}
    _database["OPTIONS"] = {
        **_database.get("OPTIONS", {}),
        "transaction_mode": "IMMEDIATE",
    }
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Seconds a print render sleeps, in the middle of a real render, so that a test
# can kill its worker then (tests/printing/test_worker_faults.py).
PRINT_TEST_RENDER_DELAY = float(os.environ.get("TEST_PRINT_RENDER_DELAY") or 0)
# The same for an import's creation, inside its transaction (tests/imports).
IMPORT_TEST_CREATE_DELAY = float(os.environ.get("TEST_IMPORT_CREATE_DELAY") or 0)
# tests/worker.py gives a worker and its test their own media directory.
MEDIA_ROOT = Path(
    os.environ.get("TEST_MEDIA_ROOT") or BASE_DIR / "media" / "test"  # noqa: F405
)
# runserver and the test client serve static files themselves.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405

# Accounts security: Django's test client signs in without a request, which
# axes refuses; this backend lets those through (tests only) and still locks
# every sign-in made through the form.
AUTHENTICATION_BACKENDS = [
    "audiences.security.backends.TestClientAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# The renderer's address-space limit (PRINT_MEMORY_MB) is meant for a worker's
# renders. In-process renders here fork from the test process, which by the end
# holds the whole suite (and, with TEST_STORAGE=s3, an S3 server and boto3), so it
# is raised unless a test or its worker sets it (tests/printing/test_worker.py).
if "PRINT_MEMORY_MB" not in os.environ:
    KOPIR_PRINT_MEMORY_LIMIT = 8 * 1024 * 1024 * 1024
