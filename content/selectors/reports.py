"""Reads for the admin's reports and dashboard: review state, decisions, translations.

Every read starts from what the user may see (``content.access``); each costs a fixed
number of queries.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

from audiences import access
from content.access import visible_materials
from content.models.material import MaterialPage
from content.models.review import ChecklistReviewTaskState
from content.translations import (
    visible_with_status,
    with_languages,
    with_translation_status,
)


def with_review_state(queryset):
    """Annotate ``review_state``: draft, in_review, changes, live, live_draft."""
    page_type = ContentType.objects.get_for_model(Page)
    latest_workflow = WorkflowState.objects.filter(
        base_content_type=page_type,
        object_id=Cast(OuterRef("pk"), CharField()),
    ).order_by("-created_at")
    return queryset.annotate(
        workflow_status=Subquery(latest_workflow.values("status")[:1]),
        review_state=Case(
            When(
                workflow_status=WorkflowState.STATUS_IN_PROGRESS,
                then=Value("in_review"),
            ),
            When(
                Q(workflow_status=WorkflowState.STATUS_NEEDS_CHANGES)
                & Q(has_unpublished_changes=True),
                then=Value("changes"),
            ),
            When(
                Q(live=True) & Q(has_unpublished_changes=True), then=Value("live_draft")
            ),
            When(live=True, then=Value("live")),
            default=Value("draft"),
            output_field=CharField(),
        ),
    )


REVIEW_STATES = [
    ("draft", _("Draft")),
    ("in_review", _("In review")),
    ("changes", _("Changes requested")),
    ("live", _("Live")),
    ("live_draft", _("Live, with draft changes")),
]
REVIEW_STATE_LABELS = dict(REVIEW_STATES)


def label_review_states(materials):
    """Set ``review_state_label`` on materials annotated by ``with_review_state``."""
    for material in materials:
        material.review_state_label = str(REVIEW_STATE_LABELS[material.review_state])
    return materials


def materials_for(user):
    """The materials report: every material ``user`` may see, newest first."""
    materials = with_languages(
        with_translation_status(visible_materials(user)), visible_materials(user)
    )
    return (
        with_review_state(materials)
        .select_related("locale", "origin_organisation")
        .prefetch_related("narratives", "target_groups")
        .order_by("-latest_revision_created_at", "-pk")
    )


def decisions_for(user):
    """Approvals and change requests ``user`` may read, newest first."""
    states = ChecklistReviewTaskState.objects.filter(
        status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED]
    )
    if not access.is_site_admin(user):
        # A reviewer keeps their own decisions; the organisation's members
        # see every decision on its materials.
        own = access.organisation_ids(user, *access.MEMBERS)
        page_ids = (
            MaterialPage.objects.filter(origin_organisation_id__in=own)
            .annotate(pk_text=Cast("pk", CharField()))
            .values("pk_text")
        )
        states = states.filter(
            Q(workflow_state__object_id__in=page_ids) | Q(finished_by=user)
        )
    return (
        states.select_related("task", "finished_by", "workflow_state", "revision")
        .prefetch_related("review_answers")
        .order_by("-finished_at")
    )


def decided_materials(states):
    """The materials behind review decisions, by id, in one query."""
    ids = {int(state.workflow_state.object_id) for state in states}
    return {
        page.pk: page
        for page in MaterialPage.objects.filter(pk__in=ids).select_related(
            "locale", "origin_organisation"
        )
    }


def translation_groups(user):
    """One row per material (a group of translations): its original when the
    user may see it, else the first page of the group they may see."""
    pages = visible_with_status(user)
    first = (
        visible_materials(user)
        .filter(translation_key=OuterRef("translation_key"))
        .order_by(F("translated_from").asc(nulls_first=True), "pk")
        .values("pk")[:1]
    )
    return (
        pages.filter(pk=Subquery(first))
        .select_related("origin_organisation", "locale")
        .order_by("title", "pk")
    )


def translations_of(user, rows):
    """For report rows (one per translation group): ``{key: {code: page}}`` of
    the translations ``user`` may see, and the ids of those they may edit."""
    keys = {row.translation_key for row in rows}
    by_key = {}
    for page in (
        with_translation_status(visible_materials(user))
        .filter(translation_key__in=keys)
        .select_related("locale")
    ):
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    editable = set(
        visible_materials(user, access.CHANGE)
        .filter(translation_key__in=keys)
        .values_list("pk", flat=True)
    )
    return by_key, editable
