"""The audiences admin: snippet viewsets for regions, target groups, communities,
channels, organisations (each organisation admin opens only their own) and the
messenger roster (scoped to the user's organisations), grouped in one menu; the
two-factor admin URLs."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import LogFormatter, log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    HistoryView,
    SnippetViewSet,
    SnippetViewSetGroup,
    UsageView,
)

from audiences import access
from audiences.columns import yes_no
from audiences.forms import ApiTokenForm, OrganisationOwnedForm
from audiences.models import (
    ApiToken,
    Channel,
    Community,
    HelpPoint,
    Messenger,
    Organisation,
    Pathway,
    Region,
    Situation,
    TargetGroup,
)
from audiences.scoping import ScopedViewSetMixin
from audiences.two_factor_urls import admin_urlpatterns


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


class CommunityViewSet(SnippetViewSet):
    model = Community
    icon = "group"
    menu_order = 115
    list_display = ["name", "kind", yes_no(Community, "often_demonised"), "locale"]
    list_filter = ["kind", "often_demonised", "locale"]
    list_export = ["name", "slug", "kind", "often_demonised", "description", "locale"]
    search_fields = ["name", "description"]


class OwnOrganisationMixin:
    """Opening another organisation's record (or its history, usage) is refused."""

    def get_object(self, *args, **kwargs):
        organisation = super().get_object(*args, **kwargs)
        if not access.can(self.request.user, access.CHANGE, organisation):
            raise PermissionDenied
        return organisation


class OrganisationEditView(OwnOrganisationMixin, EditView):
    pass


class OrganisationHistoryView(OwnOrganisationMixin, HistoryView):
    pass


class OrganisationUsageView(OwnOrganisationMixin, UsageView):
    pass


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    edit_view_class = OrganisationEditView
    history_view_class = OrganisationHistoryView
    usage_view_class = OrganisationUsageView
    icon = "home"
    menu_order = 130
    # The name in the reader's language (``__str__``), and the region's.
    list_display = [
        "__str__",
        "kind",
        Column("region", label=capfirst(_("region")), accessor="region.localized_name"),
    ]
    list_filter = ["kind"]
    list_export = ["name", "slug", "kind", "region", "website"]
    search_fields = ["name"]

    def get_queryset(self, request):
        # Organisation admins list and open only the organisations they run.
        return self.permission_policy.instances_user_has_permission_for(
            request.user, "change"
        ).select_related("region")


class MessengerViewSet(ScopedViewSetMixin, SnippetViewSet):
    """The roster: each organisation sees and edits only its own messengers."""

    model = Messenger
    icon = "user"
    menu_order = 125
    list_select_related = ("organisation",)
    list_display = ["public_name", "kind", "consent", "safety_risk", "organisation"]
    list_filter = ["kind", "consent", "safety_risk"]
    # Exports carry the public profile only: contacts and notes stay in the form.
    list_export = ["public_label", "kind", "consent", "consent_date", "safety_risk"]
    search_fields = ["public_name"]
    inspect_view_enabled = False
    # The model keeps its panels; the form that limits "organisation" to the
    # user's own lives here so that the model need not import admin forms.
    edit_handler = ObjectList(Messenger.panels, base_form_class=OrganisationOwnedForm)


class HelpPointForm(OrganisationOwnedForm):
    """The organisation is one of the user's own; "verified by" offers only the
    user themself (a site admin: anyone), set to them when they date a check."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.organisations = access.organisations(
            for_user, *access.MEMBERS, everything_for_admins=True
        )
        field = self.fields.get("organisation")
        if field is not None:
            field.queryset = self.organisations
            # Only a site administrator keeps points that belong to nobody.
            field.required = not access.is_site_admin(for_user)
            if not self.instance.pk and len(self.organisations) == 1:
                field.initial = self.organisations[0].pk
        region = self.fields.get("region")
        if region is not None and not access.is_site_admin(for_user):
            # A nationwide point shows on every region's page: the site
            # administrator's to add, not one organisation's.
            region.required = True
            region.error_messages["required"] = _(
                "Choose the region: only the site administrator adds nationwide "
                "help points."
            )
        verifier = self.fields.get("verified_by")
        if verifier is not None and not access.is_site_admin(for_user):
            verifier.queryset = verifier.queryset.filter(
                pk=getattr(for_user, "pk", None)
            )


class HelpPointViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Help points: public ones are listed for everyone; each organisation edits
    its own (the site administrator every one)."""

    model = HelpPoint
    icon = "help"
    menu_order = 140
    list_select_related = ("region", "organisation")
    list_display = [
        "__str__",
        "kind",
        Column("region", label=capfirst(_("region")), accessor="region_name"),
        yes_no(HelpPoint, "is_public"),
        yes_no(HelpPoint, "is_placeholder"),
        "verified_on",
    ]
    list_filter = ["region", "kind", "is_public", "is_placeholder"]
    list_export = [
        "name_kk",
        "name_ru",
        "name_en",
        "kind",
        "region_name",
        "phone",
        "is_public",
        "is_placeholder",
        "verified_on",
    ]
    search_fields = ["name_kk", "name_ru", "name_en"]
    inspect_view_enabled = False
    edit_handler = ObjectList(HelpPoint.panels, base_form_class=HelpPointForm)

    def get_queryset(self, request):
        # The admin list shows what a user may change; public points of other
        # organisations are on the public help pages.
        queryset = access.visible(request.user, HelpPoint.objects.all(), access.CHANGE)
        return queryset.select_related(*self.list_select_related)


class SituationViewSet(SnippetViewSet):
    model = Situation
    icon = "help"
    menu_order = 150
    list_display = ["__str__", "slug", "sort_order"]
    list_export = ["slug", "name_kk", "name_ru", "name_en", "sort_order"]
    search_fields = ["name_kk", "name_ru", "name_en"]


class PathwayViewSet(SnippetViewSet):
    model = Pathway
    icon = "list-ol"
    menu_order = 160
    list_display = ["__str__", "situation", "region"]
    list_filter = ["situation", "region"]
    list_export = ["situation", "region"]


API_TOKEN_REVOKED = "kopir.api_token_revoked"


class ApiTokenCreateView(CreateView):
    """Make the token, then show its secret once: only its digest is kept."""

    def save_instance(self):
        self.secret = self.form.instance.new_secret()
        self.form.instance.created_by = self.request.user
        return super().save_instance()

    def form_valid(self, form):
        response = super().form_valid(form)
        if not hasattr(self, "secret"):
            return response
        return TemplateResponse(
            self.request,
            "audiences/admin/api_token_created.html",
            {
                "token": self.object,
                "secret": self.secret,
                "index_url": reverse(self.index_url_name),
                "example_call": 'curl -H "Authorization: Bearer {}" "{}"'.format(
                    self.secret,
                    self.request.build_absolute_uri("/api/v1/org/activities/"),
                ),
                "header_title": _("API token made"),
            },
        )


class ApiTokenEditView(EditView):
    """Editing; revoking is written to the history as a revocation."""

    def get_success_message(self):
        if self.object.revoked_at is not None:
            return _("API token “%(name)s” revoked.") % {"name": self.object.name}
        return _("API token “%(name)s” saved.") % {"name": self.object.name}

    def save_instance(self):
        was_revoked = self.object.revoked_at is not None
        instance = super().save_instance()
        if instance.revoked_at is not None and not was_revoked:
            log(instance, API_TOKEN_REVOKED, user=self.request.user)
        return instance

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.revoked_at is not None:
            messages.warning(
                self.request,
                _("This token was revoked on %(when)s: tools using it are refused.")
                % {
                    "when": date_format(
                        localtime(self.object.revoked_at), "DATETIME_FORMAT"
                    )
                },
            )
        return context


class ApiTokenViewSet(ScopedViewSetMixin, SnippetViewSet):
    """An organisation's API tokens: its admins make, scope and revoke them."""

    model = ApiToken
    icon = "key"
    menu_order = 150
    add_view_class = ApiTokenCreateView
    edit_view_class = ApiTokenEditView
    list_select_related = ("organisation",)
    list_display = [
        "name",
        "prefix",
        "organisation",
        yes_no(ApiToken, "can_read_activities"),
        yes_no(ApiToken, "can_write_results"),
        "last_used_at",
        "revoked_at",
    ]
    list_filter = ["organisation"]
    list_export = [
        "name",
        "prefix",
        "organisation",
        "can_read_activities",
        "can_write_results",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
    ]
    search_fields = ["name"]
    inspect_view_enabled = False
    edit_handler = ObjectList(ApiToken.panels, base_form_class=ApiTokenForm)


class AudiencesGroup(SnippetViewSetGroup):
    items = (
        TargetGroupViewSet,
        CommunityViewSet,
        ChannelViewSet,
        RegionViewSet,
        OrganisationViewSet,
        MessengerViewSet,
        HelpPointViewSet,
        SituationViewSet,
        PathwayViewSet,
        ApiTokenViewSet,
    )
    menu_icon = "group"
    menu_label = _("Audiences")
    menu_name = "audiences"
    menu_order = 300


register_snippet(AudiencesGroup)


# --- Two-factor sign-in (audiences/two_factor.py) ---------------------------------


@hooks.register("register_admin_urls")
def register_two_factor_urls():

    return [path("2fa/", include(admin_urlpatterns))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("kopir_2fa_settings"),
        "label": _("Two-factor sign-in"),
        "help_text": _(
            "A code from an authenticator app after your password, and recovery codes."
        ),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):

    if not access.is_site_admin(request_user):
        return []
    return [
        ListingButton(
            _("Reset two-factor sign-in"),
            reverse("kopir_2fa_reset", args=[user.pk]),
            priority=90,
        )
    ]


# --- API tokens in the audit log (audiences/api.py) ---------------------------------


class ApiCallFormatter(LogFormatter):
    """“API call: GET /api/v1/org/activities/ → 200, from 10.0.0.7”."""

    label = _("API call")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("%(label)s: %(method)s %(path)s → %(status)s, from %(address)s") % {
            "label": self.label,
            "method": data.get("method", ""),
            "path": data.get("path", ""),
            "status": data.get("status", ""),
            "address": data.get("ip") or _("an unknown address"),
        }


class ApiRefusedFormatter(ApiCallFormatter):
    label = _("API call refused (revoked or expired token)")


@hooks.register("register_log_actions")
def register_api_actions(actions):
    from audiences.api import API_CALL, API_REFUSED

    actions.register_action(API_CALL)(ApiCallFormatter)
    actions.register_action(API_REFUSED)(ApiRefusedFormatter)
    actions.register_action(API_TOKEN_REVOKED, _("API token revoked"), _("Revoked"))
