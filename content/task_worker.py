"""The task worker: django-tasks' database worker, woken when a task is queued.

``manage.py task_worker`` runs this ``Worker`` instead of ``db_worker``'s: the same
claim of a task and the same ``run_task`` (a failing task is recorded and the worker
goes on), but the wait between empty polls of the queue is a ``Waiter``:

- on PostgreSQL the worker LISTENs on a connection of its own and every enqueue
  sends a NOTIFY (``notify_workers``, connected to django-tasks' ``task_enqueued``),
  so a new task is taken at once; ``--interval`` is only the fallback poll, for a
  notification lost with a broken connection;
- on SQLite, which has no notifications, it polls: every 50 ms right after a task
  or its start, twice as long after each empty poll, up to ``--interval``.

The worker keeps its memory near its warmed-up size: large blocks are given back
when freed (``keep_memory_small``) and the heap is trimmed after each task.

Each worker keeps a lease (``WorkerLease``) and reaps the tasks of dead workers
in a thread of its own (``content.reaper.Maintenance``).

NOTIFY is transactional: a task queued inside a transaction wakes the worker when
the transaction commits, which is when the worker can see the task's row.
"""

import contextlib
import ctypes
import ctypes.util
import logging
import select
import time

from django.db import close_old_connections, connections, router
from django.db.utils import OperationalError
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from content.reaper import Maintenance

logger = logging.getLogger("django_tasks_db")

CHANNEL = "kopir_tasks"
SHORT_WAIT = 0.05  # seconds: the first polls after a task (SQLite)


def notify_workers(sender, task_result, **kwargs):
    """``task_enqueued``: wake the workers listening on the database (PostgreSQL)."""
    if not (isinstance(sender, type) and issubclass(sender, DatabaseBackend)):
        return
    connection = connections[router.db_for_write(DBTaskResult)]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_notify(%s, %s)", [CHANNEL, task_result.task.queue_name]
        )


class PollingWaiter:
    """Short waits after activity, doubling while the queue stays empty."""

    def __init__(self, interval):
        self.interval = interval
        self.activity()

    def activity(self):
        self.next_wait = min(SHORT_WAIT, self.interval)

    def wait(self):
        time.sleep(self.next_wait)
        self.next_wait = min(self.interval, self.next_wait * 2)

    def close(self):
        pass


class NotifiedWaiter:
    """Waits on a LISTEN connection of its own for a notification, at most
    ``interval`` seconds. A broken connection is dropped (that wait is a plain
    sleep) and opened again before the next wait."""

    def __init__(self, alias, interval):
        self.alias, self.interval = alias, interval
        self.connection = None
        self._listen()

    def _listen(self):
        wrapper = connections[self.alias]
        try:
            self.connection = wrapper.get_new_connection(
                wrapper.get_connection_params()
            )
            self.connection.autocommit = True
            self.connection.execute(f"LISTEN {CHANNEL}")
        except Exception:
            logger.warning("Cannot listen for new tasks; polling", exc_info=True)
            self.close()

    def activity(self):
        pass

    def wait(self):
        if self.connection is None:
            time.sleep(self.interval)
            self._listen()
            return
        try:
            ready, _, _ = select.select(
                [self.connection.fileno()], [], [], self.interval
            )
            if ready:
                # Take every notification waiting: one poll of the queue serves all.
                list(self.connection.notifies(timeout=0))
        except Exception:
            logger.warning("Lost the LISTEN connection; reopening", exc_info=True)
            self.close()

    def close(self):
        if self.connection is not None:
            # Already broken or not: there is nothing else to release.
            with contextlib.suppress(Exception):
                self.connection.close()
            self.connection = None


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
MMAP_THRESHOLD = 128 * 1024  # glibc's default, kept fixed


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def keep_memory_small():
    """Make glibc give large blocks back to the system when they are freed.

    glibc raises its threshold for serving a block from its own mapping after the
    first large block is freed, so a task's decoded photos (tens of MB, in three
    threads when Wagtail makes several renditions) stay in the worker's heap for
    good: 90 MB more after one material's renditions. A fixed threshold returns
    them at once (3 MB more). Elsewhere than glibc: nothing to do.
    """
    libc = _libc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def release_memory():
    """Hand the heap's free pages back to the system (glibc)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def waiter_for(interval):
    alias = router.db_for_write(DBTaskResult)
    if connections[alias].vendor == "postgresql":
        return NotifiedWaiter(alias, interval)
    return PollingWaiter(interval)


class Worker(db_worker.Worker):
    """``db_worker``'s worker (django-tasks-db 0.13) with a ``Waiter`` for its
    sleep; ``run`` is its loop with that one change."""

    def run(self):
        logger.info(
            "Starting worker worker_id=%s queues=%s",
            self.worker_id,
            ",".join(self.queue_names),
        )
        # Its lease says it is alive; the same thread reaps dead workers' tasks.
        maintenance = Maintenance(self.worker_id).start()
        # Listening starts before the first poll: a task queued in between is
        # not missed.
        waiter = waiter_for(self.interval)
        try:
            while self.running:
                close_old_connections()
                task_result, retrieved = self.claim()
                if task_result is not None:
                    self.run_task(task_result)
                    # A task's large, short-lived allocations (decoded photos,
                    # page layouts) go back to the system, not into the
                    # worker's resting size.
                    release_memory()
                    waiter.activity()
                if self.batch and retrieved and task_result is None:
                    logger.info("No more tasks to run for worker_id=%s", self.worker_id)
                    return
                if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                    logger.info("Ran %d tasks; exiting", self._run_tasks)
                    return
                close_old_connections()
                if self.running and task_result is None:
                    waiter.wait()
        finally:
            waiter.close()
            maintenance.stop()

    def claim(self):
        """The next ready task, claimed by this worker, or None; and whether the
        queue could be read (a locked SQLite database cannot)."""
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        with exclusive_transaction(tasks.db):
            try:
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(self.worker_id)
            except OperationalError as error:
                if is_locked_database_exception(error):
                    return None, False
                raise
        return task_result, True
