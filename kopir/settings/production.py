"""Production: the safe base plus HTTPS hardening."""

import os

from django.core.exceptions import ImproperlyConfigured

from kopir.settings.env import env_bool, env_int

from .base import *  # noqa: F403

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)

# --- Security headers and e-mail (branch sec-headers) -------------------------------
# HSTS: a year, subdomains and preload by default once HTTPS is on;
# `manage.py check --deploy --fail-level WARNING` passes with these. Set
# SECURE_HSTS_SECONDS=0 while trying HTTPS out: browsers remember the header.
SECURE_HSTS_SECONDS = env_int(
    "SECURE_HSTS_SECONDS", 31_536_000 if SECURE_SSL_REDIRECT else 0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Mail that must arrive (password resets, review notifications): no silent default.
if not os.environ.get("EMAIL_URL"):
    raise ImproperlyConfigured(
        "Set EMAIL_URL, e.g. submission://user:password@smtp.example.kz:587 "
        "(or console: to print mails)."
    )
# --- end of sec-headers block ---------------------------------------------------------
