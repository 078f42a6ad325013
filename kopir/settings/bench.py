"""Benchmark settings: the production code paths, served over plain HTTP on loopback.

Used by ``make bench`` (tests/bench/run_bench.py) with gunicorn, PostgreSQL and Redis.
Everything production reads from the environment still comes from the environment;
only what plain-HTTP loopback needs is changed, plus a header with the query count.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
# Nothing is mailed during a benchmark; production insists on a real EMAIL_URL.
os.environ.setdefault("EMAIL_URL", "console:")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kopir_bench")

from .production import *  # noqa: E402,F403
from .production import MIDDLEWARE  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Outermost, so the count includes the page cache, session and auth lookups.
MIDDLEWARE = ["tests.bench.querycount.QueryCountMiddleware", *MIDDLEWARE]
