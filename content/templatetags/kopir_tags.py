"""Template tags of the public site: the language switcher and the helpline."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from content import public_frame

register = template.Library()


@register.inclusion_tag("components/_language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every language; the home page where none exists."""
    page = context.get("page")
    current = get_language()
    links = context.get("translations")
    if links is None:
        by_code = {}
        if page is not None and getattr(page, "translation_key", None):
            for p in (
                Page.objects.filter(translation_key=page.translation_key)
                .live()
                .filter(public_frame.public_q())
                .select_related("locale")
            ):
                by_code[p.locale.language_code] = p
        links = [
            {"code": code, "name": name, "page": by_code.get(code)}
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]
    query = context.get("filter_query", "")
    items = []
    for link in links:
        target = link["page"]
        url = target.url if target is not None else f"/{link['code']}/"
        if query and target is not None:
            url = f"{url}?{query}"
        items.append(
            {
                "code": link["code"],
                "name": link["name"],
                "url": url,
                "current": link["code"] == current,
                "exists": target is not None,
            }
        )
    return {"items": items}


@register.simple_tag
def helpline_phone():
    return settings.KOPIR_HELPLINE_PHONE


@register.simple_tag
def lang_text(obj, field, language=None):
    """A help point's, situation's or step's ``field`` in ``language`` (kk/ru/en
    side by side on one row), falling back to another language."""
    return obj.text(field, language)
