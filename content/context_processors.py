"""Template context every public page gets."""

from django.conf import settings


def site(request):
    """Values every public page shows: the helpline."""
    return {"helpline_phone": settings.KOPIR_HELPLINE_PHONE}
