"""Atom feed of new materials in one language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from content.models.material import public_materials

FEED_SIZE = 30


class MaterialFeed(Feed):
    """The newest public materials of one library (one language)."""

    feed_type = Atom1Feed

    def __init__(self, *, library):
        super().__init__()
        self.library = library

    def title(self):
        return f"Kopir — {self.library.title}"

    def link(self):
        return self.library.url

    def subtitle(self):
        return self.library.intro

    def items(self):
        return (
            public_materials()
            .filter(locale=self.library.locale)
            .order_by("-first_published_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
