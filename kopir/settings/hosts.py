"""Several web hosts: shared state, health, structured logs, and faults
(issue 17, branch hosts). Imported at the end of base.py.

* Sessions stay in the database, so signing in works with Redis down.
* ``REDIS_URL``: the cache is Redis through ``kopir.cache.FailOpenRedisCache``
  (a miss, not an error, while Redis is unreachable; short timeouts).
* Every request gets an id (``X-Request-ID``) that every log line of it carries;
  ``LOG_FORMAT=json`` makes every line a JSON object; one access line per request.
* A lost database connection is a 503 page with ``Retry-After`` (kopir.unavailable).
"""

from kopir.settings.env import env_bool, env_int, env_str

SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Rate-limit counters live in the cache. While it is unreachable django-ratelimit
# would refuse every limited request (QR scans, print requests, password resets,
# CSP reports); they are let through instead, as the rest of the site is. Sign-in
# lockouts are counted in the database and keep working.
RATELIMIT_FAIL_OPEN = True

if env_str("REDIS_URL", ""):
    CACHES = {
        "default": {
            "BACKEND": "kopir.cache.FailOpenRedisCache",
            "LOCATION": env_str("REDIS_URL"),
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "kopir"),
            "OPTIONS": {
                # Milliseconds in the environment, seconds for redis-py.
                "socket_connect_timeout": env_int("REDIS_CONNECT_TIMEOUT_MS", 250)
                / 1000,
                "socket_timeout": env_int("REDIS_TIMEOUT_MS", 500) / 1000,
                "retry_after": env_int("REDIS_RETRY_AFTER_MS", 1000) / 1000,
            },
        }
    }
    # django-ratelimit warns about cache backends it does not know by name; this
    # one is Django's RedisCache (atomic incr) that answers a miss when Redis is
    # away, so limits are not enforced during an outage (documented).
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

LOG_FORMAT = env_str("LOG_FORMAT", "text")


def extend_settings(namespace):
    """Add the middleware and logging setup to base.py's ``namespace`` (its
    ``globals()``), which calls this right after importing the module."""
    middleware = namespace["MIDDLEWARE"]
    # Outermost: the id and the access line cover everything, even a CSP header.
    middleware.insert(0, "kopir.logs.RequestIdMiddleware")
    # Innermost: a view's lost database connection becomes the 503 page.
    middleware.append("kopir.unavailable.DatabaseUnavailableMiddleware")
    configure_logging(namespace["LOGGING"])


def configure_logging(logging_settings):
    """Every handler line carries the request id; ``LOG_FORMAT=json`` makes each
    one a JSON object; Django's loggers go through the same handler."""
    LOGGING = logging_settings  # noqa: N806 (the settings' name, for reading)
    LOGGING["filters"] = {
        **LOGGING.get("filters", {}),
        "request": {"()": "kopir.logs.RequestContextFilter"},
    }
    LOGGING["formatters"] = {
        **LOGGING.get("formatters", {}),
        "text": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
        },
        "json": {"()": "kopir.logs.JsonFormatter"},
    }
    LOGGING["handlers"]["console"] = {
        "class": "logging.StreamHandler",
        "filters": ["request"],
        "formatter": "json" if LOG_FORMAT == "json" else "text",
    }
    LOGGING.setdefault("loggers", {}).update(
        {
            # Django's own loggers through the same handler (one format per line).
            "django": {
                "handlers": ["console"],
                "level": env_str("LOG_LEVEL", "WARNING"),
                "propagate": False,
            },
            "django.server": {
                "handlers": ["console"],
                "level": "INFO",
                "propagate": False,
            },
            "kopir.access": {
                "handlers": ["console"],
                "level": "INFO" if env_bool("ACCESS_LOG", True) else "WARNING",
                "propagate": False,
            },
            "kopir": {
                "handlers": ["console"],
                "level": env_str("KOPIR_LOG_LEVEL", "INFO"),
                "propagate": False,
            },
        }
    )
