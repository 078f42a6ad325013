"""/api/v1/: every endpoint of the API, its OpenAPI schema and its human page.

Each endpoint is a ``PublicViewSet`` (anonymous, public rows) or an
``OrganisationViewSet`` (an organisation token's own rows); tests walk this
router, so an endpoint added here is checked without being listed anywhere else.
"""

from django.urls import path, re_path
from django.views.generic import RedirectView
from rest_framework.routers import SimpleRouter

from audiences import api as audiences_api
from campaigns import api as campaigns_api
from content import api as content_api
from kopir import api_docs

router = SimpleRouter()
router.register("materials", content_api.MaterialViewSet, basename="material")
router.register("target-groups", audiences_api.TargetGroupViewSet, "target-group")
router.register("narratives", content_api.NarrativeViewSet, basename="narrative")
router.register("themes", content_api.ThemeViewSet, basename="theme")
router.register("formats", content_api.FormatViewSet, basename="format")
router.register("regions", audiences_api.RegionViewSet, basename="region")
router.register("communities", audiences_api.CommunityViewSet, basename="community")
router.register("channels", audiences_api.ChannelViewSet, basename="channel")
router.register("languages", content_api.LanguageViewSet, basename="language")
router.register(
    "organisations", content_api.OrganisationViewSet, basename="organisation"
)
router.register("help-points", audiences_api.HelpPointViewSet, basename="help-point")
router.register(
    "print-editions", content_api.PrintEditionViewSet, basename="print-edition"
)
# An organisation token's own data.
router.register("org/activities", campaigns_api.ActivityViewSet, basename="activity")
router.register("org/calendar", campaigns_api.CalendarViewSet, basename="calendar")
router.register(
    r"org/activities/(?P<activity_pk>[0-9]+)/results",
    campaigns_api.ResultViewSet,
    basename="result",
)

app_name = "api"
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="api:docs"), name="root"),
    path("schema/", api_docs.schema_view, name="schema"),
    path("docs/", api_docs.docs, name="docs"),
    *router.urls,
    # Anything else under /api/v1/ is a JSON 404, as the API's own are.
    re_path(r"^.*$", api_docs.not_found, name="not_found"),
]
