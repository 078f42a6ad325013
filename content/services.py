"""Writes with side effects on materials."""

from django.db import transaction

from content.models import MaterialPage

TAXONOMY_RELATIONS = ("target_groups", "narratives", "themes", "regions")


@transaction.atomic
def localise_taxonomy(*, material: MaterialPage):
    """Point a material's taxonomy links at the records in its own language.

    A translation starts as a copy, so its links still name the source language's
    records; records with no translation yet are kept as they are.
    """
    locale_id = material.locale_id
    for relation in TAXONOMY_RELATIONS:
        manager = getattr(material, relation)
        model = manager.model
        current = list(manager.all())
        keys = [obj.translation_key for obj in current]
        local = {
            obj.translation_key: obj
            for obj in model.objects.filter(
                translation_key__in=keys, locale_id=locale_id
            )
        }
        manager.set([local.get(obj.translation_key, obj) for obj in current])
    if material.format_id and material.format.locale_id != locale_id:
        local_format = (
            type(material.format)
            .objects.filter(
                translation_key=material.format.translation_key, locale_id=locale_id
            )
            .first()
        )
        if local_format:
            material.format = local_format
    # The editor opens the latest revision, so it must carry the new links too;
    # nothing is published here.
    material.save()
    material.save_revision(changed=False)
