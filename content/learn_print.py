"""A recognition lesson's A4 plan for an offline workshop, through the print engine.

Registered with the print package (``content/printing``) from
``ContentConfig.ready``: the same worker, fonts (Noto, with every Kazakh letter)
and limits as brochures. Only a published lesson is printed, from its live
revision, so the plan shows nothing the public lesson does not: the exercises
with their answers and feedback, the examples with their marked techniques and
the discussion questions. An edition belongs to the organisation of the member
who asked for it (a print edition needs one), and its members reach it.
"""

from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from audiences import access
from audiences.models import Organisation
from content.learn_blocks import EXERCISE_BLOCKS
from content.models import LessonPage, ManipulationTechnique
from content.printing import registry, services
from content.printing.documents import new_document, render
from content.printing.errors import Message, PrintError
from content.printing.richtext import print_html

KIND = "lesson"


def request_lesson_plan(page, user):
    """Queue the A4 plan of a published lesson for ``user``'s organisation."""
    if not page.live or page.live_revision_id is None:
        raise PrintError(gettext_noop("Only a published lesson can be printed."))
    ids = sorted(access.organisation_ids(user, *access.MEMBERS))
    organisation = Organisation.objects.filter(pk__in=ids).first()
    if organisation is None and access.is_site_admin(user):
        organisation = Organisation.objects.order_by("pk").first()
    if organisation is None:
        raise PrintError(
            gettext_noop("Lesson plans are printed by members of an organisation.")
        )
    return services.subject_edition(
        page,
        kind=KIND,
        organisation=organisation,
        title=page.title,
        language=page.locale.language_code,
        revision=page.live_revision,
        # An edition belongs to one organisation: another's member gets their own.
        version=f"{page.live_revision_id}:{organisation.pk}",
        user=user,
    )


def lesson_blocks(lesson):
    names = dict(
        ManipulationTechnique.objects.filter(locale_id=lesson.locale_id).values_list(
            "slug", "name"
        )
    )
    blocks = []
    for number, block in enumerate(lesson.body, start=1):
        where = Message(
            gettext_noop("“%(title)s”, block %(number)s"),
            title=lesson.title,
            number=number,
        )
        item = {"type": block.block_type, "value": block.value}
        if block.block_type == "explanation":
            item["html"] = mark_safe(print_html(block.value, where))
        example = block.value.get("example") if hasattr(block.value, "get") else None
        if example is not None:
            item["example"] = example
            item["marked"] = example.segments(names)
        if block.block_type in EXERCISE_BLOCKS:
            item["options"] = [
                {
                    "label": option["technique"].name
                    if option.get("technique")
                    else option.get("text", ""),
                    "good": bool(option.get("correct") or option.get("good")),
                    "feedback": option["feedback"],
                }
                for option in block.value["options"]
            ]
        blocks.append(item)
    return blocks


def build_lesson(edition, progress):
    page = LessonPage.objects.select_related("locale").get(pk=edition.object_id)
    lesson = edition.revision.as_object() if edition.revision else page
    document = new_document(
        lesson.title,
        page.locale.language_code,
        "a4",
        author=edition.organisation.localized_name,
    )
    progress(30, Message(gettext_noop("Preparing the lesson plan")))
    context = {
        "lesson": lesson,
        "blocks": lesson_blocks(lesson),
        "questions": lesson.discussion_questions(),
        "online_url": page.full_url or "",
    }
    return render(document, "print/lesson_plan.html", context)


def _lesson_link(edition):
    if not edition.object_id:
        return None
    return reverse("kopir_learn_facilitator", args=[edition.object_id])


def register_lesson_plan():
    """From ``ContentConfig.ready``: lesson plans, for the members who print them."""
    registry.register(
        registry.DocumentType(
            kind=KIND,
            label=_("Lesson plan"),
            build=build_lesson,
            roles=access.MEMBERS,
            back_link=_lesson_link,
            back_label=_("Back to the facilitator view"),
            templates=("print/lesson_plan.html",),
        )
    )
