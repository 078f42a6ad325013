"""The demo's data, with a marker word in every private text field of one organisation.

``mark_organisation`` starts from ``seed_demo``'s data (not a minimal fixture) and
writes ``MARKER`` into every text field of every row the access layer says the
organisation owns and nobody else may see (public rows, such as a published
material's live content or its public brochure, stay as they are), into an
unpublished revision of each of its materials and plans, into a private
document's bytes, a private image's file and metadata, review comments, and
print editions rendered after the marking.
"""

import io
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.db import models
from PIL import Image, PngImagePlugin
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, TaskState, WorkflowState
from wagtail.rich_text import RichText

from audiences import access
from audiences.models import Organisation

MARKER = "Zephyrquill"
# What a search box gets: the same word in another case, so an echo of the query
# is not taken for a leak (the backends match case-insensitively).
QUERY = "zephyrquill"

# Fields that hold codes, keys or references, not words a person wrote.
CODE_FIELDS = {"language", "object_id", "key", "code", "token", "stage", "kind"}


def text_fields(model):
    for f in model._meta.concrete_fields:
        if (
            isinstance(f, models.CharField | models.TextField)
            and not isinstance(f, models.SlugField)
            and not f.choices
            and not f.unique
            and not f.primary_key
            and f.name not in CODE_FIELDS
            and (f.max_length is None or f.max_length >= 30)
        ):
            yield f


def marked(field_, value):
    if isinstance(field_, models.EmailField):
        return f"{MARKER}@example.org"
    if isinstance(field_, models.URLField):
        return f"https://example.org/{MARKER}"
    value = value or ""
    room = (field_.max_length or 10_000) - len(MARKER) - 1
    return f"{value[:room]} {MARKER}".strip()


def owned_rows(model, organisation):
    """Rows of ``model`` that belong to ``organisation`` and are not public, nor
    shared with every organisation's members (a live reply playbook)."""
    rule = access.rule_for(model)
    rows = model._default_manager.filter(**{rule.organisation: organisation.pk})
    if rule.public is not None:
        rows = rows.exclude(rule.public())
    if rule.members is not None:
        rows = rows.exclude(rule.members())
    return rows


def snippet_models():
    """Owned models that are not pages and not the organisation's public record."""
    return [
        model
        for model in access.owned_models()
        if not issubclass(model, Page) and model is not Organisation
    ]


@dataclass
class Marked:
    organisation: Organisation
    materials: list = field(default_factory=list)
    drafts: list = field(default_factory=list)
    live: list = field(default_factory=list)
    in_review: object = None
    task_state: object = None
    plans: list = field(default_factory=list)
    document: object = None
    image: object = None
    editions: list = field(default_factory=list)
    lessons: list = field(default_factory=list)
    imports: list = field(default_factory=list)


def _png_with_marker():
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER)
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 60)).save(out, "PNG", pnginfo=info)
    return ContentFile(out.getvalue(), name="private-photo.png")


def mark_organisation(organisation, *, editor, planner):
    """Write the marker into everything private of ``organisation``."""
    from content.models import MaterialPage

    result = Marked(organisation)
    for model in snippet_models():
        if issubclass(model, (get_image_model(), get_document_model())):
            continue
        fields = list(text_fields(model))
        if not fields:
            continue
        for row in owned_rows(model, organisation):
            model._default_manager.filter(pk=row.pk).update(
                **{f.name: marked(f, getattr(row, f.name)) for f in fields}
            )

    # Materials: drafts in their row and revision, live ones in a newer revision.
    for page in MaterialPage.objects.filter(origin_organisation=organisation):
        was_live = page.live
        if not was_live:
            MaterialPage.objects.filter(pk=page.pk).update(
                title=marked(MaterialPage._meta.get_field("title"), page.title),
                summary=f"{page.summary} {MARKER}",
            )
            page.refresh_from_db()
        page.title = f"{page.title} {MARKER}"[:255]
        page.summary = f"{page.summary} {MARKER}"
        page.body.append(("paragraph", RichText(f"<p>Private note {MARKER}.</p>")))
        page.save_revision(user=editor, log_action=True)
        (result.live if was_live else result.drafts).append(page.pk)
        result.materials.append(page.pk)

    # Lessons: a draft lesson, and a live one with an unpublished revision. They
    # belong to the page tree, not to an organisation, but drafts stay private.
    result.lessons = _mark_lessons(editor)

    # One draft waits for review (for the organisation's reviewers only).
    waiting = MaterialPage.objects.get(pk=result.drafts[0])
    waiting.get_workflow().start(waiting, editor)
    waiting.refresh_from_db()
    result.in_review = waiting.pk
    result.task_state = waiting.current_workflow_task_state

    # Review comments of the organisation's materials.
    page_ids = [str(pk) for pk in result.materials]
    page_type = ContentType.objects.get_for_model(Page)
    states = TaskState.objects.filter(
        workflow_state__base_content_type=page_type,
        workflow_state__object_id__in=page_ids,
    )
    states.update(comment=MARKER)

    # Plans: an unapproved revision with the marker in its title.
    plan_model = next(
        m for m in snippet_models() if m._meta.model_name == "campaignplan"
    )
    for plan in owned_rows(plan_model, organisation):
        plan.title = f"{plan.title} {MARKER}"[:200]
        plan.save_revision(user=planner, log_action=True)
        result.plans.append(plan.pk)
    # A plan waiting for approval: the workflow reports have it to show.
    draft_plan = plan_model.objects.filter(pk__in=result.plans, live=False).first()
    workflow = draft_plan.get_workflow()
    assert workflow is not None, "campaign plans have no approval workflow"
    workflow.start(draft_plan, planner)

    # Private files: a document whose bytes carry the marker, an unused image.
    collection = organisation.collection
    result.document = get_document_model().objects.create(
        title=f"Minutes {MARKER}",
        file=ContentFile(f"Internal minutes: {MARKER}".encode(), name="minutes.txt"),
        collection=collection,
    )
    result.image = get_image_model().objects.create(
        title=f"Photo {MARKER}", file=_png_with_marker(), collection=collection
    )
    for model in (get_image_model(), get_document_model()):
        for row in owned_rows(model, organisation).exclude(
            pk__in=[result.document.pk, result.image.pk]
        ):
            model.objects.filter(pk=row.pk).update(title=f"{row.title} {MARKER}")
    result.imports = _mark_imports(organisation, result, editor, planner)
    return result


def _mark_imports(organisation, result, editor, planner):
    """Spreadsheet imports: a materials file named with the marker, and a results
    file whose private notes carry it (both checked, with errors in the report)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from content.imports import services

    materials = services.start(
        user=editor,
        organisation=organisation,
        kind="materials",
        upload=SimpleUploadedFile(
            f"{MARKER}.csv", f"group,language,title\n1,ru,{MARKER}\n".encode()
        ),
    )
    jobs = [materials.pk]
    if result.plans:
        data = f"activity,date,reach,notes\nnone,2000-01-01,5,{MARKER}\n".encode()
        results = services.start(
            user=planner,
            organisation=organisation,
            kind="results",
            upload=SimpleUploadedFile(f"{MARKER}-results.csv", data),
            options={"plan": result.plans[0]},
        )
        jobs.append(results.pk)
    return jobs


def _mark_lessons(editor):
    from content.models import LearnIndexPage, LessonPage

    index = LearnIndexPage.objects.filter(locale__language_code="kk").first()
    live = LessonPage.objects.child_of(index).live().first()
    draft = index.add_child(
        instance=LessonPage(
            title=f"Lesson draft {MARKER}",
            slug="marked-lesson-draft",
            intro=f"Draft intro {MARKER}",
            discussion=f"Draft question {MARKER}",
            body=live.body.raw_data,
            live=False,
        )
    )
    draft.save_revision(user=editor)
    live.discussion = f"{live.discussion}\nUnpublished question {MARKER}"
    live.intro = f"{live.intro} {MARKER}"
    live.save_revision(user=editor)
    return [draft.pk, live.pk]


def render_editions(marked_, *, editor, planner):
    """PDFs made after the marking: a draft brochure and a plan document."""
    from campaigns.models import CampaignPlan
    from campaigns.printing import request_plan_document
    from content import print_services as service
    from content.models import MaterialPage

    draft = MaterialPage.objects.get(pk=marked_.drafts[-1])
    editions = [
        service.material_edition(draft, draft.latest_revision, layout="a4", user=editor)
    ]
    plan = CampaignPlan.objects.filter(pk__in=marked_.plans, live=False).first()
    plan = plan or CampaignPlan.objects.get(pk=marked_.plans[0])
    editions.append(request_plan_document(plan, planner, "ru"))
    marked_.editions = [e.pk for e in editions]
    return editions


def snapshot(organisation, marked_):
    """Everything of the organisation's that a request could change."""
    state = {}
    for model in access.owned_models():
        # Public rows may grow: anyone may ask for a published material's brochure.
        rows = owned_rows(model, organisation)
        # Scans of a printed QR code are counted by anyone who scans it.
        fields = [
            f.name
            for f in model._meta.concrete_fields
            if f.name not in ("scans", "last_scan_on") and not f.primary_key
        ]
        state[model._meta.label] = serializers.serialize(
            "json", rows.order_by("pk"), fields=fields
        )
    pages = Page.objects.filter(pk__in=marked_.materials).order_by("pk")
    state["pages"] = list(
        pages.values(
            "pk",
            "path",
            "title",
            "draft_title",
            "live",
            "locked",
            "locked_by_id",
            "live_revision_id",
            "latest_revision_id",
            "has_unpublished_changes",
        )
    )
    ids = [str(pk) for pk in marked_.materials + marked_.plans]
    state["revisions"] = Revision.objects.filter(object_id__in=ids).count()
    state["workflows"] = list(
        WorkflowState.objects.filter(object_id__in=ids)
        .order_by("pk")
        .values_list("pk", "status")
    )
    state["tasks"] = list(
        TaskState.objects.filter(workflow_state__object_id__in=ids)
        .order_by("pk")
        .values_list("pk", "status", "finished_by_id")
    )
    return state
