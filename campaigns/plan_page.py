"""The plan page: the plan's document and check, and its activities a page at a time.

``overview.plan_overview`` loads every activity as a model object: right for the
PDF and the preview, too slow for a plan with a thousand activities. The page asks
the database instead: the first ``ACTIVITY_GAPS`` gaps of activities and their
number, the messengers the activities use, the planned cost as a sum, and one page
of ``ACTIVITIES_PER_PAGE`` activities as plain values, grouped by month. Its
queries and its HTML do not grow with the number of activities.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q, Sum
from django.utils import timezone
from django.utils.translation import ngettext

from audiences.models import Channel, Messenger, TargetGroup
from audiences.names import key_name
from campaigns.models.activity import Activity
from campaigns.overview import (
    coverage,
    exchanges,
    plan_help_links,
    printed_scans,
    result_totals,
    rollups,
)
from campaigns.plan_check import PARTS_PREFETCH, Gap, activity_gap, plan_gaps

ACTIVITIES_PER_PAGE = 50
# Gaps of activities listed one by one; the rest are counted in one line.
ACTIVITY_GAPS = 10


def load_plan_page(queryset, pk):
    """The plan with its parts, without its activities."""
    return (
        queryset.select_related("organisation")
        .prefetch_related("partners", *PARTS_PREFETCH)
        .get(pk=pk)
    )


def gap_candidates(plan):
    """The plan's activities that ``plan_check.activity_gap`` finds a gap in:
    not cancelled, and without a material or with one in a language their
    target group does not read (a group without languages reads any)."""
    reads = TargetGroup.languages.through.objects.filter(
        targetgroup_id=OuterRef("target_group_id")
    )
    return (
        Activity.objects.filter(plan=plan)
        .exclude(status=Activity.Status.CANCELLED)
        .annotate(
            reads_any=Exists(reads),
            reads_material=Exists(
                reads.filter(locale_id=OuterRef("material__locale_id"))
            ),
        )
        .filter(Q(material=None) | Q(reads_any=True, reads_material=False))
    )


def activity_part(plan):
    """(gaps, messengers) for ``plan_gaps``, and the number of gaps not listed."""
    candidates = gap_candidates(plan)
    first = list(
        candidates.select_related("material__locale", "target_group").prefetch_related(
            "target_group__languages"
        )[:ACTIVITY_GAPS]
    )
    hidden = candidates.count() - len(first)
    gaps = [activity_gap(activity) for activity in first]
    if hidden > 0:
        gaps.append(
            Gap(
                "activities",
                ngettext(
                    "…and %(count)s more activity with the same kind of gap "
                    "(see the activities below).",
                    "…and %(count)s more activities with the same kinds of gap "
                    "(see the activities below).",
                    hidden,
                )
                % {"count": hidden},
            )
        )
    used = Messenger.objects.filter(
        pk__in=Activity.objects.filter(plan=plan)
        .exclude(status=Activity.Status.CANCELLED)
        .values("messenger_id")
    )
    return (gaps, list(used)), max(hidden, 0)


@dataclass(slots=True)
class Row:
    """One line of the activities table: plain values, names localised."""

    pk: int
    title: str
    starts_at: datetime  # local time
    month: date
    repeat: str
    repeat_until: date | None
    channel: str
    target_group: str
    messenger: str
    material: str
    status: str
    cost: Decimal


FIELDS = (
    "pk",
    "title",
    "starts_at",
    "repeat",
    "repeat_until",
    "status",
    "cost",
    "channel__translation_key",
    "channel__name",
    "target_group__translation_key",
    "target_group__name",
    "messenger_id",
    "messenger__public_name",
    "messenger__kind",
    "messenger__identity_public",
    "material__title",
    "material__locale__language_code",
)


def activity_rows(values):
    """``Row``s from ``FIELDS`` values. A messenger shows only its public label."""
    repeats = {value: str(label) for value, label in Activity.Repeat.choices}
    statuses = {value: str(label) for value, label in Activity.Status.choices}
    rows = []
    for v in values:
        local = timezone.localtime(v["starts_at"])
        messenger = ""
        if v["messenger_id"]:
            messenger = Messenger(
                public_name=v["messenger__public_name"],
                kind=v["messenger__kind"],
                identity_public=v["messenger__identity_public"],
            ).public_label
        material = ""
        if v["material__title"]:
            material = (
                f"{v['material__title']} ({v['material__locale__language_code']})"
            )
        rows.append(
            Row(
                pk=v["pk"],
                title=v["title"],
                starts_at=local,
                month=local.date().replace(day=1),
                repeat=repeats.get(v["repeat"], "") if v["repeat"] else "",
                repeat_until=v["repeat_until"],
                channel=key_name(
                    Channel, v["channel__translation_key"], v["channel__name"]
                ),
                target_group=key_name(
                    TargetGroup,
                    v["target_group__translation_key"],
                    v["target_group__name"],
                ),
                messenger=messenger,
                material=material,
                status=statuses.get(v["status"], v["status"]),
                cost=v["cost"],
            )
        )
    return rows


def plan_page(plan, page_number):
    """Template context of the plan page for a plan loaded with ``load_plan_page``."""
    activities = Activity.objects.filter(plan=plan)
    paginator = Paginator(
        activities.order_by("starts_at", "pk").values(*FIELDS), ACTIVITIES_PER_PAGE
    )
    page = paginator.get_page(page_number)
    part, hidden = activity_part(plan)
    gaps = plan_gaps(plan, activity_part=part)
    printed = printed_scans([plan])
    totals = result_totals([plan], printed=printed)
    material_ids = activities.exclude(material=None).order_by("starts_at", "pk")
    return {
        "plan": plan,
        "gaps": gaps,
        # The "…and N more" line stands for N gaps.
        "gap_count": len(gaps) + hidden - (1 if hidden else 0),
        "activities": activity_rows(page.object_list),
        "activity_page": page,
        "page_range": list(paginator.get_elided_page_range(page.number)),
        "total_cost": activities.aggregate(total=Sum("cost"))["total"] or Decimal(0),
        "coverage": coverage([plan]),
        "rollups": rollups(plan.indicators.all(), totals.get(plan.pk, {})),
        "exchanges": exchanges(totals.get(plan.pk, {})),
        "printed": printed.get(plan.pk) or {"total": 0, "materials": []},
        "preview": False,
        "help_links": plan_help_links(plan),
        "material_ids": ",".join(
            str(pk)
            for pk in dict.fromkeys(material_ids.values_list("material_id", flat=True))
        ),
    }
