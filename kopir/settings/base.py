"""Production-safe base settings: DEBUG off, nothing secret, all from the env."""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from kopir.settings.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps first so their templates and static files win.
    "campaigns",
    "content",
    "audiences",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "django_rq",  # the Redis task queue, when TASKS_BACKEND chooses it
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Cross-origin reads of /api/ only, from the origins API_CORS_ORIGINS lists.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "audiences.locale_middleware.KopirLocaleMiddleware",
    "audiences.names.NamesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# --- Two-factor sign-in (sec-2fa; audiences/two_factor.py) -------------------------
# django-otp: TOTP (authenticator apps) and static tokens (recovery codes). The
# gate sits right after authentication: a session without its code reaches only
# the code, enrolment, sign-out and password-reset pages.
INSTALLED_APPS += [
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "audiences.middleware.TwoFactorMiddleware",
)
# CSV exports stream after the view returns: keep them in the user's language.
MIDDLEWARE.insert(
    MIDDLEWARE.index("audiences.middleware.TwoFactorMiddleware") + 1,
    "audiences.middleware.ExportLanguageMiddleware",
)
# Required for site administrators, organisation admins and the roster's readers;
# only a demo or a test may turn it off (false).
KOPIR_2FA_REQUIRED = env_bool("KOPIR_2FA_REQUIRED", True)
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "Kopir")
# After n wrong codes a device waits factor × 2^(n-1) seconds (1, 2, 4, … s).
OTP_TOTP_THROTTLE_FACTOR = env_int("OTP_THROTTLE_FACTOR", 1)
OTP_STATIC_THROTTLE_FACTOR = env_int("OTP_THROTTLE_FACTOR", 1)
# --- end of two-factor sign-in -----------------------------------------------------

ROOT_URLCONF = "kopir.urls"
WSGI_APPLICATION = "kopir.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "content.context_processors.site",
            ],
        },
    },
]

# SQLite is the zero-setup default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # The demo's web server, task worker and scheduler share one file: WAL lets
    # readers go on while one writes, and IMMEDIATE transactions take the write
    # lock when they begin, so a transaction that read first never fails with
    # "database is locked" when it comes to write; the timeout queues writers.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "audiences.User"
WAGTAILIMAGES_IMAGE_MODEL = "content.KopirImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "content.image_forms.KopirImageForm"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Accounts security (issue 13): breached passwords and our own names.
    {"NAME": "audiences.security.passwords.BreachedPasswordValidator"},
    {"NAME": "audiences.security.passwords.ProjectNameValidator"},
]

# Languages: Kazakh, Russian and English are first-class on the public site.
# Russian is the default admin language (each user may choose Kazakh or English
# under Account › Preferences); the public site carries the language in every URL.
LANGUAGE_CODE = "ru"
LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Kazakh in the admin: Wagtail ships no Kazakh catalogue, so locale/admin/ holds
# Kopir's Kazakh translation of the Wagtail and Django strings its users meet.
# Kopir's own catalogues (locale/) come first and win where both translate a msgid.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
# Django ships no Kazakh date or number formats.
FORMAT_MODULE_PATH = ["kopir.settings.formats"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Almaty")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Django serves image renditions (images/ in the storage) itself, for the demo,
# the tests and always on S3 (kopir/settings/storage.py). Originals, documents and
# print files are never served from MEDIA_URL: documents and PDFs go through
# permission-checked views, originals nowhere.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Documents are always streamed through Wagtail's view, so the access layer's
# ``before_serve_document`` hook decides (never "direct" or "redirect").
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Admin page search lists only pages the user may explore (Wagtail's default,
# stated so an upgrade that changes it cannot open other organisations' drafts).
WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS = True
# STORAGES (the file system, or an S3 bucket): kopir/settings/storage.py.

# Cache: Redis when REDIS_URL is set; else files in .cache/ of the checkout, which
# the web server, the task worker and the scheduler share (a publish by the
# scheduler must clear the page cache the web server reads).
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "kopir"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("CACHE_DIR", str(BASE_DIR / ".cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Seconds a public page stays in the page cache; 0 turns the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# How many query-string variants of one page the cache keeps per lifetime.
PAGE_CACHE_VARIANTS = env_int("PAGE_CACHE_VARIANTS", 200)

# Background work: django-tasks, its backend and worker policy in tasks.py.

# Spreadsheet import (content/imports/): limits of one upload.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 5 * 1024 * 1024)
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 5000)
IMPORT_MAX_ZIP_BYTES = env_int("IMPORT_MAX_ZIP_BYTES", 50 * 1024 * 1024)
IMPORT_MAX_IMAGES = env_int("IMPORT_MAX_IMAGES", 500)

# Search: Wagtail's database backend through content.search, which stems Kazakh
# (pages in the Kazakh locale, Kazakh queries, words with Kazakh letters) with its
# own stemmer. On PostgreSQL the Russian configuration stems Russian words (and
# English ones through its ASCII mapping); SQLite's FTS5 matches whole words
# only, so there content.search stems Russian and English with Snowball too.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "content.search",
        "SEARCH_CONFIG": env_str("SEARCH_CONFIG", "russian"),
    }
}

WAGTAIL_SITE_NAME = "Kopir"
# No avatars from gravatar.com: offices may be offline, and a third-party request
# on every admin page tells it who works here. Wagtail draws its default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Review: edits after an approval send the material back to the first step, and
# the finished review publishes (reviewers hold no publish permission).
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# No autosave. On a create form it races the user's own "Save": on a slow
# server both requests create, and a planner finds two copies of their plan
# (seen in the browser tests under load). Under review, every autosaved
# revision would also send a material back to the first step.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAIL_FINISH_WORKFLOW_ACTION = "content.workflow_actions.publish_reviewed"
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://localhost:8000")

# Printing: each WeasyPrint render runs in a forked child with these limits.
KOPIR_VERSION = "0.5"
KOPIR_PRINT_TIMEOUT = env_int("PRINT_TIMEOUT", 60)
KOPIR_PRINT_MEMORY_LIMIT = env_int("PRINT_MEMORY_MB", 1536) * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "mp3", "ogg", "mp4", "webm", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
TAGGIT_CASE_INSENSITIVE = True

# The public helpline shown on every page (override per deployment).
KOPIR_HELPLINE_PHONE = env_str("HELPLINE_PHONE", "114")

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Nothing frames our pages; Wagtail's preview answers SAMEORIGIN by itself.
X_FRAME_OPTIONS = "DENY"

# --- Security headers, e-mail and rate limits (branch sec-headers) --------------------
# Content-Security-Policy (django-csp 4): this policy is the public site's; the
# admin's, measured on every admin screen the browser tests open, is
# KOPIR_ADMIN_CSP. audiences.security.headers.KopirCSPMiddleware chooses by path
# and sets frame-ancestors ('self' only where Wagtail's preview allows SAMEORIGIN
# framing).
from csp.constants import NONE, SELF, UNSAFE_INLINE  # noqa: E402

KOPIR_CSP_REPORT_URI = "/csp-report/"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "frame-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": KOPIR_CSP_REPORT_URI,
    }
}
# Measured with every browser test plus tests/browser/test_admin_csp_browser.py:
# Wagtail 8's date/time widgets, InlinePanel and MultipleChooserPanel render inline
# <script> calls (initDateChooser(...), new InlinePanel(...)) and its modal workflow
# inserts such scripts with jQuery, so scripts need 'unsafe-inline' (no nonce can
# reach widget templates); style="" attributes are everywhere and the editor's
# libraries insert <style> elements. No 'unsafe-eval', no other origin: the preview
# panel frames our own origin, image uploads preview as blob: and data: URLs.
KOPIR_ADMIN_CSP = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF, "data:"],
        "frame-src": [SELF],
    }
}
# The admin calls no other site: no Gravatar (it would send a hash of every
# user's e-mail address abroad) and no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "audiences.security.headers.KopirCSPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("audiences.security.headers.KopirCSPMiddleware") + 1,
    "audiences.security.headers.CacheControlMiddleware",
)
# ETags and 304 answers, outside the Cache-Control middleware so it sees the
# final header (it adds no ETag to what may not be stored).
MIDDLEWARE.insert(
    MIDDLEWARE.index("audiences.security.headers.KopirCSPMiddleware"),
    "django.middleware.http.ConditionalGetMiddleware",
)
# Rate limits (django-ratelimit, per client address; "" switches one off).
KOPIR_RATELIMIT_QR = env_str("RATELIMIT_QR", "60/m")
KOPIR_RATELIMIT_PRINT = env_str("RATELIMIT_PRINT", "20/m")
KOPIR_RATELIMIT_CSP_REPORT = env_str("RATELIMIT_CSP_REPORT", "60/m")
KOPIR_RATELIMIT_ANSWER = env_str("RATELIMIT_ANSWER", "30/m")
# E-mail: one EMAIL_URL (dj-email-url), e.g. submission://user:pass@smtp.example.kz:587
# or smtps://...:465; production requires it (see production.py).
if env_str("EMAIL_URL", ""):
    import dj_email_url  # noqa: E402

    globals().update(dj_email_url.parse(env_str("EMAIL_URL")))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Kopir <noreply@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# --- end of sec-headers block ---------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# ---------------------------------------------------------------------------
# Accounts security (issue 13, branch sec-accounts): lockout, sessions, audit.
# Kept in one block so it merges beside the 2FA and headers work.
# ---------------------------------------------------------------------------
INSTALLED_APPS += ["axes", "audiences.security"]
# Axes refuses a locked-out account or address before any other backend runs.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
MIDDLEWARE += [
    # Idle and absolute session timeouts (after AuthenticationMiddleware).
    "audiences.security.middleware.SessionTimeoutMiddleware",
    # Last: turns a lockout into the sign-in page with the lockout message.
    "axes.middleware.AxesMiddleware",
]
# Sign-in lockout, per account and per client address separately.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Wagtail's sign-in form, with the password label it forgets to translate.
WAGTAILADMIN_USER_LOGIN_FORM = "audiences.security.forms.LoginForm"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "audiences.security.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "audiences.security.client_ip.client_ip"
AXES_USERNAME_FORM_FIELD = "username"
# Our audit log records sign-ins and sign-outs; axes keeps failures only.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# Number of reverse proxies in front of Kopir that append to X-Forwarded-For
# (nginx: 1). 0: the client is REMOTE_ADDR and forwarded headers are ignored.
KOPIR_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Password reset requests (django-ratelimit), per client address and per e-mail.
KOPIR_PASSWORD_RESET_RATE_ADDRESS = env_str("PASSWORD_RESET_RATE_ADDRESS", "5/h")
KOPIR_PASSWORD_RESET_RATE_EMAIL = env_str("PASSWORD_RESET_RATE_EMAIL", "3/h")
# Sessions: signed out after SESSION_IDLE_MINUTES without a request, and
# SESSION_MAX_HOURS after signing in whatever happens; the cookie dies with
# the browser (shared office computers).
KOPIR_SESSION_IDLE_SECONDS = env_int("SESSION_IDLE_MINUTES", 30) * 60
SESSION_COOKIE_AGE = env_int("SESSION_MAX_HOURS", 12) * 3600
KOPIR_SESSION_MAX_SECONDS = SESSION_COOKIE_AGE
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", True)
SESSION_COOKIE_HTTPONLY = True
# Passwords: names nobody may use as (almost all of) a password, besides the
# names, slugs and regions of the user's organisations.
KOPIR_PASSWORD_FORBIDDEN_WORDS = [
    "kopir",
    "kopyr",
    "көпір",
    "копир",
    "копыр",
    "almaty",
    "алматы",
    "astana",
    "астана",
    "shymkent",
    "шымкент",
    "kazakhstan",
    "qazaqstan",
    "казахстан",
    "қазақстан",
    "admin",
    "password",
    "пароль",
    *env_list("PASSWORD_FORBIDDEN_WORDS", []),
]
LOGGING.setdefault("loggers", {})["kopir.security"] = {
    "handlers": ["console"],
    "level": env_str("SECURITY_LOG_LEVEL", "INFO"),
    "propagate": False,
}
# --- end of accounts security -----------------------------------------------

from .hosts import *  # noqa: E402,F403
from .storage import *  # noqa: E402,F403
from .tasks import *  # noqa: E402,F403

extend_settings(globals())  # noqa: F405 (kopir.settings.hosts)


# --- The public read API and organisation tokens (/api/v1/; audiences/api.py) ------
# Django REST framework: read-only public endpoints, token-only organisation
# endpoints (no session, no password), throttled, paginated. The schema is
# generated by drf-spectacular (``make api-schema`` writes the committed copy).
# Rich text in API answers: display HTML (links resolved); ?rich_text_format=markdown
# asks for Markdown instead (Wagtail's APIRichText).
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
API_PAGE_SIZE = env_int("API_PAGE_SIZE", 20)
API_MAX_PAGE_SIZE = env_int("API_MAX_PAGE_SIZE", 100)
# Requests per client address (anonymous) and per token, e.g. "120/min".
API_THROTTLE_ANON = env_str("API_THROTTLE_ANON", "120/min")
API_THROTTLE_TOKEN = env_str("API_THROTTLE_TOKEN", "600/min")
# Only the schema class is set project-wide: Wagtail's own admin API (choosers)
# keeps REST framework's defaults (session sign-in); Kopir's API views set their
# authentication, permissions, renderers and parsers themselves (audiences/api.py).
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "audiences.api.KopirAutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kopir API",
    "DESCRIPTION": (
        "Published alternative-narrative materials, their taxonomy, help points "
        "and public print editions; organisation tokens read activities and "
        "post results."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {},
    "SORT_OPERATION_PARAMETERS": True,
    # The schema is checked by tests/api/test_schema.py, not by `check --deploy`
    # (which would walk Wagtail's own admin API too).
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "kopir.api_docs.add_error_responses",
    ],
}
# Origins (scheme://host[:port]) whose pages may call the API from a browser.
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS", "POST")
CORS_ALLOW_HEADERS = ("accept", "authorization", "content-type", "if-none-match")
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified", "Link")
CORS_ALLOW_CREDENTIALS = False
