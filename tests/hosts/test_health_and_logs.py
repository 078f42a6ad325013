"""/healthz and /readyz as a load balancer meets them, and the request id and
structured log lines as an operator reads them."""

import contextlib
import io
import json
import logging

from django.conf import settings
from django.test import TestCase, override_settings

from audiences.models import User
from kopir.logs import JsonFormatter, RequestContextFilter, safe_path
from tests.services import S3_ACCESS_KEY, S3_SECRET_KEY, start_s3
from tests.storage import s3_default


@contextlib.contextmanager
def broken_media(tmp_dir="/tmp"):
    """MEDIA_ROOT under a plain file: no directory can be made there."""
    import tempfile

    from django.core.files.storage import default_storage

    with tempfile.NamedTemporaryFile(dir=tmp_dir) as blocker:
        settings_ = override_settings(
            MEDIA_ROOT=f"{blocker.name}/kopir-media",
            # The file system, also when the suite runs on S3.
            STORAGES={
                **settings.STORAGES,
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            },
        )
        with settings_:
            default_storage._setup()
            yield blocker.name
    default_storage._setup()


class HealthTests(TestCase):
    def test_healthz_is_alive_without_touching_the_database(self):
        with self.assertNumQueries(0):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok"})
        self.assertIn("no-store", response["Cache-Control"])

    def test_readyz_names_each_check(self):
        response = self.client.get("/readyz")
        self.assertEqual(response.status_code, 200, response.content)
        body = response.json()
        self.assertEqual(body["status"], "ok")
        self.assertEqual(set(body["checks"]), {"database", "cache", "storage", "queue"})
        self.assertIn("no-store", response["Cache-Control"])

    def test_readyz_fails_with_503_naming_the_storage_without_private_detail(self):
        with broken_media() as blocker:
            response = self.client.get("/readyz")
        self.assertEqual(response.status_code, 503)
        checks = response.json()["checks"]
        self.assertEqual(checks["storage"]["status"], "fail")
        self.assertEqual(checks["database"]["status"], "ok")
        self.assertNotIn(blocker, response.content.decode())

    def test_readyz_asks_the_bucket_on_s3_and_fails_while_it_is_down(self):
        s3 = start_s3()
        self.addCleanup(s3.stop)
        bucket = s3.create_bucket("kopir-readyz")
        url = s3.environment(bucket)["STORAGE_URL"]
        storages = {**settings.STORAGES, "default": s3_default(url)}
        options = storages["default"]["OPTIONS"]
        options.update(
            endpoint_url=s3.endpoint,
            access_key=S3_ACCESS_KEY,
            secret_key=S3_SECRET_KEY,
        )
        with self.settings(STORAGES=storages):
            response = self.client.get("/readyz")
            self.assertEqual(response.status_code, 200, response.content)
            self.assertEqual(response.json()["checks"]["storage"]["status"], "ok")
            s3.stop()
            response = self.client.get("/readyz")
            self.assertEqual(response.status_code, 503)
            storage = response.json()["checks"]["storage"]
            self.assertEqual(storage["status"], "fail")
            self.assertNotIn(str(s3.port), response.content.decode())

    def test_a_signed_in_site_administrator_without_a_code_still_gets_health(self):
        # The two-factor gate, the admin guards and the language prefix leave
        # both endpoints alone.
        admin = User.objects.create_superuser("health-admin", "h@example.org", "x")
        self.client.force_login(admin)
        with self.settings(KOPIR_2FA_REQUIRED=True):
            self.assertEqual(self.client.get("/healthz").status_code, 200)
            self.assertEqual(self.client.get("/readyz").status_code, 200)


def capture(formatter):
    """A handler on the access logger as the settings configure it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestContextFilter())
    handler.setFormatter(formatter)
    logger = logging.getLogger("kopir.access")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    return stream, lambda: (logger.removeHandler(handler), logger.setLevel(old_level))


class RequestIdTests(TestCase):
    def test_every_response_carries_a_new_id(self):
        first = self.client.get("/healthz")["X-Request-ID"]
        second = self.client.get("/healthz")["X-Request-ID"]
        self.assertRegex(first, r"^[0-9a-f]{32}$")
        self.assertNotEqual(first, second)

    def test_a_proxys_safe_id_is_kept_and_anything_else_replaced(self):
        kept = self.client.get("/healthz", headers={"X-Request-ID": "edge-1234abcd"})
        self.assertEqual(kept["X-Request-ID"], "edge-1234abcd")
        for bad in ("short", "x" * 65, "<script>alert(1)</script>", "a b c d e f g h"):
            response = self.client.get("/healthz", headers={"X-Request-ID": bad})
            self.assertRegex(response["X-Request-ID"], r"^[0-9a-f]{32}$", bad)

    def test_one_json_access_line_per_request_with_the_user_id_only(self):
        user = User.objects.create_user(
            "log-reader",
            email="reader@example.org",
            password="x",
            first_name="Айгүл",
            last_name="Секретова",
        )
        self.client.force_login(user)
        stream, done = capture(JsonFormatter())
        try:
            response = self.client.get(
                "/admin/?q=secret-search", headers={"X-Request-ID": "req-00000001"}
            )
        finally:
            done()
        lines = stream.getvalue().splitlines()
        self.assertEqual(len(lines), 1, lines)
        line = json.loads(lines[0])
        self.assertEqual(line["request_id"], "req-00000001")
        self.assertEqual(line["method"], "GET")
        self.assertEqual(line["path"], "/admin/")
        self.assertEqual(line["status"], response.status_code)
        self.assertIsInstance(line["duration_ms"], float)
        self.assertEqual(line["user_id"], user.pk)
        self.assertEqual(line["level"], "INFO")
        self.assertEqual(line["logger"], "kopir.access")
        self.assertIn("time", line)
        for private in ("log-reader", "reader@example.org", "Айгүл", "secret-search"):
            self.assertNotIn(private, lines[0])

    def test_every_line_of_a_request_carries_its_id(self):
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        handler.addFilter(RequestContextFilter())
        handler.setFormatter(JsonFormatter())
        logger = logging.getLogger("kopir.health")
        logger.addHandler(handler)
        try:
            with broken_media():
                response = self.client.get(
                    "/readyz", headers={"X-Request-ID": "req-00000002"}
                )
        finally:
            logger.removeHandler(handler)
        self.assertEqual(response.status_code, 503)
        line = json.loads(stream.getvalue().splitlines()[0])
        self.assertEqual(line["request_id"], "req-00000002")
        self.assertEqual(line["path"], "/readyz")
        self.assertEqual(line["level"], "WARNING")

    def test_secret_tokens_in_paths_are_not_logged(self):
        self.assertEqual(safe_path("/calendar/s3cr3t-token.ics"), "/calendar/….ics")
        self.assertEqual(
            safe_path("/admin/password_reset/reset/MQ/abc-123def/"),
            "/admin/password_reset/reset/…/…/",
        )
        self.assertEqual(safe_path("/ru/materials/"), "/ru/materials/")

    def test_a_newline_in_the_path_cannot_forge_a_log_line(self):
        text = settings.LOGGING["formatters"]["text"]["format"]
        stream, done = capture(logging.Formatter(text))
        forged = "2026-12-07 00:00:00,000 WARNING kopir.security login_failed"
        try:
            self.client.get(f"/ru/x%0a{forged.replace(' ', '%20')}")
        finally:
            done()
        lines = stream.getvalue().splitlines()
        self.assertEqual(len(lines), 1, lines)
        self.assertIn("/ru/x\\x0a2026-12-07", lines[0])

    def test_a_nul_byte_in_a_path_is_not_found_and_in_a_parameter_dropped(self):
        # PostgreSQL refuses NUL in a query: each of these was a 500 there.
        for url in ("/media/images/x%00.png", "/q/%00", "/calendar/%00.ics"):
            self.assertEqual(self.client.get(url).status_code, 404, url)
        # A search with one in it searches without it.
        admin = User.objects.create_superuser("nul-admin", "n@example.org", "x")
        self.client.force_login(admin)
        for url in ("/admin/images/?q=%00", "/admin/documents/?q=a%00b"):
            self.assertEqual(self.client.get(url).status_code, 200, url)


class SettingsTests(TestCase):
    def test_sessions_stay_in_the_database(self):
        # Signing in works while Redis is down (tests/hosts/test_redis_down.py).
        self.assertEqual(settings.SESSION_ENGINE, "django.contrib.sessions.backends.db")

    def test_the_database_connection_is_checked_before_reuse(self):
        self.assertTrue(settings.DATABASES["default"]["CONN_HEALTH_CHECKS"])

    def test_the_request_id_is_the_outermost_middleware(self):
        self.assertEqual(settings.MIDDLEWARE[0], "kopir.logs.RequestIdMiddleware")


class QueueCheckTests(TestCase):
    def queue_check(self):
        response = self.client.get("/readyz")
        return response.status_code, response.json()["checks"]["queue"]["status"]

    def test_the_database_queue_is_asked(self):
        with (
            override_settings(
                TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
            ),
            self.assertNumQueries(2),  # SELECT 1, and the tasks table
        ):
            self.assertEqual(self.queue_check(), (200, "ok"))

    def test_the_redis_queue_is_pinged(self):
        from tests.services import start_redis

        rq = {
            "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}
        }
        with start_redis(9550) as redis:
            with override_settings(TASKS=rq, RQ_QUEUES={"default": {"URL": redis.url}}):
                self.assertEqual(self.queue_check(), (200, "ok"))
            redis.stop()
            with override_settings(TASKS=rq, RQ_QUEUES={"default": {"URL": redis.url}}):
                self.assertEqual(self.queue_check(), (503, "fail"))
