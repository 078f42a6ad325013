from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from audiences.models import Channel, Organisation, Region, TargetGroup


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_order = 100
    list_display = ["name", "kind", "centre", "locale"]
    list_filter = ["kind", "locale"]
    list_export = ["name", "slug", "kind", "centre", "locale"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_order = 110
    list_display = ["name", "age_range", "setting", "gender_focus", "locale"]
    list_filter = ["setting", "gender_focus", "locale"]
    list_export = [
        "name",
        "slug",
        "age_min",
        "age_max",
        "setting",
        "gender_focus",
        "locale",
    ]
    search_fields = ["name", "description"]


class ChannelViewSet(SnippetViewSet):
    model = Channel
    icon = "mail"
    menu_order = 120
    list_display = ["name", "kind", "locale"]
    list_filter = ["kind", "locale"]
    list_export = ["name", "slug", "kind", "locale"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "home"
    menu_order = 130
    list_display = ["name", "kind", "region"]
    list_filter = ["kind"]
    list_export = ["name", "slug", "kind", "region", "website"]
    search_fields = ["name"]


class AudiencesGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, ChannelViewSet, RegionViewSet, OrganisationViewSet)
    menu_icon = "group"
    menu_label = _("Audiences")
    menu_name = "audiences"
    menu_order = 300


register_snippet(AudiencesGroup)
