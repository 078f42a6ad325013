"""Printed editions for the demo: a few brochures and the worked plan's document,
queued for the task worker as the admin's Print buttons queue them."""

from campaigns.printing import request_plan_document
from content import print_services as service
from content.models import MaterialPage
from content.printing.models import PrintEdition


def queue_demo_prints(plans, users):
    """Queue two brochures (A4 and A5) and the worked plan's document, once."""
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
