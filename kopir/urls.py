"""The project's URLs: admin (with the guards that come before Wagtail's views),
documents, print downloads and QR scans, the calendar feed, the sitemap, the CSP
report endpoint, and the public pages in each language (behind the page cache)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from audiences import two_factor_urls
from audiences.security.headers import csp_report
from campaigns import admin_guards as campaign_guards
from campaigns.views import feed_view
from content import admin_guards
from content.learn_views import answer as learn_answer
from content.print_views import public_prepare
from content.printing import views as print_views
from content.sitemap import KopirSitemap
from content.views import public_page, rendition_view
from kopir import health

# A lost database connection answers 503 "briefly unavailable" (kopir.unavailable).
handler500 = "kopir.unavailable.server_error"

urlpatterns = [
    # Health for load balancers: alive (touches nothing), and ready (database,
    # cache, storage, queue). Outside the language prefix, the admin and 2FA.
    path("healthz", health.healthz, name="kopir_healthz"),
    path("readyz", health.readyz, name="kopir_readyz"),
    # Two-factor sign-in: the code and enrolment pages a half-signed-in session
    # reaches (audiences/middleware.py); the rest is in Wagtail's admin URLs.
    path("admin/2fa/", include(two_factor_urls)),
    # Permission checks Wagtail lacks on three admin endpoints; before its own URLs.
    path("admin/", include(admin_guards)),
    path("admin/", include(campaign_guards)),
    # Accounts security: throttled password reset, sign out everywhere, lockouts.
    path("admin/", include("audiences.security.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A personal iCal feed: the secret token is the only credential.
    path("calendar/<str:token>.ics", feed_view, name="kopir_calendar_feed"),
    # Printed brochures: the counting QR redirect and published PDFs.
    path("q/<str:code>", print_views.qr_view, name="kopir_qr"),
    path("print/<uuid:pk>.pdf", print_views.public_download, name="kopir_print_public"),
    path(
        "print/material/<int:page_id>/<str:layout>/",
        public_prepare,
        name="kopir_print_prepare",
    ),
    # The public read API and organisation tokens (kopir/api_urls.py).
    path("api/v1/", include("kopir.api_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": KopirSitemap}}),
    # Browsers report Content-Security-Policy violations here (logged, rate-limited).
    path("csp-report/", csp_report, name="kopir_csp_report"),
]

if settings.SERVE_MEDIA:
    # Image renditions only, each checked by the access layer: originals of
    # private images are never world-readable.
    urlpatterns.append(
        re_path(r"^media/images/(?P<name>[^/]+)$", rendition_view, name="kopir_media")
    )

# Every public URL carries its language (/kk/, /ru/, /en/). Wagtail's own
# routes are kept; its page-serving route goes through the page cache.
urlpatterns += i18n_patterns(
    *wagtail_urls.urlpatterns[:-1],
    # A lesson exercise's answer: one more on a counter (content/learn_views.py).
    path("learn-answer/<int:page_id>/", learn_answer, name="kopir_learn_answer"),
    re_path(wagtail_urls.serve_pattern, public_page, name="wagtail_serve"),
    prefix_default_language=True,
)
