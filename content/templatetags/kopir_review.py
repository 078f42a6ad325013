"""Template tags of the review screens: the outside links of a page's latest
revision."""

from django import template

from content.links import outside_links

register = template.Library()


@register.simple_tag
def outside_links_of(page):
    """Links to other sites in the latest revision of ``page``."""
    if page is None:
        return []
    latest = page.get_latest_revision_as_object() if page.pk else page
    return outside_links(latest)
