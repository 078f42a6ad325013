"""``seed_demo`` with the campaign planner's demo on top of the library's.

This app comes before ``content`` in INSTALLED_APPS, so this command replaces
the content app's one, runs it, then adds the campaigns (campaigns → content).
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from campaigns.demo import seed_campaigns
from content.management.commands import seed_demo


def queue_demo_prints(plans, users):
    """Queue a few brochures and the worked plan's document for the demo worker."""
    from campaigns.printing import request_plan_document
    from content.models import MaterialPage
    from content.printing import service
    from content.printing.models import PrintEdition

    if PrintEdition.objects.exists():
        return []
    queued = []
    materials = {
        activity.material
        for plan in plans[:1]
        for activity in plan.activities.select_related("material")
        if activity.material and activity.material.live
    }
    materials = sorted(materials, key=lambda m: m.pk)[:2]
    if not materials:
        materials = list(MaterialPage.objects.live().order_by("pk")[:2])
    for material in materials:
        material = MaterialPage.objects.get(pk=material.pk)
        for layout in ("a4", "a5"):
            queued.append(
                service.material_edition(
                    material, material.live_revision, layout=layout
                )
            )
    if plans and "planner" in users:
        queued.append(request_plan_document(plans[0], users["planner"], "ru"))
    return queued


class Command(seed_demo.Command):
    help = seed_demo.Command.help + " Adds the campaign planner's demo plans."

    def report(self, stats, password):
        # The library is seeded: add the campaigns before the logins are printed.
        users = {
            user.username: user
            for user in get_user_model().objects.filter(
                username__in=["planner", "orgadmin", "admin", "ngo"]
            )
        }
        with transaction.atomic():
            plans = seed_campaigns(users)
        editions = queue_demo_prints(plans, users)
        super().report(stats, password)
        lines = ["  Campaign plans (log in as planner or orgadmin):"]
        for plan in plans:
            state = "approved" if plan.live else "draft"
            lines.append(f"    · {plan.title} — {plan.organisation.name} ({state})")
        lines.append(
            "  Planner: Campaigns → Campaign plans, Calendar and Coverage in the menu."
        )
        if editions:
            lines.append(
                f"  Printing: {len(editions)} PDFs queued for the worker (Printed "
                "editions in the menu; a material's page header has Print…)."
            )
        lines.append("")
        self.stdout.write("\n".join(lines))
