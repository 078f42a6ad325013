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


def _grant(**kwargs):
    from content.organisations import grant_model_permissions

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
        post_migrate.connect(_grant, sender=self)
        self._register_access()

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
