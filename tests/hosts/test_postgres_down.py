"""PostgreSQL restarted under a running site: requests during the outage get a
clear 503 page (translated, with Retry-After), the same server process serves
again when PostgreSQL is back (its kept connections are checked before reuse),
and a save cut off by the outage leaves nothing half-written.

A private PostgreSQL cluster on its own port, migrated once for the module;
never the machine's shared server."""

import os
import subprocess
import sys

import psycopg
import pytest

from tests.hosts.servers import ROOT, WebServer
from tests.services import start_postgres

PG_PORT = 9545
WEB_PORT = 9546
DATABASE = "kopir"

# Its own PostgreSQL, not the run's database: once per `make test`.
pytestmark = pytest.mark.standalone

SEED = """
from content.factories import build_site
build_site()
"""

# Creates a plan with activities in one transaction, says so, and waits (with
# the transaction open) for the cluster to go down under it.
HALF_WRITTEN = """
import datetime, sys, time
from django.db import transaction
from django.utils import timezone
from audiences.factories import make_channel, make_organisation, make_target_group
from campaigns.models import Activity, CampaignPlan

organisation = make_organisation("outage-org", "Outage organisation")
channel = make_channel("outage-channel", "Outage channel")["ru"]
group = make_target_group("outage-group", "Outage group")["ru"]
with transaction.atomic():
    plan = CampaignPlan.objects.create(
        organisation=organisation,
        title="Plan cut off by the outage",
        starts_on=datetime.date(2026, 12, 1),
        ends_on=datetime.date(2026, 12, 31),
    )
    for n in range(3):
        Activity.objects.create(
            plan=plan,
            title=f"Activity cut off {n}",
            channel=channel,
            target_group=group,
            starts_at=timezone.now(),
        )
    print("OPEN", plan.pk, flush=True)
    time.sleep(120)
"""


def manage_env(url, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.hosts.server_settings",
        "DATABASE_URL": url,
        **extra,
    }


def run_django(url, code, **popen):
    """``code`` in a fresh Django process on the private database."""
    setup = "import django; django.setup()\n"
    return subprocess.Popen(
        [sys.executable, "-c", setup + code],
        cwd=ROOT,
        env=manage_env(url),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        **popen,
    )


@pytest.fixture(scope="module")
def postgres():
    with start_postgres(PG_PORT) as pg:
        pg.create_database(DATABASE)
        url = pg.url(DATABASE)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=manage_env(url),
            check=True,
            timeout=600,
        )
        seed = run_django(url, SEED)
        out, _ = seed.communicate(timeout=300)
        assert seed.returncode == 0, out
        yield pg


@pytest.fixture
def web(postgres, tmp_path):
    (tmp_path / "media").mkdir()
    env = {
        "DATABASE_URL": postgres.url(DATABASE),
        # Kept connections, as in production: each is checked before reuse.
        "DATABASE_CONN_MAX_AGE": "600",
        # No page cache: every request below asks the database.
        "PAGE_CACHE_SECONDS": "0",
        "TEST_MEDIA_ROOT": str(tmp_path / "media"),
    }
    with WebServer(WEB_PORT, env, tmp_path / "web.log") as server:
        server.start()
        yield server


def test_an_outage_is_a_clear_503_and_the_same_process_recovers(postgres, web):
    assert web.get("/en/").status_code == 200
    pid = web.process.pid

    postgres.stop()
    for path in ("/en/", "/ru/", "/en/materials/", "/admin/login/"):
        response = web.get(path)
        assert response.status_code == 503, (path, response.status_code)
        assert response.headers["Retry-After"] == "60"
        assert "no-store" in response.headers["Cache-Control"]
        assert response.headers["X-Request-ID"]
    # A session the middleware must load (before any view) gets the page too.
    signed = web.get("/admin/", cookies={"sessionid": "a" * 32})
    assert signed.status_code == 503
    # In the reader's language: the admin's (Russian) and each site language's.
    assert "Kopir временно недоступен" in signed.text
    english = web.get("/en/")
    assert "Kopir is briefly unavailable, try again in a minute" in english.text
    assert "Kopir уақытша қолжетімсіз" in web.get("/kk/").text
    # The health endpoints say what is wrong, and that the process lives.
    assert web.get("/healthz").status_code == 200
    ready = web.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["database"]["status"] == "fail"

    postgres.start()
    for path in ("/en/", "/ru/", "/en/materials/", "/readyz"):
        assert web.get(path).status_code == 200, (path, web.log()[-3000:])
    assert web.process.pid == pid


def test_kept_connections_survive_a_restart_between_requests(postgres, web):
    # Both threads of the server hold a connection to the old server process.
    for _ in range(4):
        assert web.get("/en/").status_code == 200
    postgres.restart(mode="immediate")
    # CONN_HEALTH_CHECKS: the first request after the restart already succeeds.
    for _ in range(4):
        response = web.get("/en/")
        assert response.status_code == 200, web.log()[-3000:]


def test_a_save_cut_off_by_the_outage_leaves_nothing(postgres):
    url = postgres.url(DATABASE)
    writer = run_django(url, HALF_WRITTEN)
    try:
        line = writer.stdout.readline()
        assert line.startswith("OPEN"), line + writer.stdout.read()
        # The plan and its activities are written, not committed; now a crash.
        postgres.stop(mode="immediate")
    finally:
        writer.kill()
        writer.wait(10)
    postgres.start()

    with psycopg.connect(url.replace("postgres://", "postgresql://")) as db:
        plans = db.execute(
            "SELECT count(*) FROM campaigns_campaignplan WHERE title = %s",
            ["Plan cut off by the outage"],
        ).fetchone()[0]
        activities = db.execute(
            "SELECT count(*) FROM campaigns_activity WHERE title LIKE %s",
            ["Activity cut off%"],
        ).fetchone()[0]
    assert (plans, activities) == (0, 0)
