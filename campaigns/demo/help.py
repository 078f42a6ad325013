"""Where to get help in the demo (``help.yaml``): a placeholder advisory centre in
every region, a nationwide helpline placeholder, one private point of the Almaty
organisation, the four situations, their nationwide pathways and Almaty's own, and
the help page under each language's home page. Idempotent: a second run finds
every row by its key and changes nothing."""

from audiences.models import (
    HelpPoint,
    Organisation,
    Pathway,
    PathwayStep,
    Region,
    Situation,
)
from audiences.models.help import LANGUAGE_CODES
from campaigns.demo.data import load
from content.factories import build_help_pages


def _texts(item, fields, **names):
    values = {}
    for code in LANGUAGE_CODES:
        for field in fields:
            text = item.get(code, {}).get(field, "")
            values[f"{field}_{code}"] = text.format(**names.get(code, {}))
    return values


def _point(*, region, organisation, kind, texts, is_public):
    """One help point, found by its owner, region, kind and English name; saved
    only when something differs (a save clears the page cache)."""
    values = {
        **texts,
        "is_public": is_public,
        "is_placeholder": True,
        "organisation_id": organisation.pk if organisation else None,
    }
    point = HelpPoint.objects.filter(
        region=region, kind=kind, name_en=texts["name_en"]
    ).first()
    if point is None:
        return HelpPoint.objects.create(region=region, kind=kind, **values)
    if any(getattr(point, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(point, name, value)
        point.save()
    return point


def seed_help(regions, sites):
    """``regions``: slug → {code: Region} (``seed_taxonomy``); ``sites``: code →
    (home, library) (``seed_site``). Returns counts for the report."""
    data = load("help")
    fields = ("name", "address", "hours", "notes")
    region_points = {}
    # A region's placeholder belongs to the demo organisation of that region (its
    # members replace it); elsewhere to the site administrator.
    owners = {}
    for organisation in Organisation.objects.select_related("region").order_by("pk"):
        if organisation.region_id:
            owners.setdefault(organisation.region.translation_key, organisation)
    for slug, rows in regions.items():
        names = {code: {"region": rows[code].name} for code in LANGUAGE_CODES}
        region_points[slug] = _point(
            region=rows["ru"],
            organisation=owners.get(rows["ru"].translation_key),
            kind=data["region_point"]["kind"],
            texts=_texts(data["region_point"], fields, **names),
            is_public=True,
        )
    nationwide = _point(
        region=None,
        organisation=None,
        kind=data["nationwide_point"]["kind"],
        texts=_texts(data["nationwide_point"], fields),
        is_public=True,
    )
    private = data["private_point"]
    _point(
        region=regions[private["region"]]["ru"],
        organisation=Organisation.objects.get(slug=private["organisation"]),
        kind=private["kind"],
        texts=_texts(private, fields),
        is_public=False,
    )
    situations = {}
    for order, item in enumerate(data["situations"]):
        values = {**_texts(item, ("name", "description")), "sort_order": order}
        situation = Situation.objects.filter(slug=item["slug"]).first()
        if situation is None:
            situation = Situation.objects.create(slug=item["slug"], **values)
        elif any(getattr(situation, k) != v for k, v in values.items()):
            Situation.objects.filter(pk=situation.pk).update(**values)
            situation.refresh_from_db()
        situations[item["slug"]] = situation
    pathways = 0
    for where, by_situation in data["pathways"].items():
        region = None if where == "nationwide" else regions[where]["ru"]
        for slug, steps in by_situation.items():
            pathway, _ = Pathway.objects.get_or_create(
                situation=situations[slug], region=region
            )
            pathways += 1
            wanted = []
            for step in steps:
                point = {
                    "nationwide": nationwide,
                    "region": region_points.get(where) if region else None,
                }.get(step.get("point"))
                wanted.append(
                    (step["kk"], step["ru"], step["en"], point.pk if point else None)
                )
            current = [
                (s.text_kk, s.text_ru, s.text_en, s.help_point_id)
                for s in pathway.steps.order_by("sort_order")
            ]
            if current != wanted:
                pathway.steps.all().delete()
                for order, (kk, ru, en, point_id) in enumerate(wanted):
                    PathwayStep.objects.create(
                        pathway=pathway,
                        sort_order=order,
                        text_kk=kk,
                        text_ru=ru,
                        text_en=en,
                        help_point_id=point_id,
                    )
    page = data["help_page"]
    build_help_pages(
        {code: home for code, (home, _library) in sites.items()},
        slug=page["slug"],
        texts={
            code: (page[code]["title"], page[code]["intro"]) for code in LANGUAGE_CODES
        },
    )
    return {
        "points": HelpPoint.objects.count(),
        "pathways": pathways,
        "regions": Region.objects.filter(locale__language_code="ru").count(),
    }
