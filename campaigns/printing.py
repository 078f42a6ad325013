"""The campaign plan as a PDF for partners and donors.

Registered with the print package (``content/printing``) from
``CampaignsConfig.ready``, so it renders on the same worker, with the same fonts,
fetcher and limits. Only public fields are printed: messengers by their public
label, no contact detail, no activity or result note, no adjustment log.
"""

import hashlib
from datetime import datetime, time, timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy

from audiences import access
from audiences.models import Messenger
from campaigns.models import Activity, CampaignPlan, ResultEntry
from campaigns.overview import load_plan, plan_overview, printed_scans
from content.printing import documents, registry, services
from content.printing.errors import Message, PrintError

KIND = "plan"
TIMELINE_WIDTH = 460  # SVG units; the drawing is scaled to the text width
MAX_ACTIVITIES = 600


def plan_version(plan):
    """A digest of what the document shows, so an edited plan is printed anew."""
    activities = Activity.objects.filter(plan=plan).order_by("pk")
    results = ResultEntry.objects.filter(activity__plan=plan).order_by("pk")
    printed = plan_overview_scans(plan)
    digest = hashlib.sha256()
    for row in (
        plan.latest_revision_id,
        plan.live_revision_id,
        list(
            activities.values_list(
                "pk",
                "title",
                "starts_at",
                "channel_id",
                "target_group_id",
                "messenger_id",
                "material_id",
                "status",
                "cost",
                "repeat",
                "repeat_until",
            )
        ),
        list(results.values_list("pk", *ResultEntry.FIGURES)),
        printed,
    ):
        digest.update(repr(row).encode())
    return digest.hexdigest()[:24]


def plan_overview_scans(plan):
    return printed_scans([plan]).get(plan.pk, {}).get("total", 0)


def request_plan_document(plan, user, language):
    revision = plan.live_revision if plan.live else plan.latest_revision
    return services.subject_edition(
        plan,
        kind=KIND,
        organisation=plan.organisation,
        title=plan.title,
        language=language,
        revision=revision,
        version=plan_version(plan),
        user=user,
    )


def timeline(plan, activities):
    """Dots on a month axis, one row per channel, for the plan period."""
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.combine(plan.starts_on, time.min), tz)
    end = timezone.make_aware(
        datetime.combine(plan.ends_on + timedelta(days=1), time.min), tz
    )
    span = max((end - start).total_seconds(), 1)
    rows = {}
    for activity in activities:
        name = activity.channel.localized_name if activity.channel_id else "—"
        row = rows.setdefault(name, [])
        for moment in activity.occurrences(start, end):
            x = round((moment - start).total_seconds() / span * TIMELINE_WIDTH, 1)
            row.append({"x": x, "done": activity.status == "done"})
    months = []
    cursor = plan.starts_on.replace(day=1)
    while cursor <= plan.ends_on:
        moment = timezone.make_aware(datetime.combine(cursor, time.min), tz)
        x = max(0.0, (moment - start).total_seconds() / span * TIMELINE_WIDTH)
        months.append({"x": round(x, 1), "label": date_format(cursor, "M Y")})
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    lines = [
        {"y": 28 + index * 22, "label": name, "dots": dots}
        for index, (name, dots) in enumerate(sorted(rows.items()))
    ]
    return {
        "months": months,
        "rows": lines,
        "height": 40 + 22 * max(1, len(lines)),
        "width": TIMELINE_WIDTH,
    }


def public_profiles(messengers):
    """Label, languages and regions: the roster's public profile, nothing more."""
    shown = Messenger.objects.filter(
        pk__in=[m.pk for m in messengers]
    ).prefetch_related("languages", "regions")
    profiles = []
    for messenger in sorted(shown, key=lambda m: str(m.public_label)):
        public = messenger.identity_public
        profiles.append(
            {
                "label": messenger.public_label,
                "languages": ", ".join(
                    sorted(loc.get_display_name() for loc in messenger.languages.all())
                )
                if public
                else "",
                "regions": ", ".join(
                    sorted(r.localized_name for r in messenger.regions.all())
                )
                if public
                else "",
            }
        )
    return profiles


def build_plan(edition, progress):
    try:
        plan = load_plan(CampaignPlan.objects.all(), int(edition.object_id))
    except (CampaignPlan.DoesNotExist, ValueError):
        raise PrintError(gettext_noop("The campaign plan no longer exists.")) from None
    context = plan_overview(plan)
    if len(context["activities"]) > MAX_ACTIVITIES:
        raise PrintError(
            Message.counted(
                ngettext_lazy(
                    "The plan has %(count)s activity; the document lists at most "
                    "%(limit)s. Export the activities as a table.",
                    "The plan has %(count)s activities; the document lists at most "
                    "%(limit)s. Export the activities as a table.",
                    "count",
                ),
                count=len(context["activities"]),
                limit=MAX_ACTIVITIES,
            )
        )
    progress(25, Message(gettext_noop("Drawing the timeline")))
    document = documents.new_document(
        plan.title, edition.language, "a4", author=plan.organisation.localized_name
    )
    context.update(
        {
            "edition": edition,
            "timeline": timeline(plan, context["activities"]),
            "audiences": list(plan.audiences.all()),
            "messages": list(plan.messages.all()),
            "risks": list(plan.risks.all()),
            "partners": list(plan.partners.all()),
            "messengers": public_profiles(context["messengers"]),
        }
    )
    return documents.render(document, "campaigns/print_plan.html", context)


def plan_link(edition):
    return reverse("kopir_campaigns:plan", args=[edition.object_id])


def register_plan_document():
    """From ``CampaignsConfig.ready``: plan documents, for the plan's planners."""
    registry.register(
        registry.DocumentType(
            kind=KIND,
            label=_("Campaign plan document"),
            build=build_plan,
            roles=access.PLANNERS,
            back_link=plan_link,
            back_label=_("Back to the plan"),
            templates=("campaigns/print_plan.html",),
        )
    )


def delete_plan_documents(sender, instance, **kwargs):
    """A deleted plan takes its documents (and their files) with it."""
    for edition in services.subject_editions(instance, KIND):
        edition.delete()
