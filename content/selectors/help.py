"""Reads for the public help pages and brochures: public help points and pathways.

Every read here keeps private help points out (``is_public``): a pathway step that
points at a private one shows its text without the point. Queries are fixed per
page, whatever the number of regions, points or steps.
"""

from django.conf import settings
from django.db.models import Prefetch, Q

from audiences.models import HelpPoint, Pathway, PathwayStep, Region, Situation
from audiences.names import collation_key


def default_regions():
    """Every region in the default language (help points point at these), by name."""
    return Region.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def region_names(language):
    """Region translation key → the region's name in ``language`` (one query)."""
    return dict(
        Region.objects.filter(locale__language_code=language).values_list(
            "translation_key", "name"
        )
    )


def public_points():
    return HelpPoint.objects.filter(is_public=True).prefetch_related("languages")


def _steps():
    return Prefetch(
        "steps",
        queryset=PathwayStep.objects.order_by("sort_order").select_related(
            "help_point"
        ),
    )


def _public_step_points(pathways):
    """Forget a step's help point unless it is public (never shown otherwise)."""
    for pathway in pathways:
        for step in pathway.steps.all():
            if step.help_point_id and not step.help_point.is_public:
                step.help_point = None
                step.help_point_id = None
    return pathways


def pathways_for(region_ids):
    """For each situation, the pathway of the first of ``region_ids`` that has one,
    else the nationwide pathway: ``[(situation, pathway or None)]``."""
    situations = list(Situation.objects.all())
    pathways = _public_step_points(
        list(
            Pathway.objects.filter(
                Q(region__isnull=True) | Q(region_id__in=region_ids)
            ).prefetch_related(_steps())
        )
    )
    chosen = []
    for situation in situations:
        own = [p for p in pathways if p.situation_id == situation.pk]
        match = next(
            (p for rid in region_ids for p in own if p.region_id == rid), None
        ) or next((p for p in own if p.region_id is None), None)
        chosen.append((situation, match))
    return chosen


def index_context(*, language):
    """``/<lang>/help/``: every region (with its count of public points), the
    nationwide help points and the situations with their nationwide pathway."""
    names = region_names(language)
    points = list(public_points().select_related("region"))
    counts = {}
    for point in points:
        if point.region_id:
            counts[point.region_id] = counts.get(point.region_id, 0) + 1
    regions = [
        {
            "slug": region.slug,
            "name": names.get(region.translation_key, region.name),
            "count": counts.get(region.pk, 0),
        }
        for region in default_regions()
    ]
    regions.sort(key=lambda item: collation_key(item["name"], language))
    return {
        "regions": regions,
        "nationwide": [p for p in points if p.region_id is None],
        "situations": pathways_for([]),
        "language": language,
    }


def region_slugs():
    """Every region's slug, in a fixed order: each has a help page."""
    return list(default_regions().order_by("slug").values_list("slug", flat=True))


def region_context(*, language, slug):
    """``/<lang>/help/<region>/``; ``None`` for an unknown region."""
    region = default_regions().filter(slug=slug).first()
    if region is None:
        return None
    name = (
        Region.objects.filter(
            translation_key=region.translation_key, locale__language_code=language
        )
        .values_list("name", flat=True)
        .first()
        or region.name
    )
    points = list(public_points().filter(Q(region=region) | Q(region__isnull=True)))
    return {
        "region": region,
        "region_name": name,
        "points": [p for p in points if p.region_id == region.pk],
        "nationwide": [p for p in points if p.region_id is None],
        "situations": pathways_for([region.pk]),
        "language": language,
    }


def brochure_help(regions, language):
    """What a brochure prints for the material's ``regions`` (rows in any language):
    each region's public help points and, per situation, its pathway (else the
    nationwide one); with no region, the nationwide points and pathways."""
    keys = {region.translation_key for region in regions}
    anchors = list(default_regions().filter(translation_key__in=keys))
    names = region_names(language)
    anchors.sort(
        key=lambda r: collation_key(names.get(r.translation_key, r.name), language)
    )
    points = list(
        public_points().filter(
            Q(region__in=[r.pk for r in anchors]) | Q(region__isnull=True)
        )
    )
    ids = [r.pk for r in anchors]
    situations = [
        (situation, pathway)
        for situation, pathway in pathways_for(ids)
        if pathway is not None
    ]
    return {
        "regions": [
            {
                "name": names.get(r.translation_key, r.name),
                "points": [p for p in points if p.region_id == r.pk],
            }
            for r in anchors
        ],
        "nationwide": [p for p in points if p.region_id is None],
        "situations": situations,
        "language": language,
    }


def help_links(*, target_group_ids, region_ids, language):
    """Links to the help pages of the regions of these target groups and regions
    (rows in any language), in ``language``, in one query: the planner's
    "referral pathway" points at them. The nationwide page comes first."""
    from audiences.models import TargetGroup

    if language not in ("kk", "ru", "en"):
        language = settings.LANGUAGE_CODE
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    through = TargetGroup.regions.through
    chosen = Region.objects.filter(
        Q(
            pk__in=through.objects.filter(
                targetgroup_id__in=list(target_group_ids)
            ).values("region_id")
        )
        | Q(pk__in=[pk for pk in region_ids if pk])
    ).values("translation_key")
    rows = Region.objects.filter(
        locale__language_code=language, translation_key__in=chosen
    )
    rows = sorted(rows, key=lambda row: collation_key(row.name, language))
    return [{"name": "", "url": f"{base}/{language}/help/"}] + [
        {"name": row.name, "url": f"{base}/{language}/help/{row.slug}/"} for row in rows
    ]
