from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.models import Format, NarrativeCountered, Theme
from kopir.cache import mark_public


class NarrativeViewSet(SnippetViewSet):
    model = NarrativeCountered
    icon = "warning"
    menu_order = 100
    list_display = ["number", "name", "locale"]
    list_filter = ["locale"]
    list_export = ["number", "name", "slug", "summary", "recognition", "locale"]
    search_fields = ["name", "summary"]
    ordering = ["number"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "pick"
    menu_order = 110
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "description", "locale"]
    search_fields = ["name"]


class FormatViewSet(SnippetViewSet):
    model = Format
    icon = "doc-full"
    menu_order = 120
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "locale"]
    search_fields = ["name"]


class ContentGroup(SnippetViewSetGroup):
    items = (NarrativeViewSet, ThemeViewSet, FormatViewSet)
    menu_icon = "tag"
    menu_label = _("Narratives & themes")
    menu_name = "narratives"
    menu_order = 290


register_snippet(ContentGroup)

hooks.register("on_serve_page", mark_public)
