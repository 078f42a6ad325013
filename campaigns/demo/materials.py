"""The demo library's materials (``data/materials/*.yaml``), each in kk, ru and en.

Every language version is a page in its organisation's space of that language's
library, saved as a revision and published as an editor's would be; translations
record the revision of the original they follow (``content.services``). Records
are matched by slug (and translation key), so running the seed again publishes
only what changed.
"""

import json
from collections import Counter
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.text import slugify

from audiences.factories import LANGUAGE_CODES
from campaigns.demo.data import load, stream
from campaigns.demo.images import MOTIFS, cover_image
from content.models import MaterialPage
from content.organisations import space_for
from content.services import current_revision_id, record_translation_source

RELATIONS = ("target_groups", "narratives", "themes", "regions", "communities")
TEXT_KEYS = ("title", "summary", "image_alt", "body")
SUMMARY_MAX = MaterialPage._meta.get_field("summary").max_length


def check_materials(materials, taxonomy):
    """Fail before writing a page if a material names anything that does not exist."""
    errors = []
    covers = load("images")["covers"]
    keys = Counter(item.get("key") for item in materials)
    errors += [f"key {key!r} is used {n} times" for key, n in keys.items() if n > 1]
    licences = set(MaterialPage.Licence.values)
    for index, item in enumerate(materials):
        key = item.get("key") or f"#{index}"
        if slugify(key) != key:
            errors.append(f"{key}: the key must be a lowercase ASCII slug")
        if item.get("format") not in taxonomy["formats"]:
            errors.append(f"{key}: unknown format {item.get('format')!r}")
        for field in RELATIONS:
            for slug in item.get(field, []):
                if slug not in taxonomy[field]:
                    errors.append(f"{key}: unknown {field} entry {slug!r}")
        if item.get("organisation") not in taxonomy["organisations"]:
            errors.append(f"{key}: unknown organisation {item.get('organisation')!r}")
        if item.get("licence", MaterialPage.Licence.CC_BY) not in licences:
            errors.append(f"{key}: unknown licence {item.get('licence')!r}")
        if covers.get(key, {}).get("motif") not in MOTIFS:
            errors.append(
                f"{key}: images.yaml needs its cover, a motif among {', '.join(MOTIFS)}"
            )
        for code in LANGUAGE_CODES:
            text = item.get("text", {}).get(code)
            if not text:
                errors.append(f"{key}: no {code} text")
                continue
            missing = [name for name in TEXT_KEYS if not text.get(name)]
            if missing:
                errors.append(f"{key} ({code}): missing {', '.join(missing)}")
            if len(text.get("title", "")) > 255:
                errors.append(f"{key} ({code}): title longer than 255 characters")
            if len(text.get("summary", "")) > SUMMARY_MAX:
                errors.append(
                    f"{key} ({code}): summary longer than {SUMMARY_MAX} characters"
                )
    if errors:
        raise CommandError(
            "campaigns/demo/data/materials has problems:\n  " + "\n  ".join(errors)
        )


def seed_materials(materials, sites, taxonomy, *, owner):
    """Each material in kk, ru and en, linked as translations; returns counts."""
    images = load("images")
    stats = Counter()
    now = timezone.localtime()
    for index, item in enumerate(materials):
        cover = images["covers"][item["key"]]
        image = cover_image(
            title=images["title"].format(key=item["key"]),
            colour=cover["colour"],
            motif=cover["motif"],
            # One image serves all three languages; Kazakh is the site's first.
            alt=item["text"]["kk"]["image_alt"],
        )
        source = None
        # The first language is the original; the others are its translations.
        original = item.get("original", LANGUAGE_CODES[0])
        codes = [original] + [code for code in LANGUAGE_CODES if code != original]
        pages = {}
        for code in codes:
            library = sites[code][1]
            page, state = upsert_material(
                item, code, library, taxonomy, image, source=source, owner=owner
            )
            source = source or page
            pages[code] = page
            stats[state] += 1
            published = published_at(now, index, codes.index(code))
            # After publishing: Wagtail sets these to "now" on the first publish.
            MaterialPage.objects.filter(pk=page.pk).update(
                first_published_at=published, last_published_at=published
            )
        if item.get("outdated_translation"):
            seed_outdated_translation(
                pages, original, item["outdated_translation"], owner=owner
            )
    return stats


def seed_outdated_translation(pages, original, outdated, *, owner):
    """Make the ``outdated`` translation follow an earlier revision of the original.

    Once: the original is published as it was when that translation was made (a
    shorter summary, without its last block), the translation records that
    revision, and the original as it is now is published again. The other
    translations follow the current original.
    """
    source = MaterialPage.objects.get(pk=pages[original].pk)
    behind = MaterialPage.objects.get(pk=pages[outdated].pk)
    others = [
        MaterialPage.objects.get(pk=pages[code].pk)
        for code in LANGUAGE_CODES
        if code not in (original, outdated)
    ]
    if behind.translated_from_revision_id != current_revision_id(source):
        return
    now_revision = source.live_revision
    earlier = now_revision.as_object()
    earlier.summary = earlier.summary.split(". ")[0].rstrip(".") + "."
    earlier.body = list(earlier.body.raw_data)[:-1]
    earlier_revision = earlier.save_revision(user=owner)
    earlier_revision.publish(user=owner)
    behind.translated_from_revision = earlier_revision
    behind.save_revision(user=owner).publish(user=owner)
    edited = now_revision.as_object().save_revision(user=owner)
    edited.publish(user=owner)
    for page in others:
        page.translated_from_revision = edited
        page.save_revision(user=owner).publish(user=owner)


def published_at(now, index, position):
    """About a week apart, newest first; translations follow a few hours later."""
    days = 2 + index * 6 + (index * 7) % 4
    day = (now - timedelta(days=days)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return day + timedelta(minutes=(index * 37) % 240, hours=3 * position)


def upsert_material(item, code, library, taxonomy, image, *, source, owner):
    """Create or update one language version; publish only when something changed."""
    slug = item["key"]
    page = MaterialPage.objects.descendant_of(library).filter(slug=slug).first()
    if page is None and source is not None:
        page = MaterialPage.objects.filter(
            translation_key=source.translation_key, locale=library.locale
        ).first()
    created = page is None
    if created:
        page = MaterialPage(locale=library.locale, owner=owner)
    before = None if created else snapshot(page)
    if source is not None and page.translation_key != source.translation_key:
        taken = MaterialPage.objects.filter(
            translation_key=source.translation_key, locale=library.locale
        ).exclude(pk=page.pk)
        if not taken.exists():
            page.translation_key = source.translation_key
    apply_material(page, item, code, taxonomy, image)
    changed = created or snapshot(page) != before
    if source is not None and (changed or page.translated_from_id != source.pk):
        # Its text is (re)written from the source's: it follows its revision now.
        record_translation_source(translation=page, source=source)
        changed = True
    elif source is None and page.translated_from_id:
        # The demo's original of this material (a migration may have guessed).
        page.translated_from = page.translated_from_revision = None
        changed = True
    try:
        if created:
            space_for(page.origin_organisation, library.locale).add_child(instance=page)
            # Tags go on once the page has a row to hang them on.
            page.tags.set(item.get("tags", []))
        elif not changed and page.live:
            return page, "unchanged"
        page.save_revision(user=owner).publish(user=owner)
        # The revision a translation of it follows: live now.
        page.refresh_from_db(fields=["live", "live_revision", "latest_revision"])
    except ValidationError as error:
        raise CommandError(f"Material {slug!r} ({code}) is invalid: {error}") from error
    return page, "created" if created else "updated"


def apply_material(page, item, code, taxonomy, image):
    """Set every field of ``page`` from one material, in language ``code``."""
    text = item["text"][code]
    stream_block = MaterialPage.body.field.stream_block
    page.title = page.draft_title = text["title"]
    page.slug = item["key"]
    page.summary = text["summary"]
    page.format = taxonomy["formats"][item["format"]][code]
    page.origin_organisation = taxonomy["organisations"][item["organisation"]]
    page.licence = item.get("licence", MaterialPage.Licence.CC_BY)
    page.cover_image = image
    page.cover_alt = text["image_alt"][:250]
    page.body = stream(text["body"])
    try:
        stream_block.clean(page.body)
    except ValidationError as error:
        raise CommandError(
            f"Material {item['key']!r} ({code}) has an invalid body: {describe(error)}"
        ) from error
    page.sources = [("source", dict(row)) for row in item.get("sources", [])]
    try:
        page.sources.stream_block.clean(page.sources)
    except ValidationError as error:
        raise CommandError(
            f"Material {item['key']!r} ({code}) has invalid sources: {describe(error)}"
        ) from error
    for relation in RELATIONS:
        records = taxonomy[relation]
        setattr(
            page, relation, [records[slug][code] for slug in item.get(relation, [])]
        )
    if page.pk:
        page.tags.set(item.get("tags", []))


def describe(error):
    """A validation error of a stream, readable in a terminal."""
    if hasattr(error, "as_json_data"):
        return json.dumps(error.as_json_data(), ensure_ascii=False)
    return "; ".join(error.messages)


def snapshot(page):
    """What the demo controls on a material, comparable between runs."""
    return {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "format": page.format_id,
        "organisation": page.origin_organisation_id,
        "licence": page.licence,
        "cover": page.cover_image_id,
        "cover_alt": page.cover_alt,
        "translation_key": page.translation_key,
        "tags": sorted(tag.name.lower() for tag in page.tags.all()),
        "body": canonical_stream(page.body),
        "sources": canonical_stream(page.sources),
        **{
            relation: sorted(obj.pk for obj in getattr(page, relation).all())
            for relation in RELATIONS
        },
    }


def canonical_stream(value):
    """Stream data round-tripped through its blocks, without the random block ids."""
    block = value.stream_block
    return _without_ids(block.get_prep_value(block.to_python(value.get_prep_value())))


def _without_ids(data):
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        return {
            key: _without_ids(item)
            for key, item in data.items()
            if not (key == "id" and "type" in data)
        }
    return data
