"""Public pages behind the page cache, routed through the cached frame; image
renditions served by the application, so the access layer decides."""

import mimetypes

from django.http import FileResponse, Http404, HttpResponseNotModified
from django.shortcuts import get_object_or_404
from django.utils.http import http_date
from django.views.static import was_modified_since
from wagtail import views as wagtail_views
from wagtail.images import get_image_model

from audiences import access
from content import page_cache, public_frame
from content.printing import files
from content.printing.views import storage_unavailable


def rendition_view(request, name):
    """A rendition of an image the user may see; a 404 for anything else.

    Public images (used on a live page) may be cached by anyone; a private
    organisation's images only by the member's own browser.
    """
    renditions = get_image_model().get_rendition_model().objects
    rendition = get_object_or_404(
        renditions.select_related("image__collection"), file=f"images/{name}"
    )
    image = rendition.image
    if not access.can(request.user, access.VIEW, image):
        raise Http404
    response = stream_stored(request, rendition.file)
    public = access.can(None, access.VIEW, image)
    response["Cache-Control"] = "public, max-age=86400" if public else "private"
    return response


def stream_stored(request, field_file, content_type=None):
    """A stored file (file system or S3) streamed to the client, with
    Last-Modified and an answer to If-Modified-Since; a 404 when the file is
    gone and a 503 when the storage cannot be reached."""
    try:
        handle = field_file.open("rb")
        # S3 asked for the object's head on open; the file system looks it up.
        modified = getattr(getattr(handle, "obj", None), "last_modified", None)
        if modified is None:
            modified = field_file.storage.get_modified_time(field_file.name)
    except Exception as error:
        if files.is_unavailable(error):
            return storage_unavailable()
        if isinstance(error, FileNotFoundError) or _not_found(error):
            raise Http404 from None
        raise
    stamp = int(modified.timestamp())
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stamp):
        handle.close()
        return HttpResponseNotModified()
    content_type = content_type or (
        mimetypes.guess_type(field_file.name)[0] or "application/octet-stream"
    )
    response = FileResponse(handle, content_type=content_type)
    response["Last-Modified"] = http_date(stamp)
    return response


def _not_found(error):
    response = getattr(error, "response", None) or {}
    return response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404


def _serve(request, path):
    public_frame.route(request, path)
    return wagtail_views.serve(request, path)


def public_page(request, path):
    """Every public page: from the page cache, else routed with the frame the
    cache keeps (``content.public_frame``) and served by Wagtail."""
    return page_cache.cached_serve(request, path, serve=_serve)
