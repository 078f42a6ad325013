"""``/sitemap.xml``: every language's public pages, addressed from BASE_URL.

Wagtail's sitemap lists the descendants of the site's root page, which is the
Kazakh home page; the Russian and English trees are its translations beside it,
so they were missing. Every address is built from ``WAGTAILADMIN_BASE_URL`` (the
``BASE_URL`` variable), whatever host the request came in on, and each page
names its translations as ``hreflang`` alternates. A routable page lists the
addresses below it that it names (``sitemap_subpaths()``: the help page's regions).
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class KopirSitemap(Sitemap):
    def items(self):

        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        within = Q(pk__in=[])
        for root in roots:
            within |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(within)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _location(self, page):
        parts = page.get_url_parts(self.request)
        if parts is None:
            return None
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + parts[2]

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        entries = []
        by_key = defaultdict(list)
        for item in pages:
            location = self._location(item)
            if location is None:
                continue
            lastmod = item.last_published_at or item.latest_revision_created_at
            subpaths = getattr(item, "sitemap_subpaths", None)
            for subpath in [""] + (subpaths() if subpaths else []):
                entry = {
                    "item": item,
                    "key": (item.translation_key, subpath),
                    "location": location + subpath,
                    "lastmod": lastmod,
                }
                entries.append(entry)
                by_key[entry["key"]].append(
                    {
                        "lang_code": item.locale.language_code,
                        "location": location + subpath,
                    }
                )
        for entry in entries:
            alternates = by_key[entry["key"]]
            entry["alternates"] = alternates if len(alternates) > 1 else []
        last_mods = {entry["lastmod"] for entry in entries}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return entries
