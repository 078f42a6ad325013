"""Demo of the review workflow (``review.yaml``): the blocklist, and a draft, one
material in review, one sent back and one approved.

Each material exists in one language only (the author's), as real drafts do. It
goes through the Wagtail workflow as in the admin: submitted by its author, then
answered by the reviewer with the review checklist. Idempotent: a material already
there is left in whatever state it reached.
"""

from django.conf import settings
from wagtail.models import Workflow, WorkflowPage

from campaigns.demo.data import load, stream
from content.models import BlockedAddress, MaterialPage, OrganisationSpace
from content.models.review import NO, NOT_APPLICABLE, YES, ChecklistItem
from content.organisations import space_for


def seed_blocklist():
    for row in load("review")["blocklist"]:
        BlockedAddress.objects.update_or_create(
            address=row["address"],
            defaults={"reason": row["reason"], "source": row["source"]},
        )


def _helpline(code):
    text = load("review")["helpline"][code]
    return (
        "helpline",
        {
            "title": text["title"],
            "phone": settings.KOPIR_HELPLINE_PHONE,
            "description": text["description"],
        },
    )


def _answers(review_items, *, no_on=None, comment=""):
    not_applicable = load("review")["not_applicable_item"]
    data = {"comment": comment}
    for item in review_items:
        answer = YES
        if item.sort_order == not_applicable:
            answer = NOT_APPLICABLE
        if no_on is not None and item.pk == no_on.pk:
            answer = NO
            data[f"item_{item.pk}_comment"] = comment
        data[f"item_{item.pk}"] = answer
    return data


def _assign_two_expert_workflow(taxonomy):
    """The organisations whose materials need two reviewers: the second step of the
    two-expert workflow cannot be approved by whoever approved the first."""
    spec = load("review")["two_expert_workflow"]
    two_experts = Workflow.objects.filter(name=spec["workflow"]).first()
    if two_experts is None:
        return
    for slug in spec["organisations"]:
        organisation = taxonomy["organisations"][slug]
        for space in OrganisationSpace.objects.filter(organisation=organisation):
            WorkflowPage.objects.update_or_create(
                page=space, defaults={"workflow": two_experts}
            )


def seed_review_demo(sites, taxonomy, users):
    """Create the demo's review materials, each carried to its state once."""
    data = load("review")
    items = list(ChecklistItem.objects.filter(active=True))
    _assign_two_expert_workflow(taxonomy)
    for row in data["materials"]:
        code = row["code"]
        library = sites[code][1]
        if MaterialPage.objects.descendant_of(library).filter(slug=row["key"]).exists():
            continue
        author = users[row["author"]]
        organisation = taxonomy["organisations"][row["organisation"]]
        page = MaterialPage(
            title=row["title"],
            slug=row["key"],
            summary=row["summary"],
            body=[*stream(row["body"]), _helpline(code)],
            format=taxonomy["formats"][row["format"]][code],
            locale=library.locale,
            owner=author,
            live=False,
        )
        page.target_groups = [
            taxonomy["target_groups"][slug][code] for slug in row["target_groups"]
        ]
        page.narratives = [
            taxonomy["narratives"][slug][code] for slug in row["narratives"]
        ]
        space_for(organisation, library.locale).add_child(instance=page)
        page.save_revision(user=author)
        if row["state"] == "draft":
            continue
        workflow = page.get_workflow() or Workflow.objects.get(name=data["workflow"])
        workflow.start(page, author)
        page.refresh_from_db()
        if row["state"] == "in_review":
            continue
        reviewer = users[data["reviewer"]]
        state = page.current_workflow_task_state.specific
        task = state.task.specific
        review = row["review"]
        if row["state"] == "changes_requested":
            failed = next(
                item for item in items if item.sort_order == review["failed_item"]
            )
            answers = _answers(items, no_on=failed, comment=review["comment"])
            task.on_action(state, reviewer, "reject", **answers)
        elif row["state"] == "approved":
            answers = _answers(items, comment=review["comment"])
            task.on_action(state, reviewer, "approve", **answers)
