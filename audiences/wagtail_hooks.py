from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    HistoryView,
    SnippetViewSet,
    SnippetViewSetGroup,
    UsageView,
)

from audiences.models import (
    Channel,
    Messenger,
    Organisation,
    Region,
    Role,
    TargetGroup,
)
from audiences.roles import has_role, organisation_ids_of
from audiences.scoping import ScopedPermissionPolicy, ScopedViewSetMixin


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


class OrganisationPermissionPolicy(ModelPermissionPolicy):
    """Site admins manage every organisation; an organisation admin edits their own.

    Editing covers the public description and the members and their roles.
    Adding and deleting organisations stays with site admins.
    """

    def _is_org_admin(self, user):
        return bool(organisation_ids_of(user, Role.ADMIN))

    def user_has_permission(self, user, action):
        if super().user_has_permission(user, action):
            return True
        return action in ("change", "view") and self._is_org_admin(user)

    def user_has_permission_for_instance(self, user, action, instance):
        if user.is_active and user.is_superuser:
            return True
        if action in ("change", "view"):
            return has_role(user, instance.pk, Role.ADMIN)
        return False

    def instances_user_has_permission_for(self, user, action):
        if user.is_active and user.is_superuser:
            return self.model.objects.all()
        if action in ("change", "view"):
            return self.model.objects.filter(
                pk__in=organisation_ids_of(user, Role.ADMIN)
            )
        return self.model.objects.none()


register_permission_policy(Organisation, OrganisationPermissionPolicy(Organisation))


class OwnOrganisationMixin:
    """Opening another organisation's record (or its history, usage) is refused."""

    def get_object(self, *args, **kwargs):
        organisation = super().get_object(*args, **kwargs)
        policy = OrganisationPermissionPolicy(Organisation)
        if not policy.user_has_permission_for_instance(
            self.request.user, "change", organisation
        ):
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
    list_display = ["name", "kind", "region"]
    list_filter = ["kind"]
    list_export = ["name", "slug", "kind", "region", "website"]
    search_fields = ["name"]

    def get_queryset(self, request):
        # Organisation admins list and open only the organisations they run.
        return self.permission_policy.instances_user_has_permission_for(
            request.user, "change"
        ).select_related("region")


register_permission_policy(Messenger, ScopedPermissionPolicy(Messenger))


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


class AudiencesGroup(SnippetViewSetGroup):
    items = (
        TargetGroupViewSet,
        ChannelViewSet,
        RegionViewSet,
        OrganisationViewSet,
        MessengerViewSet,
    )
    menu_icon = "group"
    menu_label = _("Audiences")
    menu_name = "audiences"
    menu_order = 300


register_snippet(AudiencesGroup)
