"""Move each region's free-text "where to get help" into a private placeholder help
point, so that nothing is lost when the field goes (0010).

The text of each language lands in that language's notes (never shown publicly);
an editor turns it into a real, verified, public help point.
"""

from django.db import migrations

NAMES = {
    "kk": "{region}: бұрынғы «көмекті қайдан алуға болады» мәтіні (толтыру керек)",
    "ru": "{region}: прежний текст «где получить помощь» (заменить)",
    "en": "{region}: former “where to get help” text (to be replaced)",
}


def forwards(apps, schema_editor):
    Region = apps.get_model("audiences", "Region")
    HelpPoint = apps.get_model("audiences", "HelpPoint")
    by_key = {}
    for region in Region.objects.exclude(where_to_get_help="").select_related(
        "locale"
    ):
        by_key.setdefault(region.translation_key, {})[
            region.locale.language_code
        ] = region
    for key, regions in by_key.items():
        # Help points point at the region in the default language (ru), if any.
        anchor = (
            Region.objects.filter(translation_key=key, locale__language_code="ru")
            .first()
            or next(iter(regions.values()))
        )
        values = {"region": anchor, "kind": "advisory", "is_public": False}
        values["is_placeholder"] = True
        for code, template in NAMES.items():
            named = regions.get(code) or anchor
            values[f"name_{code}"] = template.format(region=named.name)[:200]
            values[f"notes_{code}"] = (
                regions[code].where_to_get_help if code in regions else ""
            )
        HelpPoint.objects.create(**values)


def backwards(apps, schema_editor):
    Region = apps.get_model("audiences", "Region")
    HelpPoint = apps.get_model("audiences", "HelpPoint")
    for point in HelpPoint.objects.filter(is_placeholder=True, is_public=False):
        if point.region_id is None:
            continue
        for code in ("kk", "ru", "en"):
            text = getattr(point, f"notes_{code}")
            if text:
                Region.objects.filter(
                    translation_key=point.region.translation_key,
                    locale__language_code=code,
                    where_to_get_help="",
                ).update(where_to_get_help=text)


class Migration(migrations.Migration):
    dependencies = [("audiences", "0009_help_points")]

    operations = [migrations.RunPython(forwards, backwards)]
