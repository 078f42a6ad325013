"""Public pages behind the page cache, routed through the cached frame; image
renditions served by the application, so the access layer decides."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.static import serve
from wagtail import views as wagtail_views
from wagtail.images import get_image_model

from audiences import access
from content import page_cache, public_frame


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
    response = serve(request, f"images/{name}", document_root=settings.MEDIA_ROOT)
    public = access.can(None, access.VIEW, image)
    response["Cache-Control"] = "public, max-age=86400" if public else "private"
    return response


def _serve(request, path):
    public_frame.route(request, path)
    return wagtail_views.serve(request, path)


def public_page(request, path):
    """Every public page: from the page cache, else routed with the frame the
    cache keeps (``content.public_frame``) and served by Wagtail."""
    return page_cache.cached_serve(request, path, serve=_serve)
