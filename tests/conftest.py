"""Fixtures for every test: a clean cache, and signed-in test clients that count as
having passed two-factor sign-in (as a real sign-in through the form would)."""

import os

import pytest
from django.core.cache import cache
from django.test.utils import override_settings
from django.utils import translation

from tests import storage

# Playwright's sync API runs an event loop in the test thread; Django's guard
# against database calls from async contexts would trip over it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def _test_storage():
    """With ``TEST_STORAGE=s3`` the whole suite keeps its files in a bucket on a
    private moto S3 server (port ``TEST_S3_PORT``, else a free one); worker
    subprocesses find it through the environment, as in production."""
    if not storage.ON_S3:
        yield None
        return
    from tests.services import start_s3

    server = start_s3(int(os.environ.get("TEST_S3_PORT") or 0) or None)
    server.create_bucket(storage.BUCKET)
    environment = server.environment(storage.BUCKET, prefix=f"run-{os.getpid()}")
    saved = {name: os.environ.get(name) for name in environment}
    os.environ.update(environment)
    from django.conf import settings

    override = override_settings(
        STORAGES={
            **settings.STORAGES,
            "default": storage.s3_default(environment["STORAGE_URL"]),
        }
    )
    override.enable()
    try:
        yield server
    finally:
        override.disable()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        server.stop()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as migrations left it, kept for ``tests.demo``."""
    from tests import demo

    with django_db_blocker.unblock():
        demo.capture_baseline()


def _is_transactional(request):
    from django.test import TestCase, TransactionTestCase

    if request.cls is not None and issubclass(request.cls, TransactionTestCase):
        return not issubclass(request.cls, TestCase)
    marker = request.node.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(request.fixturenames))


@pytest.fixture(scope="class", autouse=True)
def _migrated_rows_for_each_class(request, django_db_blocker):
    """A transactional test's flush leaves the database without the rows the
    migrations wrote; a test case class that follows one (tests run in parallel, so
    the order is not fixed) gets them back before its data is set up."""
    from tests import demo

    if demo.flushed and request.cls is not None:
        with django_db_blocker.unblock():
            demo.restore_baseline()
        demo.flushed = False
    yield


@pytest.fixture(autouse=True)
def _migrated_rows(request, django_db_blocker):
    """The same for a test function, and a transactional test marks the flush."""
    from django.db import connection

    from tests import demo

    uses_db = {"db", "transactional_db", "live_server", "django_db_setup"} & set(
        request.fixturenames
    ) or request.node.get_closest_marker("django_db")
    if demo.flushed and uses_db:
        with django_db_blocker.unblock():
            demo.restore_baseline()
            # Inside a test's transaction the rows go when it rolls back.
            demo.flushed = connection.in_atomic_block
    yield
    if _is_transactional(request):
        demo.flushed = True


@pytest.fixture(autouse=True)
def _clear_cache():
    # Every test starts in the default language, whatever an earlier test of the
    # same worker activated (a parallel run's order is not fixed).
    translation.deactivate()
    cache.clear()
    yield
    cache.clear()
    _forget_demo_content_types()


@pytest.fixture(scope="class", autouse=True)
def _forget_demo_content_types_after_class():
    """A class that loaded the demo in ``setUpTestData`` rolls it back after its
    last test: this teardown runs after that (``tests.demo``). Tests of other
    classes keep the cache warm, as in production."""
    from tests import demo

    demo.used = False
    yield
    _forget_demo_content_types()
    demo.used = False


def _forget_demo_content_types():
    from django.contrib.contenttypes.models import ContentType

    from tests import demo

    if demo.used:
        ContentType.objects.clear_cache()


@pytest.fixture(autouse=True)
def _signed_in_clients_gave_their_code(monkeypatch):
    """``client.login()`` / ``force_login()`` skip the sign-in form, so they skip
    the two-factor code too: the session is marked as verified with a device of
    its own. Tests of the two-factor gate sign in through the form instead
    (``tests/audiences/test_two_factor.py``)."""
    from django.test.client import ClientMixin
    from django_otp import DEVICE_ID_SESSION_KEY

    original = ClientMixin._login

    def _login(self, user, backend=None):
        from django_otp.plugins.otp_totp.models import TOTPDevice

        original(self, user, backend)
        device = TOTPDevice.objects.filter(user=user, name=FORCED_DEVICE).first()
        if device is None:
            device = TOTPDevice.objects.create(
                user=user, name=FORCED_DEVICE, confirmed=True
            )
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(ClientMixin, "_login", _login)


FORCED_DEVICE = "tests: signed in without the form"
