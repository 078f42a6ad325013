"""A Redis cache that fails open: when Redis is unreachable, reads are misses and
writes are dropped, so the site keeps serving (slower) instead of answering 500.

Everything Kopir keeps in the cache can be rebuilt from the database: pages, the
public frame, facet counts, the page-cache tag versions and rate-limit counters
(which therefore stop limiting while Redis is away). Sessions stay in the
database (``kopir.settings.hosts``), so signing in does not need Redis.

A dead Redis must cost milliseconds, not seconds: connections time out quickly,
redis-py does not retry, and after one failure this process does not ask Redis
again for ``retry_after`` seconds (each request then costs nothing). The first
failure is logged once; so is the recovery. No restart is needed when Redis
returns: the next attempt after the pause finds it.

Keys written while Redis was away are lost. Page-cache tag bumps are among them:
a publish during the outage does not reach a Redis that kept its data (a network
cut rather than a restart), so when this process sees Redis again after it
dropped a write, it bumps the page cache's ``all`` tag once.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger("kopir.cache")

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
# Seconds a process leaves Redis alone after it failed to answer.
RETRY_AFTER = 1.0
MISSING = object()


class _Outage:
    """Whether one Redis server is away, shared by the process's threads (Django
    makes one cache object per thread): one log line per outage, one pause."""

    def __init__(self):
        self.down = False
        self.until = 0.0
        self.dropped_writes = False


_outages = {}


class FailOpenRedisCache(RedisCache):
    """Django's ``RedisCache``: a miss on every read and nothing written while
    Redis is unreachable; logs the outage and the recovery once each."""

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("retry_after", RETRY_AFTER))
        # Seconds (floats); short by default, see kopir.settings.hosts.
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.5)
        options.setdefault("retry", Retry(NoBackoff(), 0))
        options.setdefault("health_check_interval", 30)
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._outage = _outages.setdefault(tuple(self._servers), _Outage())

    # --- The switch ------------------------------------------------------------

    def _call(self, method, default, args, kwargs, *, write):
        outage = self._outage
        if outage.down and time.monotonic() < outage.until:
            outage.dropped_writes |= write
            return default
        try:
            result = method(*args, **kwargs)
        except UNREACHABLE as exc:
            self._failed(exc)
            outage.dropped_writes |= write
            return default
        if outage.down and self._recovered() and not write:
            # Read again: the answer above is from before the refresh.
            result = self._call(method, default, args, kwargs, write=False)
        return result

    def _failed(self, exc):
        outage = self._outage
        outage.until = time.monotonic() + self.retry_after
        if not outage.down:
            outage.down = True
            logger.warning(
                "Redis cache unreachable (%s); serving without the cache until "
                "it answers again.",
                type(exc).__name__,
            )

    def _recovered(self):
        """Log the recovery; True when the page cache was refreshed."""
        outage = self._outage
        outage.down = False
        logger.warning("Redis cache reachable again; using it.")
        if not outage.dropped_writes:
            return False
        outage.dropped_writes = False
        # Pages cached before the outage may miss a change made during it.
        from content.page_cache import ALL, bump

        try:
            bump(ALL)
        except Exception:  # noqa: BLE001 (best effort; the pages expire anyway)
            logger.exception("Could not refresh the page cache after the outage.")
        return True

    # --- Django's cache API ----------------------------------------------------

    def add(self, *args, **kwargs):
        return self._call(super().add, False, args, kwargs, write=True)

    def get(self, key, default=None, version=None):
        return self._call(
            super().get, default, (key, default, version), {}, write=False
        )

    def set(self, *args, **kwargs):
        return self._call(super().set, None, args, kwargs, write=True)

    def touch(self, *args, **kwargs):
        return self._call(super().touch, False, args, kwargs, write=True)

    def delete(self, *args, **kwargs):
        return self._call(super().delete, False, args, kwargs, write=True)

    def get_many(self, *args, **kwargs):
        return self._call(super().get_many, {}, args, kwargs, write=False)

    def has_key(self, *args, **kwargs):
        return self._call(super().has_key, False, args, kwargs, write=False)

    def incr(self, key, delta=1, version=None):
        result = self._call(
            super().incr, MISSING, (key, delta, version), {}, write=True
        )
        if result is MISSING:
            # As for a key that is not there: callers already handle that.
            raise ValueError(f"Key '{key}' not found (the cache is unreachable).")
        return result

    def set_many(self, data, *args, **kwargs):
        # Django's contract: the keys that could not be stored.
        return self._call(
            super().set_many, list(data), (data, *args), kwargs, write=True
        )

    def delete_many(self, *args, **kwargs):
        return self._call(super().delete_many, None, args, kwargs, write=True)

    def clear(self):
        return self._call(super().clear, False, (), {}, write=True)

    def reachable(self):
        """Whether Redis answers a PING now (for ``/readyz``); never raises."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except UNREACHABLE:
            return False
