"""A real ``manage.py task_worker`` beside a test, on the test database.

The project runs background work through django-tasks with a real worker; most
tests use the ImmediateBackend (the task runs inside ``enqueue()``), and these
fixtures are for the tests that must see the real thing: a second process that
takes tasks from the database queue, as in production.

``task_worker`` switches the test process to ``django_tasks_db.DatabaseBackend``
(django-tasks resets its backends on ``setting_changed``) and starts
``manage.py task_worker`` (django-tasks-db's ``db_worker``, woken by new tasks and
with the print engine warmed; ``content/task_worker.py``) on the *test* database.
The data a test makes must be committed for the worker to see it, so the fixture
needs ``transactional_db`` (``live_server`` tests have it). The test and its
worker get a media directory of their own. The worker is stopped before the
database is flushed; its output is kept in a log file beside them (in the test's
``tmp_path``) and shown in failure messages.

    from tests import worker

    task_worker = worker.task_worker  # the fixture, for this module

    def test_something(task_worker):
        pk = ...  # something that enqueues a task
        task_worker.wait_for(
            lambda: PrintEdition.objects.get(pk=pk).status == "ready",
            what="the edition to be ready",
        )
        task_worker.assert_alive()
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"
RQ_BACKEND = "django_tasks_rq.RQBackend"
MANAGE = Path(__file__).resolve().parent.parent / "manage.py"
INTERVAL = 0.1  # seconds, at most, between polls of the queue when it is empty
STARTUP_TIMEOUT = 60
STOP_TIMEOUT = 15
WAIT_TIMEOUT = 60
LOG_TAIL = 6000


def database_url(settings_dict):
    """A DATABASE_URL (as ``dj_database_url`` reads it) for an open connection's
    database: after test setup, the test database."""
    name = str(settings_dict["NAME"])
    if connection.vendor == "sqlite":
        return "sqlite:///" + str(Path(name).resolve())
    if connection.vendor != "postgresql":
        raise RuntimeError(f"No worker URL for a {connection.vendor} database.")
    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = quote(settings_dict.get("HOST") or "", safe="")
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{quote(name, safe='')}"


class TaskWorker:
    """One ``manage.py task_worker`` process, its log, and ways to wait on it."""

    def __init__(
        self,
        log_path,
        extra_env=None,
        interval=INTERVAL,
        backend=DATABASE_BACKEND,
        crashes_allowed=False,
    ):
        self.log_path = Path(log_path)
        # Tests of dead workers expect failed task rows (the dead ones').
        self.crashes_allowed = crashes_allowed
        self.extra_env = dict(extra_env or {})
        self.interval = interval
        self.backend = backend
        self.process = None
        self._log = None

    # --- Lifecycle -----------------------------------------------------------

    def start(self):
        env = os.environ.copy()
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "kopir.settings.test",
                "TEST_TASKS_BACKEND": self.backend,
                "DATABASE_URL": database_url(connection.settings_dict),
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(self.extra_env)
        self._log = open(self.log_path, "wb")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(MANAGE),
                "task_worker",
                "--interval",
                str(self.interval),
                "--no-startup-delay",
                "--no-reload",
                "--skip-checks",
                "--verbosity",
                "1",
            ],
            cwd=str(MANAGE.parent),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            # Its own process group: the renderer children it forks are stopped
            # with it, and nothing else is.
            start_new_session=True,
        )
        # Shown with the test's failure report ("Captured stdout setup").
        print(f"task_worker pid {self.process.pid}, log {self.log_path}")
        self.wait_for(
            lambda: "Starting worker" in self.output(),
            timeout=STARTUP_TIMEOUT,
            what="the worker to start",
        )
        return self

    def stop(self):
        """SIGTERM (the worker finishes its task and exits), then SIGKILL."""
        if self.process is None:
            return
        try:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    self._kill_group()
                    self.process.wait(STOP_TIMEOUT)
            # A renderer child of a killed worker would outlive it.
            self._kill_group()
        finally:
            if self._log:
                self._log.close()
                self._log = None

    def kill(self):
        """SIGKILL the worker alone, as the kernel's OOM killer or ``kill -9``
        would: it cannot clean up (its renderer child dies with it)."""
        self.process.kill()
        self.process.wait(STOP_TIMEOUT)

    def _kill_group(self):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)

    # --- State ---------------------------------------------------------------

    def is_alive(self):
        return self.process is not None and self.process.poll() is None

    def output(self):
        """Everything the worker wrote so far (stdout and stderr)."""
        if not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")

    def describe(self):
        state = (
            "running"
            if self.is_alive()
            else f"exited with {self.process.returncode if self.process else None}"
        )
        text = self.output()
        if len(text) > LOG_TAIL:
            text = "…" + text[-LOG_TAIL:]
        return f"task_worker {state}; log {self.log_path}:\n{text}"

    def assert_alive(self):
        assert self.is_alive(), f"The worker is gone. {self.describe()}"

    def crashed_tasks(self):
        """Tasks that raised instead of returning (their task result is FAILED)."""
        from django_tasks_db.models import DBTaskResult

        return list(DBTaskResult.objects.filter(status="FAILED"))

    def wait_for(
        self,
        condition,
        timeout=WAIT_TIMEOUT,
        interval=0.2,
        what=None,
        crashes_allowed=None,
    ):
        """Poll ``condition()`` until it is true; fail with the worker's log when
        the time is up, the worker died or (unless allowed) a task crashed.
        Returns the true value."""
        if crashes_allowed is None:
            crashes_allowed = self.crashes_allowed
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            crashed = [] if crashes_allowed else self.crashed_tasks()
            if crashed:
                pytest.fail(
                    f"A task crashed while waiting for {what or condition}: "
                    + "\n".join(
                        f"{task.task_path} {task.args_kwargs}:\n{task.traceback}"
                        for task in crashed
                    )
                    + f"\n{self.describe()}"
                )
            if not self.is_alive():
                pytest.fail(
                    f"The worker died while waiting for {what or condition}. "
                    f"{self.describe()}"
                )
            if time.monotonic() > deadline:
                pytest.fail(
                    f"Waited {timeout} s for {what or condition} in vain. "
                    f"{self.describe()}"
                )
            time.sleep(interval)


def _use_backend(settings, backend=DATABASE_BACKEND, redis_url=None):
    """Send this process's tasks to the database queue, or to the RQ queue on
    ``redis_url`` (and check it took)."""
    from django.utils.module_loading import import_string
    from django_tasks import task_backends

    settings.TASKS = {"default": {"BACKEND": backend}}
    if redis_url:
        settings.TASKS_REDIS_URL = redis_url
        settings.RQ_QUEUES = {"default": {"URL": redis_url}}
    # django_tasks.signals.clear_tasks_handlers resets the handler on
    # setting_changed; a cached ImmediateBackend would run tasks in the test.
    configured = task_backends["default"]
    assert isinstance(configured, import_string(backend)), configured


def _use_database_backend(settings):
    _use_backend(settings, DATABASE_BACKEND)


@pytest.fixture
def task_worker_factory(transactional_db, settings, tmp_path):
    """Start workers with extra environment: ``task_worker_factory(PRINT_...=...)``;
    ``interval`` is the worker's ``--interval``. Each call starts one more
    worker on the same queue.

    On the RQ queue instead of the database's: ``task_worker_factory.use_rq(url)``
    first (the test's tasks go there too), then start workers.

    The test and its workers share a media directory of their own (not
    media/test/, where other test runs write at the same time), so what a worker
    leaves behind is this test's. All workers are stopped before the test
    database is flushed.
    """
    _use_database_backend(settings)
    media = tmp_path / "media"
    media.mkdir()
    settings.MEDIA_ROOT = media  # the default storage follows (setting_changed)
    started = []
    queue = {"backend": DATABASE_BACKEND, "env": {}}

    def start(interval=INTERVAL, crashes_allowed=False, **extra_env):
        worker = TaskWorker(
            tmp_path / f"task-worker-{len(started) + 1}.log",
            {"TEST_MEDIA_ROOT": str(media), **queue["env"], **extra_env},
            interval=interval,
            backend=queue["backend"],
            crashes_allowed=crashes_allowed,
        )
        started.append(worker)
        return worker.start()

    def use_rq(redis_url):
        _use_backend(settings, RQ_BACKEND, redis_url)
        queue.update(backend=RQ_BACKEND, env={"TASKS_REDIS_URL": redis_url})

    start.use_rq = use_rq
    start.workers = started
    yield start
    for worker in reversed(started):
        worker.stop()


@pytest.fixture
def task_worker(task_worker_factory):
    """A running ``task_worker`` on the test database; the test's tasks go to it."""
    return task_worker_factory()
