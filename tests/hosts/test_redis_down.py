"""Redis down: the public site is still served (the cache fails open, a miss
costs milliseconds), signing in through the form still works (sessions are in
the database), /readyz names the cache, and when Redis returns the same server
process uses it again."""

import json
import time

import pytest
from django.db import connection

from audiences.models import User
from content.factories import build_site, make_material
from tests.hosts.servers import WebServer
from tests.services import start_redis
from tests.worker import database_url

REDIS_PORT = 9543
WEB_PORT = 9544
PASSWORD = "redis-down-Secret-42"


@pytest.fixture
def site(transactional_db, tmp_path):
    pages = build_site()
    material = make_material(pages["ru"][1], title="Материал без Redis")
    User.objects.create_superuser("redis-admin", "redis@example.org", PASSWORD)
    (tmp_path / "media").mkdir()
    with start_redis(REDIS_PORT) as redis:
        env = {
            "DATABASE_URL": database_url(connection.settings_dict),
            "PAGE_CACHE_SECONDS": "300",
            "TEST_MEDIA_ROOT": str(tmp_path / "media"),
            "REDIS_URL": redis.url,
            "LOG_FORMAT": "json",
        }
        with WebServer(WEB_PORT, env, tmp_path / "web.log") as web:
            web.start()
            yield web, redis, material
    connection.close()


def test_pages_and_sign_in_work_while_redis_is_down_and_the_cache_returns(site):
    web, redis, material = site
    url = material.url
    web.get(url)
    assert web.get(url).headers["X-Kopir-Cache"] == "hit"

    redis.stop()
    for path in (url, "/ru/", "/ru/materials/", url):
        start = time.monotonic()
        response = web.get(path)
        elapsed = time.monotonic() - start
        assert response.status_code == 200, (path, web.log()[-2000:])
        assert response.headers.get("X-Kopir-Cache") != "hit"
        # A dead Redis costs milliseconds, not a socket timeout per call.
        assert elapsed < 3, (path, elapsed)
    assert "Материал без Redis" in web.get(url).text

    # Rate-limited endpoints are not refused for want of their counters.
    report = web.request(
        "POST",
        "/csp-report/",
        data='{"csp-report": {"violated-directive": "img-src"}}',
        headers={"Content-Type": "application/csp-report"},
    )
    assert report.status_code < 300, report.status_code

    # Signing in through the real form: the session is in the database.
    session = web.sign_in("redis-admin", PASSWORD)
    assert web.get("/admin/", session).status_code == 200

    ready = web.get("/readyz")
    assert ready.status_code == 503
    body = ready.json()
    assert body["checks"]["cache"]["status"] == "fail"
    assert body["checks"]["database"]["status"] == "ok"
    assert web.get("/healthz").status_code == 200
    # Logged once for the whole outage, not once per request.
    assert web.log().count("Redis cache unreachable") == 1

    redis.start()
    # Same server process: after its short pause it finds Redis again.
    web.wait(lambda: web.get(url).headers.get("X-Kopir-Cache") == "hit", "a hit")
    assert web.get("/readyz").status_code == 200
    assert web.get("/admin/", session).status_code == 200
    assert "Redis cache reachable again" in web.log()

    # LOG_FORMAT=json: every line Kopir and Django wrote is one JSON object with
    # the request's id (gunicorn's own start and stop lines are its own).
    lines = [
        json.loads(line)
        for line in web.log().splitlines()
        if line and not line.startswith("[")
    ]
    access = [line for line in lines if line["logger"] == "kopir.access"]
    assert len(access) > 10
    assert all(len(line["request_id"]) == 32 for line in lines if "path" in line)
    outage = next(line for line in lines if line["logger"] == "kopir.cache")
    assert outage["level"] == "WARNING" and outage["request_id"]
    signed_in = [line for line in access if line["path"] == "/admin/"]
    assert signed_in and all(line.get("user_id") for line in signed_in)
    assert "redis@example.org" not in web.log()


def test_the_cache_answers_a_miss_at_once_when_nothing_listens():
    from kopir.cache import FailOpenRedisCache

    cache = FailOpenRedisCache(
        f"redis://127.0.0.1:{REDIS_PORT + 10}/0", {"OPTIONS": {"retry_after": 60}}
    )
    start = time.monotonic()
    assert cache.get("page") is None
    assert cache.get("page", "default") == "default"
    assert cache.set("page", "body") is None
    assert cache.add("page", "body") is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set_many({"a": 1}) == ["a"]
    with pytest.raises(ValueError):
        cache.incr("counter")
    assert cache.reachable() is False
    assert time.monotonic() - start < 1


@pytest.mark.django_db
def test_a_change_made_while_redis_was_cut_off_is_not_hidden_when_it_returns(
    settings,
):
    """A network cut, not a restart: Redis keeps the pages it had. A publish
    during the cut could not bump their versions, so the first process to see
    Redis again after dropping a write refreshes the whole page cache."""
    import redis as redis_lib

    from content import page_cache

    with start_redis(REDIS_PORT) as redis:
        settings.CACHES = {
            "default": {
                "BACKEND": "kopir.cache.FailOpenRedisCache",
                "LOCATION": redis.url,
                "OPTIONS": {"socket_timeout": 0.3, "retry_after": 1.5},
            }
        }
        before = page_cache.tag_versions((page_cache.ALL,))[page_cache.ALL]
        assert before is not None
        # Redis stops answering for a second (as behind a cut cable).
        redis_lib.Redis.from_url(redis.url).execute_command("CLIENT", "PAUSE", 1000)
        assert page_cache.tag_versions((page_cache.ALL,))[page_cache.ALL] is None
        page_cache.bump(page_cache.ALL)  # a publish during the cut: dropped
        time.sleep(1.7)
        after = page_cache.tag_versions((page_cache.ALL,))[page_cache.ALL]
        assert after not in (None, before)
