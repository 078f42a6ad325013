"""The demo's taxonomy in three languages: themes, formats, narratives
(``taxonomy.yaml``, ``narratives.yaml``), regions, channels, target groups with
their evidence (``regions.yaml``, ``channels.yaml``, ``target_groups.yaml``), the
communities materials show (``communities.yaml``) and the organisations
(``organisations.yaml``).

Records are created with ``audiences.factories.translated``, the helper the tests
and the benchmarks use, and left alone when they already match.
"""

from decimal import Decimal

from audiences.factories import LANGUAGE_CODES, ensure_locales, translated
from audiences.models import (
    Channel,
    Community,
    Evidence,
    MediaHabit,
    Organisation,
    Region,
    TargetGroup,
)
from campaigns.demo.data import load
from content.models import Format, NarrativeCountered, Theme

EVIDENCE_FIELDS = ("statement", "value", "unit", "source", "sort_order")
HABIT_FIELDS = ("channel_id", "share", "source", "sort_order")


def _names(item):
    return {code: item[code] for code in LANGUAGE_CODES}


def upsert_translated(model, *, slug, names, **fields):
    """``translated`` that leaves records alone when they already match.

    Every save queues search and reference-index tasks and clears the page cache,
    so a second run of the command should save nothing it does not change.
    """
    existing = {
        obj.locale.language_code: obj
        for obj in model.objects.filter(slug=slug).select_related("locale")
    }
    complete = set(LANGUAGE_CODES) <= set(existing) and (
        len({existing[code].translation_key for code in LANGUAGE_CODES}) == 1
    )
    if complete and all(
        _matches(existing[code], {**_local(names[code]), **fields})
        for code in LANGUAGE_CODES
    ):
        return {code: existing[code] for code in LANGUAGE_CODES}
    return translated(model, slug=slug, names=names, **fields)


def _local(value):
    return {"name": value} if isinstance(value, str) else value


def _matches(obj, values):
    return all(getattr(obj, field) == value for field, value in values.items())


def seed_taxonomy():
    """Every taxonomy record in three languages, as ``{kind: {slug: {code: obj}}}``."""
    locales = ensure_locales()
    content = load("taxonomy")
    themes = {
        item["slug"]: upsert_translated(Theme, slug=item["slug"], names=_names(item))
        for item in content["themes"]
    }
    formats = {
        item["slug"]: upsert_translated(Format, slug=item["slug"], names=_names(item))
        for item in content["formats"]
    }
    narratives = {}
    for item in load("narratives")["narratives"]:
        records = upsert_translated(
            NarrativeCountered,
            slug=item["slug"],
            names=_names(item),
            number=item["number"],
        )
        for code, narrative in records.items():
            narrative.alternative_themes.set(
                [themes[slug][code] for slug in item["alternative_themes"]]
            )
        narratives[item["slug"]] = records
    regions = seed_regions()
    channels = {
        item["slug"]: upsert_translated(
            Channel, slug=item["slug"], names=_names(item), kind=item["kind"]
        )
        for item in load("channels")["channels"]
    }
    target_groups = {
        item["slug"]: seed_target_group(item, locales, regions, channels)
        for item in load("target_groups")["target_groups"]
    }
    communities = {
        item["slug"]: upsert_translated(
            Community,
            slug=item["slug"],
            names=_names(item),
            kind=item["kind"],
            often_demonised=item["often_demonised"],
        )
        for item in load("communities")["communities"]
    }
    return {
        "themes": themes,
        "formats": formats,
        "narratives": narratives,
        "regions": regions,
        "channels": channels,
        "target_groups": target_groups,
        "communities": communities,
        "organisations": seed_organisations(regions),
    }


def seed_regions():
    """The regions and cities (their help points: ``campaigns.demo.help``)."""
    data = load("regions")
    regions = {
        item["slug"]: upsert_translated(
            Region, slug=item["slug"], names=_names(item), kind=item["kind"]
        )
        for item in data["regions"]
    }
    return regions


def seed_organisations(regions):
    """The demo organisations, by slug (saving one provisions its groups)."""
    organisations = {}
    for item in load("organisations")["organisations"]:
        values = {
            "name": item["name"],
            "name_kk": item.get("name_kk", ""),
            "name_ru": item.get("name_ru", ""),
            "name_en": item.get("name_en", ""),
            "kind": item["kind"],
            "region": regions[item["region"]]["kk"],
            "description": item["description"],
        }
        organisation = Organisation.objects.filter(slug=item["slug"]).first()
        if organisation is None or not _matches(organisation, values):
            organisation, _ = Organisation.objects.update_or_create(
                slug=item["slug"], defaults=values
            )
        organisations[item["slug"]] = organisation
    return organisations


def seed_target_group(item, locales, regions, channels):
    """One target group per language, its evidence and media habits replaced."""
    sources = load("target_groups")["sources"]
    records = upsert_translated(
        TargetGroup,
        slug=item["slug"],
        names=_names(item),
        age_min=item["age_min"],
        age_max=item["age_max"],
        setting=item["setting"],
        gender_focus=item["gender_focus"],
    )
    for code, group in records.items():
        languages = [locales[lang] for lang in item["languages"]]
        group_regions = [regions[slug][code] for slug in item["regions"]]
        evidence = [
            Evidence(
                statement=row["statement"][code],
                value=None if row["value"] is None else Decimal(str(row["value"])),
                unit=row["unit"],
                source=sources[row["source"]][code],
                sort_order=order,
            )
            for order, row in enumerate(item["evidence"])
        ]
        habits = [
            MediaHabit(
                channel=channels[row["channel"]][code],
                share=Decimal(str(row["share"])),
                source=sources[row["source"]][code],
                sort_order=order,
            )
            for order, row in enumerate(item["media_habits"])
        ]
        current = (
            {obj.pk for obj in group.languages.all()},
            {obj.pk for obj in group.regions.all()},
            [_row(obj, EVIDENCE_FIELDS) for obj in group.evidence.all()],
            [_row(obj, HABIT_FIELDS) for obj in group.media_habits.all()],
        )
        wanted = (
            {obj.pk for obj in languages},
            {obj.pk for obj in group_regions},
            [_row(obj, EVIDENCE_FIELDS) for obj in evidence],
            [_row(obj, HABIT_FIELDS) for obj in habits],
        )
        if current == wanted:
            continue
        group.languages = languages
        group.regions = group_regions
        # Assigning a list to a child relation replaces the rows on save.
        group.evidence = evidence
        group.media_habits = habits
        group.save()
    return records


def _row(obj, fields):
    return tuple(getattr(obj, field) for field in fields)
