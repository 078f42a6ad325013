"""Settings for the web servers the hosts and fault tests start: the test
settings (DEBUG off) with the cache the environment names, as production has it
(``REDIS_URL``: the fail-open Redis cache), instead of the test's memory cache."""

from kopir.settings import hosts as _hosts
from kopir.settings.test import *  # noqa: F403

if hasattr(_hosts, "CACHES"):
    CACHES = _hosts.CACHES
    SILENCED_SYSTEM_CHECKS = _hosts.SILENCED_SYSTEM_CHECKS
