"""The planner's admin: plan, activity, result, adjustment and civic-date viewsets
(scoped to the user's organisations, with the plan check in the listing), the
calendar and feed URLs, and the planner's menu group."""

import django_filters
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from audiences.columns import yes_no
from audiences.models import Channel, default_locale_taxonomy
from audiences.names import LocalizedModelChoiceField
from audiences.scoping import ScopedViewSetMixin
from campaigns import views
from campaigns.models import (
    Activity,
    Adjustment,
    CampaignPlan,
    CivicDate,
    ResultEntry,
)
from campaigns.plan_check import plans_with_checks


class PlanCheckColumn(Column):
    cell_template_name = "campaigns/plan_check_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["gaps"] = getattr(instance, "gaps", None)
        context["plan_url"] = reverse("kopir_campaigns:plan", args=[instance.pk])
        return context


class PlanIndexView(IndexView):
    def get_table(self, object_list):
        # The check of every plan on the page, loaded with a fixed number of queries.
        plans = plans_with_checks(
            CampaignPlan.objects.filter(pk__in=[plan.pk for plan in object_list])
        )
        gaps = {plan.pk: plan.gaps for plan in plans}
        for plan in object_list:
            plan.gaps = gaps.get(plan.pk, [])
        return super().get_table(object_list)


class PlanViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = CampaignPlan
    icon = "list-ul"
    menu_label = _("Campaign plans")
    menu_order = 10
    index_view_class = PlanIndexView
    list_select_related = ("organisation",)
    list_display = [
        "title",
        "organisation",
        Column("period", label=_("Period")),
        "status",
        PlanCheckColumn("gaps", label=_("Plan check")),
    ]
    list_filter = ["status", "organisation"]
    list_export = ["title", "organisation", "starts_on", "ends_on", "status", "budget"]
    search_fields = ["title", "objective"]
    inspect_view_enabled = False


class PlanFromQueryMixin:
    """``?plan=<id>`` preselects one of the user's plans on an add form."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        plan_id = self.request.GET.get("plan", "")
        if plan_id.isdigit():
            plan = (
                CampaignPlan.objects.for_user(self.request.user)
                .filter(pk=plan_id)
                .first()
            )
            if plan is not None:
                instance = instance or self.model()
                instance.plan = plan
        return instance


class ActivityCreateView(PlanFromQueryMixin, CreateView):
    pass


class AdjustmentCreateView(PlanFromQueryMixin, CreateView):
    pass


class LocalizedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = LocalizedModelChoiceField


class ActivityFilterSet(WagtailFilterSet):
    channel = LocalizedChoiceFilter(
        queryset=Channel.objects.filter(default_locale_taxonomy()),
        label=capfirst(_("channel")),
    )

    class Meta:
        model = Activity
        fields = ["status", "channel"]


class ActivityViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Activity
    add_view_class = ActivityCreateView
    icon = "date"
    menu_label = _("Activities")
    menu_order = 20
    list_select_related = (
        "plan__organisation",
        "channel",
        "target_group",
        "messenger",
        "material",
        "owner",
    )
    list_display = [
        "title",
        "plan",
        Column("local_start", label=_("Planned for")),
        Column(
            "channel", label=capfirst(_("channel")), accessor="channel.localized_name"
        ),
        Column(
            "target_group",
            label=capfirst(_("target group")),
            accessor="target_group.localized_name",
        ),
        "status",
    ]
    filterset_class = ActivityFilterSet
    list_export = [
        "plan",
        "title",
        "starts_at",
        "go_live_at",
        "repeat",
        "repeat_until",
        "channel.localized_name",
        "target_group.localized_name",
        "messenger_label",
        "material",
        "owner",
        "status",
        "cost",
    ]
    export_headings = {
        "channel.localized_name": capfirst(_("channel")),
        "target_group.localized_name": capfirst(_("target group")),
        "messenger_label": _("Messenger"),
    }
    search_fields = ["title"]


class ResultViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = ResultEntry
    icon = "pick"
    menu_label = _("Results")
    menu_order = 30
    list_select_related = ("activity__plan__organisation",)
    list_display = [
        "activity",
        "date",
        "reach",
        "engagement",
        "attendance",
        "qr_scans",
        "tone",
    ]
    list_filter = ["tone"]
    list_export = [
        "activity.plan",
        "activity",
        "date",
        "reach",
        "impressions",
        "engagement",
        "comments",
        "attendance",
        "qr_scans",
        "sentiment",
        "reply_type_names",
        "get_tone_display",
        "notes",
    ]
    export_headings = {
        "activity.plan": _("Campaign"),
        "reply_type_names": _("Reply types used"),
        "get_tone_display": _("How the exchange went"),
    }

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("reply_types")


class AdjustmentViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Adjustment
    add_view_class = AdjustmentCreateView
    icon = "history"
    menu_label = _("Adjustment log")
    menu_order = 40
    list_select_related = ("plan__organisation", "author")
    list_display = ["what_changed", "plan", "date"]
    list_filter = []


class CivicDateViewSet(SnippetViewSet):
    model = CivicDate
    icon = "calendar"
    menu_label = _("Civic dates")
    menu_order = 60
    list_display = [
        "name",
        "starts_on",
        "ends_on",
        "kind",
        yes_no(CivicDate, "yearly"),
    ]
    list_filter = ["kind", "yearly"]


class CampaignsGroup(SnippetViewSetGroup):
    items = (PlanViewSet, ActivityViewSet, ResultViewSet, AdjustmentViewSet)
    menu_icon = "list-ul"
    menu_label = _("Campaigns")
    menu_name = "campaigns"
    menu_order = 250


register_snippet(CampaignsGroup)
register_snippet(CivicDateViewSet)


@hooks.register("register_admin_urls")
def campaign_urls():

    urls = [
        path("plan/<int:pk>/", views.plan_view, name="plan"),
        path("plan/<int:pk>/case-study/", views.case_study_view, name="case_study"),
        path(
            "plan/<int:pk>/document/",
            views.plan_document_view,
            name="plan_document",
        ),
        path("coverage/", views.coverage_view, name="coverage"),
        path("calendar/", views.calendar_view, name="calendar"),
        path("calendar/feed/reset/", views.feed_reset_view, name="feed_reset"),
        path("calendar/feed/revoke/", views.feed_revoke_view, name="feed_revoke"),
        path(
            "indicators/",
            views.IndicatorsReportView.as_view(),
            name="indicators",
        ),
        path(
            "indicators/results/",
            views.IndicatorsReportView.as_view(results_only=True),
            name="indicators_results",
        ),
    ]
    return [
        path(
            "planner/", include((urls, "kopir_campaigns"), namespace="kopir_campaigns")
        )
    ]


def _plans_permitted(request):
    user = request.user
    return user.has_perm("campaigns.view_campaignplan") or user.has_perm(
        "campaigns.change_campaignplan"
    )


class PlannerMenuItem(MenuItem):
    def is_shown(self, request):
        return _plans_permitted(request)


@hooks.register("register_admin_menu_item")
def calendar_menu_item():
    return PlannerMenuItem(
        _("Calendar"),
        reverse("kopir_campaigns:calendar"),
        icon_name="date",
        order=251,
    )


@hooks.register("register_admin_menu_item")
def coverage_menu_item():
    return PlannerMenuItem(
        _("Coverage"),
        reverse("kopir_campaigns:coverage"),
        icon_name="table",
        order=252,
    )


@hooks.register("register_reports_menu_item")
def indicators_menu_item():
    return PlannerMenuItem(
        _("Campaign indicators"),
        reverse("kopir_campaigns:indicators"),
        icon_name="pick",
        order=20,
    )


@hooks.register("register_snippet_listing_buttons")
def plan_page_button(snippet, user, next_url=None):

    if isinstance(snippet, CampaignPlan):
        yield ListingButton(
            _("Plan page"),
            reverse("kopir_campaigns:plan", args=[snippet.pk]),
            icon_name="view",
            priority=5,
        )


@hooks.register("insert_global_admin_css")
def planner_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/planner.css"))
