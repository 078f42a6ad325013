"""Leases: how a running task or a worker shows it is alive.

A worker that is killed (out of memory, a host lost, ``kill -9``) cannot say so;
what it holds would show "running" for ever. So whatever a worker holds has a
lease, a time until which it counts as alive, and a ``Heartbeat`` thread beside
the work extends it every ``TASK_HEARTBEAT_SECONDS``. A lease past its time
(``TASK_LEASE_SECONDS``) belongs to a dead worker: ``content.reaper`` finds those
and retries or fails what they held.

The lease is a column of the row it is about (``PrintEdition.lease_expires_at``,
``WorkerLease.expires_at``), so a reaper on any host sees it.
"""

import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, connection, connections, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


def lease_until(now=None):
    """When a lease taken or extended now runs out."""
    return (now or timezone.now()) + timedelta(seconds=settings.TASK_LEASE_SECONDS)


def extend(queryset, field="lease_expires_at"):
    """Extend the lease of the rows in ``queryset``; how many there were."""
    return queryset.update(**{field: lease_until()})


class Heartbeat:
    """Call ``beat()`` every ``interval`` seconds in a thread of its own, until
    ``stop()``. A failing beat is logged and tried again at the next one: a
    database that blips must not stop the work; a lease that is not extended
    for long enough ends it through the reaper.

    ``beat()`` runs in this thread, on its own database connection, closed at
    the end.
    """

    def __init__(self, beat, interval=None, name="heartbeat"):
        self.beat = beat
        self.interval = interval or settings.TASK_HEARTBEAT_SECONDS
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._stopped.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(self.interval + 5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def _run(self):
        try:
            while not self._stopped.wait(self.interval):
                try:
                    close_old_connections()
                    self.beat()
                except Exception:
                    logger.warning("%s failed; trying again", self._thread.name)
                    logger.debug("%s failure", self._thread.name, exc_info=True)
        finally:
            connections.close_all()


def enqueue(task, *args, on_unreachable=None, **kwargs):
    """``task.enqueue(*args)``, after the current transaction commits when the
    queue is outside the database (Redis): a worker must not take the task
    before the rows it is about can be seen. The database queue is part of the
    transaction already, and the immediate backend (tests) runs at once.

    A Redis queue that cannot be reached does not fail the request that queues:
    the task is logged as not queued and ``on_unreachable()`` is called, so the
    caller can have it queued again later (the reaper's recheck)."""
    from django_tasks_rq import RQBackend

    if not isinstance(task.get_backend(), RQBackend):
        return task.enqueue(*args, **kwargs)

    def send():
        from redis.exceptions import RedisError

        try:
            return task.enqueue(*args, **kwargs)
        except RedisError as error:
            logger.warning(
                "The task queue cannot be reached; %s not queued (%s)",
                task.module_path,
                type(error).__name__,
            )
            if on_unreachable is not None:
                on_unreachable()
            return None

    if connection.in_atomic_block:
        transaction.on_commit(send)
        return None
    return send()
