"""The campaigns app: plans, activities, results and the planner's calendar.

``ready`` gives the planner roles their model permissions, registers the access
rules for plans and their rows, and removes a plan's printed documents with it.
Those imports read models, so they wait for the app registry."""

from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate
from django.utils.translation import gettext_lazy as _

PLAN_PERMISSIONS = [
    f"campaigns.{action}_{model}"
    for model in ("campaignplan", "activity", "resultentry", "adjustment")
    for action in ("add", "change", "delete", "view")
] + ["campaigns.lock_campaignplan", "campaigns.unlock_campaignplan"]


def _grant(sender, **kwargs):
    """Grant the roles' model permissions once, after the last app's post_migrate:
    Django creates each app's permissions in that app's own post_migrate, and the
    roles hold permissions of content and audiences models, whose apps come after
    this one (an upgrade that adds a model to them would find no permission yet)."""
    from django.apps import apps

    from content.organisations import grant_model_permissions

    with_models = [c for c in apps.get_app_configs() if c.models_module is not None]
    if sender is with_models[-1]:
        grant_model_permissions()


class CampaignsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from audiences.models import Role
        from content.organisations import register_role_permissions

        register_role_permissions(Role.PLANNER, *PLAN_PERMISSIONS)
        register_role_permissions(
            Role.ADMIN, *PLAN_PERMISSIONS, "campaigns.publish_campaignplan"
        )
        post_migrate.connect(_grant, dispatch_uid="kopir_grant_role_permissions")
        self._register_access()
        from campaigns.imports.activities import ActivityImporter
        from campaigns.imports.results import ResultImporter
        from content.imports import registry

        registry.register(ActivityImporter())
        registry.register(ResultImporter())

        from campaigns import printing

        printing.register_plan_document()
        post_delete.connect(
            printing.delete_plan_documents,
            sender=self.get_model("CampaignPlan"),
            dispatch_uid="kopir-plan-documents",
        )

    def _register_access(self):
        """Plans and everything in them: the organisation's planners and admins."""
        from audiences import access

        owned = {
            "CampaignPlan": ("organisation", True),
            "Activity": ("plan__organisation", True),
            "ResultEntry": ("activity__plan__organisation", True),
            "Adjustment": ("plan__organisation", True),
            "PlanAudience": ("plan__organisation", False),
            "Message": ("plan__organisation", False),
            "Risk": ("plan__organisation", False),
            "Indicator": ("plan__organisation", False),
        }
        for name, (path, policy) in owned.items():
            access.register(
                self.get_model(name),
                organisation=path,
                roles=access.PLANNERS,
                policy=access.OwnedPermissionPolicy if policy else None,
            )
        access.register_shared(self.get_model("CivicDate"))
