"""What the plan page shows: the GAMMMA+ document, its check, coverage and results.

Every function here costs a fixed number of queries, whatever the number of
messages, activities or results.
"""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import translation
from wagtail.models import Locale

from audiences.models import Community, TargetGroup, default_locale_taxonomy
from audiences.names import sort_localized
from campaigns.models.activity import Activity
from campaigns.models.messages import Indicator
from campaigns.models.results import ResultEntry
from campaigns.plan_check import PLAN_PREFETCH, plan_gaps
from content.models import MaterialPage, NarrativeCountered, PrintLink
from content.selectors import help as help_selectors

LANGUAGES = ("kk", "ru", "en")


def load_plan(queryset, pk):
    return (
        queryset.select_related("organisation")
        .prefetch_related("partners", *PLAN_PREFETCH)
        .get(pk=pk)
    )


def plan_overview(plan, preview=False):
    """Template context for one plan (loaded with ``load_plan``, or a preview)."""
    activities = (
        sorted(plan.activities.all(), key=lambda a: (a.starts_at, a.pk))
        if plan.pk
        else []
    )
    printed = printed_scans([plan]) if plan.pk else {}
    totals = result_totals([plan], printed=printed) if plan.pk else {}
    gaps = plan_gaps(plan)
    return {
        "plan": plan,
        "gaps": gaps,
        "gap_count": len(gaps),
        "activities": activities,
        "total_cost": sum((a.cost for a in activities), Decimal(0)),
        "coverage": coverage([plan], preview_messages=plan.messages.all()),
        "rollups": rollups(plan.indicators.all(), totals.get(plan.pk, {})),
        "exchanges": exchanges(totals.get(plan.pk, {})),
        "messengers": sorted(
            {m for msg in plan.messages.all() for m in msg.messengers.all()},
            key=lambda m: m.public_name,
        ),
        "printed": printed.get(plan.pk) or {"total": 0, "materials": []},
        "preview": preview,
        "help_links": plan_help_links(plan),
    }


def result_totals(plans, printed=None):
    """{plan pk: {figure: sum}} for the plans' results, in three queries.

    QR scans add what the results log says and what Kopir counted on the printed
    brochures of the plan's materials (``printed_scans``). ``constructive`` and
    ``exchanges`` count the results whose reply exchange went constructively,
    and those whose tone was recorded at all (same query).
    """
    keys = (*ResultEntry.FIGURES, *EXCHANGE_COUNTS)
    rows = (
        ResultEntry.objects.filter(activity__plan__in=[p.pk for p in plans])
        .values("activity__plan")
        .annotate(
            **{f: Sum(f) for f in ResultEntry.FIGURES},
            constructive=Count("pk", filter=Q(tone=ResultEntry.Tone.CONSTRUCTIVE)),
            exchanges=Count("pk", filter=~Q(tone="")),
        )
    )
    totals = {row["activity__plan"]: {f: row[f] or 0 for f in keys} for row in rows}
    if printed is None:
        printed = printed_scans(plans)
    for plan_pk, counted in printed.items():
        figures = totals.setdefault(plan_pk, dict.fromkeys(keys, 0))
        figures["qr_scans"] += counted["total"]
    return totals


EXCHANGE_COUNTS = ("constructive", "exchanges")


def exchanges(totals):
    """Constructive reply exchanges out of those recorded, with their share."""
    constructive = totals.get("constructive", 0)
    recorded = totals.get("exchanges", 0)
    return {
        "constructive": constructive,
        "recorded": recorded,
        "percent": round(constructive * 100 / recorded) if recorded else None,
    }


def printed_scans(plans):
    """Scans counted by the QR codes of printed editions of each plan's materials.

    A material counts in every language it was printed in. Only aggregates exist:
    {plan pk: {"total": n, "materials": [{title, language, scans, editions}]}}.
    Two queries, whatever the number of plans, materials or editions.
    """
    pairs = (
        Activity.objects.filter(plan__in=[p.pk for p in plans], material__isnull=False)
        .values_list("plan_id", "material__translation_key")
        .distinct()
    )
    keys = defaultdict(set)
    for plan_pk, translation_key in pairs:
        keys[plan_pk].add(translation_key)
    if not keys:
        return {}
    rows = (
        PrintLink.objects.filter(
            page__translation_key__in={k for ks in keys.values() for k in ks}
        )
        .values("page__translation_key", "page__title", "page__locale__language_code")
        .annotate(scans=Sum("scans"), editions=Count("edition", distinct=True))
        .order_by("page__title")
    )
    by_key = defaultdict(list)
    for row in rows:
        by_key[row["page__translation_key"]].append(
            {
                "title": row["page__title"],
                "language": row["page__locale__language_code"],
                "scans": row["scans"] or 0,
                "editions": row["editions"],
            }
        )
    result = {}
    for plan_pk, translation_keys in keys.items():
        materials = [m for k in translation_keys for m in by_key.get(k, [])]
        result[plan_pk] = {
            "total": sum(m["scans"] for m in materials),
            "materials": sorted(materials, key=lambda m: (-m["scans"], m["title"])),
        }
    return result


def rollups(indicators, totals):
    """Each indicator against its target, with the share reached for the chart."""
    rows = []
    for indicator in indicators:
        if indicator.metric == Indicator.Metric.MANUAL:
            current = indicator.measured
        else:
            current = Decimal(totals.get(indicator.metric, 0))
        share = None
        if current is not None and indicator.target:
            share = min(float(current / indicator.target), 1.5)
        rows.append(
            {
                "indicator": indicator,
                "current": current,
                "share": share,
                "percent": None if share is None else round(share * 100),
                "bar": None if share is None else round(min(share, 1.5) * 200),
                "baseline_x": (
                    round(min(float(indicator.baseline / indicator.target), 1.5) * 200)
                    if indicator.target
                    else 0
                ),
            }
        )
    return rows


def coverage(plans, preview_messages=None):
    """Target group × narrative: messages and activities per language, and library.

    Rows are the plans' target groups (or all groups for an organisation), columns
    the six narratives. Materials are counted across the published library.
    """
    plans = list(plans)
    narratives = list(NarrativeCountered.objects.filter(locale__language_code="ru"))
    if not narratives:
        narratives = list(
            NarrativeCountered.objects.filter(locale=Locale.get_default())
        )
    messages = []
    group_ids = set()
    for plan in plans:
        plan_messages = (
            preview_messages if preview_messages is not None else plan.messages.all()
        )
        messages.extend(plan_messages)
        group_ids.update(a.target_group_id for a in plan.audiences.all())
    group_ids.update(m.target_group_id for m in messages)
    groups = sort_localized(TargetGroup.objects.filter(pk__in=group_ids))

    cells = defaultdict(lambda: {"messages": set(), "activities": 0, "materials": {}})
    for message in messages:
        if message.narrative_id:
            key = (message.target_group_id, message.narrative_id)
            cells[key]["messages"].add(message.language.language_code)
    activity_rows = (
        Activity.objects.filter(plan__in=[p.pk for p in plans if p.pk])
        .exclude(status=Activity.Status.CANCELLED)
        .exclude(message__narrative=None)
        .values("target_group", "message__narrative")
        .annotate(n=Count("pk"))
    )
    for row in activity_rows:
        cells[(row["target_group"], row["message__narrative"])]["activities"] += row[
            "n"
        ]

    by_key_group = {g.translation_key: g.pk for g in groups}
    by_key_narrative = {n.translation_key: n.pk for n in narratives}
    material_rows = (
        MaterialPage.objects.live()
        .filter(target_groups__translation_key__in=by_key_group)
        .values(
            "target_groups__translation_key",
            "narratives__translation_key",
            "locale__language_code",
        )
        .annotate(n=Count("pk", distinct=True))
    )
    for row in material_rows:
        group = by_key_group.get(row["target_groups__translation_key"])
        narrative = by_key_narrative.get(row["narratives__translation_key"])
        if group and narrative:
            cells[(group, narrative)]["materials"][row["locale__language_code"]] = row[
                "n"
            ]

    grid = []
    for r, group in enumerate(groups):
        row = []
        y = 44 + r * 70
        for c, narrative in enumerate(narratives):
            cell = cells.get((group.pk, narrative.pk)) or {
                "messages": set(),
                "activities": 0,
                "materials": {},
            }
            x = 220 + c * 150
            counts = [cell["materials"].get(code, 0) for code in LANGUAGES]
            row.append(
                {
                    "x": x,
                    "y": y,
                    "narrative": narrative,
                    "dots": [
                        {
                            "cx": x + 18 + i * 16,
                            "cy": y + 18,
                            "on": code in cell["messages"],
                            "code": code,
                        }
                        for i, code in enumerate(LANGUAGES)
                    ],
                    "bars": [
                        {
                            "x": x + 13 + i * 16,
                            "y": y + 58 - min(n, 8) * 3,
                            "h": max(min(n, 8) * 3, 1),
                            "n": n,
                            "code": LANGUAGES[i],
                        }
                        for i, n in enumerate(counts)
                    ],
                    "activities": cell["activities"],
                    "covered": bool(cell["messages"] or cell["activities"]),
                    "library": sum(counts),
                }
            )
        grid.append({"group": group, "cells": row, "y": y})
    return {
        "narratives": [
            {
                "narrative": n,
                "x": 220 + 75 + c * 150,
                "lines": _wrap(f"{c + 1}. {n.localized_name}"),
            }
            for c, n in enumerate(narratives)
        ],
        "rows": grid,
        "languages": LANGUAGES,
        "width": 220 + 150 * len(narratives) + 10,
        "height": 44 + 70 * len(grid) + 30,
        "uncovered": sum(not c["covered"] for row in grid for c in row["cells"]),
        "communities": community_coverage(plans),
    }


def community_coverage(plans):
    """Per plan, the communities no material of its activities shows.

    Two queries whatever the number of plans, activities and communities.
    Cancelled activities do not count; a material counts in any language (its
    communities link the rows of its own language: same translation key).
    Communities are the default language's rows, named in the reader's.
    """
    plans = [plan for plan in plans if plan.pk]
    communities = sort_localized(Community.objects.filter(default_locale_taxonomy()))
    shown = defaultdict(set)
    if plans and communities:
        rows = (
            Activity.objects.filter(plan__in=[plan.pk for plan in plans])
            .exclude(status=Activity.Status.CANCELLED)
            .filter(material__communities__isnull=False)
            .values_list("plan_id", "material__communities__translation_key")
            .order_by()
            .distinct()
        )
        for plan_id, key in rows:
            shown[plan_id].add(key)
    result = []
    for plan in plans:
        keys = shown[plan.pk]
        missing = [c for c in communities if c.translation_key not in keys]
        result.append(
            {
                "plan": plan,
                "shown": [c for c in communities if c.translation_key in keys],
                "missing": missing,
                "missing_demonised": [c for c in missing if c.often_demonised],
            }
        )
    return result


def _wrap(text, width=24, lines=2):
    """Split a heading into at most ``lines`` lines for the picture."""
    words, result, current = text.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            result.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    result.append(current)
    if len(result) > lines:
        result = result[:lines]
        result[-1] = result[-1][: width - 1] + "…"
    return result


def plan_help_links(plan):
    """The public help pages (content.HelpPage) of the plan's regions: those of its
    target groups and of its organisation, in the reader's language."""
    return help_selectors.help_links(
        target_group_ids=[a.target_group_id for a in plan.audiences.all()],
        region_ids=[plan.organisation.region_id] if plan.organisation_id else [],
        language=(translation.get_language() or "")[:2],
    )
