"""Turning a campaign's lessons learned into a case-study material in the library."""

from django.core.exceptions import PermissionDenied
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from audiences import access
from content.models import Format, MaterialPage
from content.organisations import space_for
from content.services import _free_slug, localise_taxonomy


class CaseStudyError(Exception):
    pass


def _paragraphs(text):
    return "".join(
        f"<p>{escape(chunk.strip())}</p>"
        for chunk in text.split("\n\n")
        if chunk.strip()
    )


def lessons_to_case_study(plan, user):
    """A private draft material in the organisation's space, for review as usual.

    Only the plan's public parts go in: goal, audiences, what was done, results
    in figures, lessons. Never messenger identities, contacts or internal notes.
    """
    if not plan.lessons_learned.strip():
        raise CaseStudyError(_("Write the lessons learned first."))
    if (
        plan.case_study_id
        and MaterialPage.objects.filter(pk=plan.case_study_id).exists()
    ):
        raise CaseStudyError(
            _("This campaign already has a case study in the library.")
        )
    if not access.is_site_admin(user) and not access.has_role(
        user, plan.organisation_id, *access.EDITORS
    ):
        raise PermissionDenied
    locale = Locale.get_default()
    space = space_for(plan.organisation, locale)
    audiences = ", ".join(str(a.target_group) for a in plan.audiences.all())
    activities = plan.activities.exclude(status="cancelled").select_related("channel")
    done = [a for a in activities if a.status == "done"]
    channels = sorted({a.channel.name for a in activities})
    body = [
        {"type": "heading", "value": {"text": _("The goal"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": _paragraphs(
                "\n\n".join(
                    t for t in (plan.problem, plan.change_sought, plan.objective) if t
                )
            )
            or "<p>—</p>",
        },
        {"type": "heading", "value": {"text": _("Who it was for"), "level": "h2"}},
        {"type": "paragraph", "value": _paragraphs(audiences or "—")},
        {"type": "heading", "value": {"text": _("What we did"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": _paragraphs(
                _(
                    "%(done)s of %(all)s planned activities took place, on: "
                    "%(channels)s."
                )
                % {
                    "done": len(done),
                    "all": len(activities),
                    "channels": ", ".join(channels) or "—",
                }
            ),
        },
        {"type": "heading", "value": {"text": _("Lessons learned"), "level": "h2"}},
        {"type": "paragraph", "value": _paragraphs(plan.lessons_learned)},
    ]
    title = _("Case study: %(title)s") % {"title": plan.title}
    page = MaterialPage(
        title=title[:255],
        draft_title=title[:255],
        slug=_free_slug(space, slugify(f"case-study-{plan.pk}") or "case-study"),
        summary=(plan.objective or plan.lessons_learned)[:600],
        format=Format.objects.filter(slug="article", locale=locale).first(),
        body=body,
        locale=locale,
        owner=user,
        live=False,
    )
    space.add_child(instance=page)
    page.target_groups.set([a.target_group for a in plan.audiences.all()])
    page.narratives.set({m.narrative for m in plan.messages.all() if m.narrative_id})
    page.save()
    page.save_revision(user=user, log_action=True)
    localise_taxonomy(material=page)
    plan.case_study = page
    type(plan).objects.filter(pk=plan.pk).update(case_study=page)
    return page
