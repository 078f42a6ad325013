"""Two web hosts, one database, one Redis: what one host changes, the other
shows at once, and a session signed in on one is signed in on the other.

Each host is its own gunicorn process with its own memory, as behind a load
balancer; the page cache's tag versions, the public frame and the sessions live in
the shared Redis and database, so nothing either process remembers goes stale."""

import pytest
from django.db import connection

from audiences.models import User
from content.factories import build_site, make_material
from content.models import MaterialPage
from tests.hosts.servers import WebServer
from tests.services import start_redis
from tests.worker import database_url

REDIS_PORT = 9540
HOST_A = 9541
HOST_B = 9542
PASSWORD = "two-hosts-Secret-42"


@pytest.fixture
def hosts(transactional_db, tmp_path):
    site = build_site()
    material = make_material(site["ru"][1], title="Материал на двух узлах")
    User.objects.create_superuser("hosts-admin", "hosts@example.org", PASSWORD)
    env = {
        "DATABASE_URL": database_url(connection.settings_dict),
        "PAGE_CACHE_SECONDS": "300",
        "TEST_MEDIA_ROOT": str(tmp_path / "media"),
    }
    (tmp_path / "media").mkdir()
    with start_redis(REDIS_PORT) as redis:
        env["REDIS_URL"] = redis.url
        a = WebServer(HOST_A, env, tmp_path / "a.log")
        b = WebServer(HOST_B, env, tmp_path / "b.log")
        # Stopped by the finaliser even when a test fails.
        with a, b:
            a.start()
            b.start()
            yield a, b, material
    connection.close()


def test_an_unpublish_on_one_host_shows_on_the_other_at_once(hosts):
    a, b, material = hosts
    url = material.url
    for server in (a, b):
        assert server.get(url).status_code == 200
        hit = server.get(url)
        assert hit.headers["X-Kopir-Cache"] == "hit", server.log()[-2000:]
        assert "Материал на двух узлах" in server.get("/ru/materials/").text

    session = a.sign_in("hosts-admin", PASSWORD)
    form = a.get(f"/admin/pages/{material.pk}/unpublish/", session)
    assert form.status_code == 200
    done = a.post(f"/admin/pages/{material.pk}/unpublish/", {}, session)
    assert done.status_code == 302, done.text[-1000:]

    # Host B never saw the request, and its page was in the cache a moment ago.
    assert b.get(url).status_code == 404
    assert "Материал на двух узлах" not in b.get("/ru/materials/").text
    assert a.get(url).status_code == 404


def test_an_edit_published_on_one_host_shows_on_the_other_at_once(hosts):
    a, b, material = hosts
    url = material.url
    b.get(url)
    assert b.get(url).headers["X-Kopir-Cache"] == "hit"
    # A page one host stored is served from the shared cache by the other.
    a.get("/ru/")
    assert b.get("/ru/").headers["X-Kopir-Cache"] == "hit"

    # An editor's draft with a new title, published through host A.
    page = MaterialPage.objects.get(pk=material.pk)
    page.title = "Материал, исправленный на узле A"
    page.save_revision()
    session = a.sign_in("hosts-admin", PASSWORD)
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={material.pk}"
    assert a.get(publish, session).status_code == 200
    done = a.post(publish, {}, session)
    assert done.status_code == 302, done.text[-1000:]

    fresh = b.get(url)
    assert fresh.headers["X-Kopir-Cache"] == "miss"
    assert "Материал, исправленный на узле A" in fresh.text
    assert "Материал, исправленный на узле A" in b.get("/ru/materials/").text


def test_a_session_signed_in_on_one_host_works_on_the_other(hosts):
    a, b, _material = hosts
    session = a.sign_in("hosts-admin", PASSWORD)
    dashboard = b.get("/admin/", session)
    assert dashboard.status_code == 200, dashboard.headers.get("Location")
    assert "hosts-admin" in dashboard.text or "logout" in dashboard.text
    # Signing out on B signs out on A too.
    b.post("/admin/logout/", {}, session)
    again = a.get("/admin/", session)
    assert again.status_code == 302
    assert again.headers["Location"].startswith("/admin/login/")


def test_both_hosts_answer_health_and_readiness(hosts):
    a, b, _material = hosts
    for server in (a, b):
        assert server.get("/healthz").json() == {"status": "ok"}
        ready = server.get("/readyz")
        assert ready.status_code == 200, ready.text
        checks = ready.json()["checks"]
        assert {name: c["status"] for name, c in checks.items()} == {
            "database": "ok",
            "cache": "ok",
            "storage": "ok",
            "queue": "ok",
        }
