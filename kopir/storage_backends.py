"""The S3 storage Kopir uses: a private bucket whose files are only ever
reached through the application.

``url()`` gives the same address as on the file system (MEDIA_URL + name), so
an image rendition is served by ``content.views.rendition_view`` after the
access layer's check, and cached pages never hold a bucket URL that expires.
A signed bucket URL, if a feature ever needs one, is ``signed_url()``: short-lived
(S3_URL_EXPIRY_SECONDS) and never public.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name))

    def signed_url(self, name, expire=None):
        return super().url(name, expire=expire)
