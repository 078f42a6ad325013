"""The print package's admin URLs, included under the Wagtail admin's print/.

The public ones (QR scans, published PDFs) are in ``kopir/urls.py``; the apps
that register document types add the pages where their documents are asked for.
"""

from django.urls import path

from content.printing import views

admin_urls = [
    path("", views.editions_view, name="kopir_print_editions"),
    path("<uuid:pk>/", views.edition_view, name="kopir_print_edition"),
    path("<uuid:pk>/status/", views.edition_status, name="kopir_print_status"),
    path("<uuid:pk>/retry/", views.edition_retry, name="kopir_print_retry"),
    path("<uuid:pk>/download/", views.download_view, name="kopir_print_download"),
]
