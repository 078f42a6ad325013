"""Health endpoints for load balancers and orchestrators.

``/healthz``: the process answers (touches nothing: no database, no cache).
``/readyz``: the database, the cache, the storage and the task queue each answer;
503 when one does not. The JSON body names each check and says ``ok`` or the
kind of failure (an exception's class name, never its message: messages carry
host names and paths). Neither is cached, signed or translated.
"""

import logging
import os
import time
import uuid

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger("kopir.health")

# A file name nobody stores: ``exists`` asks the storage without reading much.
STORAGE_PROBE = ".kopir-readyz"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"kopir:readyz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    try:
        if cache.get(key) != "ok":
            # The fail-open Redis cache answers a miss instead of raising.
            raise ConnectionError("set/get did not round-trip")
    finally:
        cache.delete(key)


def check_storage():
    if isinstance(default_storage, FileSystemStorage):
        location = default_storage.location
        # The file system: the media directory is there (a fresh install makes
        # it, as the storage's first save would) and the process may write in it.
        os.makedirs(location, exist_ok=True)
        if not os.access(location, os.W_OK | os.X_OK):
            raise PermissionError("media directory not writable")
    # A bucket: one HEAD request, bounded by the storage's timeouts.
    default_storage.exists(STORAGE_PROBE)


def check_queue():
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    module = type(backend).__module__
    if module.startswith("django_tasks_db"):
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.exists()
    elif module.startswith("django_tasks_rq"):
        import django_rq

        # Every queue the backend takes tasks from (they may use other Redis).
        for name in sorted(backend.queues):
            django_rq.get_queue(name).connection.ping()
    # The immediate and dummy backends (tests, demos) have nothing to reach.


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "queue": check_queue,
}


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    checks = {}
    failed = False
    for name, check in CHECKS.items():
        start = time.monotonic()
        try:
            check()
        except Exception as exc:  # noqa: BLE001 (each failure is reported)
            failed = True
            checks[name] = {"status": "fail", "error": type(exc).__name__}
            logger.warning("readyz: %s failed (%s)", name, type(exc).__name__)
        else:
            checks[name] = {"status": "ok"}
        checks[name]["ms"] = round((time.monotonic() - start) * 1000, 1)
    return JsonResponse(
        {"status": "fail" if failed else "ok", "checks": checks},
        status=503 if failed else 200,
    )
