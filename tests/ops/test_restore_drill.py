"""The restore drill of the deployment guide, performed on a small demo.

A private PostgreSQL cluster (``initdb`` on its own port) gets the demo
(``seed_demo``, whose brochures render at once here), a real gunicorn serves it,
and what the public sees is noted: every published material page and a ready
brochure's PDF. Then the backup is made with the guide's commands (``pg_dump
-Fc`` and a tar of MEDIA_ROOT, or a copy of the bucket with S3 storage), the
database and the files are destroyed, restored (``pg_restore`` into a fresh
database, the files put back) and the site must serve the same pages and the
same PDF bytes from the restored files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.services import port_open, start_postgres, start_s3

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
PG_PORT = 9570
WEB_PORT = 9571
S3_PORT = 9572
BUCKET = "kopir-drill"
IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"

# What the public sees, noted before the backup and compared after the restore.
SNAPSHOT = r"""
import json
import django
django.setup()
from content.models import MaterialPage
from content.printing.models import PrintEdition

pages = MaterialPage.objects.live().public().order_by("pk")
edition = PrintEdition.objects.public().filter(page__isnull=False).first()
print("SNAPSHOT " + json.dumps({
    "pages": [p.get_url() for p in pages],
    "edition": edition and {
        "pk": str(edition.pk), "page": edition.page_id, "layout": edition.layout,
    },
}))
"""

# One brochure of a published material rendered at once (the immediate backend),
# as the public asks for it (``content.print_views.public_prepare``).
RENDER = r"""
import django
django.setup()
from content import print_services
from content.models import MaterialPage
from content.printing.models import PrintEdition

taken = PrintEdition.objects.exclude(page=None).values("page")
page = MaterialPage.objects.live().public().exclude(pk__in=taken).order_by("pk")[0]
edition = print_services.material_edition(page, page.live_revision, layout="a4")
edition.refresh_from_db()
assert edition.is_ready, (edition.status, edition.error)
"""


def pg_binary(name):
    """pg_dump and pg_restore: beside initdb, or Debian's wrappers on the PATH."""
    for directory in ("/usr/local/bin", "/usr/bin"):
        if (Path(directory) / name).exists():
            return str(Path(directory) / name)
    return shutil.which(name)


def psql(url, statement):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(statement)


def wait_listening(port, process, timeout=60):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert process.poll() is None, f"gunicorn exited with {process.returncode}"
        with socket.socket() as probe:
            probe.settimeout(0.5)
            if probe.connect_ex((HOST, port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"gunicorn did not listen on {port} in {timeout} s")


pytestmark = [
    pytest.mark.skipif(
        not (pg_binary("initdb") and pg_binary("pg_dump") and pg_binary("pg_restore"))
        and os.environ.get("CI") != "true",
        reason="the PostgreSQL programs initdb, pg_dump and pg_restore are missing",
    ),
    # Its own PostgreSQL, not the run's database: once per `make test`.
    pytest.mark.standalone,
]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(path):
    """Status, Location and body of one request to the drill's gunicorn."""
    try:
        with OPENER.open(f"http://{HOST}:{WEB_PORT}{path}", timeout=30) as response:
            return response.status, response.headers.get("Location"), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Location"), exc.read()


def title(body):
    match = re.search(rb"<title>(.*?)</title>", body, re.S)
    return match.group(1).strip().decode() if match else None


class Site:
    """manage.py and gunicorn with the drill's environment."""

    def __init__(self, env, workdir):
        self.env = env
        self.workdir = workdir
        self.proc = None

    def manage(self, *args, timeout=120):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout

    def python(self, code, **env):
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def snapshot(self):
        out = self.python(SNAPSHOT)
        line = next(x for x in out.splitlines() if x.startswith("SNAPSHOT "))
        return json.loads(line[len("SNAPSHOT ") :])

    def serve(self):
        # A fresh page cache each time: nothing may come from before the restore.
        shutil.rmtree(self.env["CACHE_DIR"], ignore_errors=True)
        self.log = open(self.workdir / "gunicorn.log", "a")  # noqa: SIM115
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.proc = subprocess.Popen(
            [
                str(gunicorn),
                "kopir.wsgi",
                "--bind",
                f"{HOST}:{WEB_PORT}",
                "--workers",
                "2",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_listening(WEB_PORT, self.proc)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            self.proc.wait(timeout=20)
            self.log.close()
        self.proc = None


def public_view(snapshot):
    """Status and title of every published material page, and the brochure PDF."""
    pages = {}
    for path in snapshot["pages"]:
        status, _location, body = fetch(path)
        pages[path] = (status, title(body))
    edition = snapshot["edition"]
    status, location, _body = fetch(
        f"/print/material/{edition['page']}/{edition['layout']}/"
    )
    assert status == 302, f"the brochure is not ready: {status}"
    status, _location, pdf = fetch(location)
    assert status == 200 and pdf.startswith(b"%PDF-")
    return {"pages": pages, "pdf": (location, hashlib.sha256(pdf).hexdigest())}


# --- Backups of the files: MEDIA_ROOT, or the bucket with S3 storage ----------------


def backup_media(media_root, backup):
    # tar -C "$MEDIA_ROOT" -czf backup/media.tar.gz .
    with tarfile.open(backup / "media.tar.gz", "w:gz") as tar:
        tar.add(media_root, arcname=".")


def restore_media(media_root, backup):
    # mkdir -p "$MEDIA_ROOT" && tar -C "$MEDIA_ROOT" -xzf backup/media.tar.gz
    media_root.mkdir(parents=True)
    with tarfile.open(backup / "media.tar.gz") as tar:
        tar.extractall(media_root, filter="data")


def backup_bucket(s3, backup):
    # aws s3 sync s3://$BUCKET backup/bucket  (the same, through boto3)
    client = s3.client()
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET):
        for item in page.get("Contents", []):
            target = backup / "bucket" / item["Key"]
            target.parent.mkdir(parents=True, exist_ok=True)
            client.download_file(BUCKET, item["Key"], str(target))


def destroy_bucket(s3):
    client = s3.client()
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET):
        for item in page.get("Contents", []):
            client.delete_object(Bucket=BUCKET, Key=item["Key"])


def restore_bucket(s3, backup):
    # aws s3 sync backup/bucket s3://$BUCKET
    client = s3.client()
    source = backup / "bucket"
    for path in source.rglob("*"):
        if path.is_file():
            client.upload_file(str(path), BUCKET, path.relative_to(source).as_posix())


# --- The drill ----------------------------------------------------------------------


def storage_backend(site):
    out = site.python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['default']['BACKEND'])"
    )
    return out.strip().splitlines()[-1]


@pytest.mark.parametrize("storage", ["files", "s3"])
def test_backup_destroy_restore_serves_the_same_site(storage):
    for port in (PG_PORT, WEB_PORT) + ((S3_PORT,) if storage == "s3" else ()):
        if port_open(port):
            pytest.fail(f"port {port} of the restore drill is taken")
    workdir = Path(tempfile.mkdtemp(prefix="kopir-drill-"))
    media_root = workdir / "media"
    backup = workdir / "backup"
    backup.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("STORAGE_", "S3_", "AWS_", "REDIS_", "TASKS_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="kopir.settings.test",
        MEDIA_ROOT=str(media_root),
        TEST_MEDIA_ROOT=str(media_root),
        CACHE_DIR=str(workdir / "cache"),
        PAGE_CACHE_SECONDS="0",
        # seed_demo only queues its brochures; RENDER renders one at once.
        TEST_TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        BASE_URL=f"http://{HOST}:{WEB_PORT}",
        PYTHONUNBUFFERED="1",
    )
    site = Site(env, workdir)
    pg = s3 = None
    try:
        if storage == "s3":
            env["STORAGE_URL"] = f"s3://{BUCKET}"
            assert "s3" in storage_backend(site).lower(), "STORAGE_URL was not read"
            s3 = start_s3(S3_PORT)
            s3.create_bucket(BUCKET)
            env.update(s3.environment(BUCKET))
        pg = start_postgres(PG_PORT)
        pg.create_database("kopir")
        env["DATABASE_URL"] = pg.url("kopir")

        site.manage("migrate", "--noinput")
        site.manage("seed_demo", "--force", timeout=240)
        site.python(RENDER, TEST_TASKS_BACKEND=IMMEDIATE)
        snapshot = site.snapshot()
        assert snapshot["pages"], "the demo has no published material"
        assert snapshot["edition"], "the demo has no ready brochure"
        site.serve()
        before = public_view(snapshot)
        site.stop()
        assert all(status == 200 for status, _ in before["pages"].values()), before

        # The backup, with the guide's commands.
        subprocess.run(
            [
                pg_binary("pg_dump"),
                "-Fc",
                "-f",
                backup / "kopir.dump",
                env["DATABASE_URL"],
            ],
            check=True,
            timeout=60,
        )
        if s3 is None:
            backup_media(media_root, backup)
        else:
            backup_bucket(s3, backup)

        # Disaster: the database and every file are gone.
        psql(pg.url(), 'DROP DATABASE "kopir" WITH (FORCE)')
        shutil.rmtree(media_root, ignore_errors=True)
        if s3 is not None:
            destroy_bucket(s3)

        # The restore: a fresh database from the dump, the files put back.
        pg.create_database("kopir_restored")
        env["DATABASE_URL"] = pg.url("kopir_restored")
        subprocess.run(
            [
                pg_binary("pg_restore"),
                "--no-owner",
                "--exit-on-error",
                "-d",
                env["DATABASE_URL"],
                backup / "kopir.dump",
            ],
            check=True,
            timeout=60,
        )
        if s3 is None:
            restore_media(media_root, backup)
        else:
            restore_bucket(s3, backup)
        site.serve()
        after = public_view(site.snapshot())
        assert after == before
    finally:
        site.stop()
        if s3 is not None:
            getattr(s3, "close", s3.stop)()
        if pg is not None:
            pg.close()
        shutil.rmtree(workdir, ignore_errors=True)
