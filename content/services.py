"""Writes with side effects on materials."""

from django.db import transaction
from wagtail.log_actions import log

from content.models import MaterialPage
from content.organisations import space_for

TAXONOMY_RELATIONS = (
    "target_groups",
    "narratives",
    "themes",
    "regions",
    "communities",
)


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


def current_revision_id(page):
    """The revision a translation of ``page`` should follow: its live one, or
    its latest while it has never been published (what "Translate" copies)."""
    return page.live_revision_id if page.live else page.latest_revision_id


def record_translation_source(*, translation: MaterialPage, source):
    """Say that ``translation`` follows ``source``'s current revision.

    Only sets the fields: the caller saves a revision, so the record travels
    with the translation's content and counts once that revision is live.
    """
    translation.translated_from_id = source.pk
    translation.translated_from_revision_id = current_revision_id(source)


class AdaptError(Exception):
    """The material cannot be adapted; the message says why, for the user."""


def _free_slug(space, slug):
    taken = set(
        space.get_children()
        .filter(slug__startswith=slug)
        .values_list("slug", flat=True)
    )
    if slug not in taken:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"


@transaction.atomic
def adapt_material(*, original: MaterialPage, organisation, locale, user):
    """A private draft copy of ``original``'s *live* content for ``organisation``.

    Built field by field from the live revision, so nothing of the original's
    unpublished drafts, comments, history or locks is carried over.
    """

    if not original.live or original.live_revision_id is None:
        raise AdaptError("Only a published material can be adapted.")
    if original.origin_organisation_id == organisation.pk:
        raise AdaptError("This material is already your organisation's.")
    if original.licence == MaterialPage.Licence.RESERVED:
        raise AdaptError("Its authors reserve all rights: ask them before adapting it.")
    live = original.live_revision.as_object()
    space = space_for(organisation, locale)
    copy = MaterialPage(
        title=live.title,
        draft_title=live.title,
        slug=_free_slug(space, live.slug),
        summary=live.summary,
        cover_image_id=live.cover_image_id,
        cover_alt=live.cover_alt if locale.pk == original.locale_id else "",
        format_id=live.format_id,
        body=list(live.body.raw_data),
        sources=list(live.sources.raw_data),
        licence=live.licence,
        locale=locale,
        owner=user,
        live=False,
        adapted_from=original,
    )
    for relation in TAXONOMY_RELATIONS:
        setattr(copy, relation, list(getattr(live, relation).all()))
    space.add_child(instance=copy)
    copy.tags.set([tag.name for tag in live.tags.all()])
    copy.save_revision(user=user, log_action=True)
    if locale.pk != original.locale_id:
        localise_taxonomy(material=copy)

    log(
        instance=copy,
        action="kopir.adapt",
        user=user,
        data={
            "source": {"id": original.pk, "title": original.title},
            "organisation": {"id": organisation.pk, "name": organisation.name},
        },
    )
    return copy


def record_answer(*, page, block_id: str, option: int):
    """Add one to the counter of ``option`` of the exercise ``block_id`` on a
    lesson. The counter is all that is written: no person, session or time."""
    from django.db import IntegrityError
    from django.db.models import F

    from content.models import AnswerCount

    rows = AnswerCount.objects.filter(page=page, block_id=block_id, option=option)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            AnswerCount.objects.create(
                page=page, block_id=block_id, option=option, count=1
            )
    except IntegrityError:
        # Another answer created the row first: count on it.
        rows.update(count=F("count") + 1)
