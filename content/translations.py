"""Translation status of materials: original, up to date, out of date, missing.

A translation records the page it was translated from and the revision of that
source it follows (``MaterialPage.translated_from`` and
``translated_from_revision``). The source's *current* revision is its live one,
or its latest while it has never been published: that is also what Wagtail's
"Translate" copies. A translation whose recorded revision is not the source's
current one is out of date; a language with no page the user may see is
missing. Everything here is a queryset annotation, so listings cost a fixed
number of queries.
"""

import json
from collections import Counter

from django.conf import settings
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.db.models import CharField as CharType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from audiences import access
from content.access import visible_materials
from content.models import MaterialPage

ORIGINAL = "original"
UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"

STATUS_LABELS = {
    ORIGINAL: _("Original"),
    UP_TO_DATE: _("Up to date"),
    OUT_OF_DATE: _("Out of date"),
    MISSING: _("Missing"),
}


def language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def with_translation_status(queryset):
    """Annotate ``translation_status``, ``source_revision_now`` (the source's
    current revision) and ``source_changed_at`` (when it became current)."""
    source = "translated_from__"
    return queryset.annotate(
        source_revision_now=Case(
            When(
                **{f"{source}live": True},
                then=F(f"{source}live_revision_id"),
            ),
            default=F(f"{source}latest_revision_id"),
        ),
        source_changed_at=Case(
            When(**{f"{source}live": True}, then=F(f"{source}last_published_at")),
            default=F(f"{source}latest_revision_created_at"),
        ),
        translation_status=Case(
            When(translated_from__isnull=True, then=Value(ORIGINAL)),
            When(
                translated_from_revision_id=F("source_revision_now"),
                then=Value(UP_TO_DATE),
            ),
            default=Value(OUT_OF_DATE),
            output_field=CharType(),
        ),
    )


def with_languages(queryset, pages):
    """Annotate ``has_<code>``: whether ``pages`` (the materials the reader
    may see) hold this material in each language."""
    return queryset.annotate(
        **{
            f"has_{code}": Exists(
                pages.filter(
                    translation_key=OuterRef("translation_key"),
                    locale__language_code=code,
                )
            )
            for code in language_codes()
        }
    )


def missing_q():
    """Rows annotated by ``with_languages`` that lack at least one language."""
    q = Q(pk__in=[])
    for code in language_codes():
        q |= Q(**{f"has_{code}": False})
    return q


def missing_languages(material):
    return [code for code in language_codes() if not getattr(material, f"has_{code}")]


def visible_with_status(user):
    """The materials ``user`` may see, with their status and languages."""

    visible = visible_materials(user)
    return with_languages(with_translation_status(visible), visible_materials(user))


def filter_by_status(queryset, status):
    """Rows (annotated by ``visible_with_status``) in a translation status."""
    if status == MISSING:
        return queryset.filter(missing_q())
    if status in STATUS_LABELS:
        return queryset.filter(translation_status=status)
    return queryset


def status_text(material):
    """One line for a listing cell or an export: status and missing languages."""
    text = str(STATUS_LABELS[material.translation_status])
    if material.translation_status == OUT_OF_DATE and material.source_changed_at:
        text += (
            " ("
            + str(_("source changed on %(date)s"))
            % {"date": material.source_changed_at.date().isoformat()}
            + ")"
        )
    missing = missing_languages(material) if hasattr(material, "has_kk") else []
    if missing:
        text += "; " + str(_("missing: %(languages)s")) % {
            "languages": ", ".join(missing)
        }
    return text


# --- What changed between two revisions of the source ----------------------------

COMPARED_FIELDS = (
    "title",
    "summary",
    "cover_image",
    "cover_alt",
    "format",
    "body",
    "sources",
    "target_groups",
    "narratives",
    "themes",
    "regions",
    "communities",
    "licence",
)


def _stream(value):
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            return []
    return value or []


def _block_values(value):
    """Blocks of a stream as (type, value) pairs, without their random ids."""
    return [
        (block.get("type"), json.dumps(block.get("value"), sort_keys=True))
        for block in _stream(value)
        if isinstance(block, dict)
    ]


def _tags(content):
    return sorted(item.get("tag") for item in content.get("tagged_items") or [])


def changed_fields(old, new):
    """Labels of the fields that differ between two revisions' content, the
    body naming the block types added, removed or changed."""

    labels = []
    for name in COMPARED_FIELDS:
        before, after = old.get(name), new.get(name)
        field = MaterialPage._meta.get_field(name)
        if name in ("body", "sources"):
            before, after = _block_values(before), _block_values(after)
            if before == after:
                continue
            label = str(field.verbose_name)
            if name == "body":
                before, after = Counter(before), Counter(after)
                differ = (before - after) + (after - before)
                kinds = sorted({kind for kind, _value in differ})
                if kinds:
                    names = ", ".join(_block_label(kind) for kind in kinds)
                    label = f"{label} ({names})"
            labels.append(label)
        elif isinstance(before, list) or isinstance(after, list):
            if sorted(before or []) != sorted(after or []):
                labels.append(str(field.verbose_name))
        elif (before or "") != (after or ""):
            labels.append(str(field.verbose_name))
    if _tags(old) != _tags(new):
        labels.append(str(MaterialPage._meta.get_field("tags").verbose_name))
    return labels


def _block_label(kind):

    child = MaterialPage.body.field.stream_block.child_blocks.get(kind)
    return str(child.label) if child is not None else kind


# --- The edit screen: every language of one material -----------------------------


def overview(*, page, user):
    """One entry per language for ``page``'s material, as ``user`` may see it.

    Pages the user may not see count as missing: their titles never show.
    Changes and the compare link are shown to those who may edit the source.
    """

    pages = {
        row.locale.language_code: row
        for row in with_translation_status(
            MaterialPage.objects.filter(translation_key=page.translation_key)
        )
        .filter(pk__in=_visible_pks(user, page.translation_key))
        .select_related("locale", "translated_from__locale")
    }
    wanted = set()
    for row in pages.values():
        if row.translation_status == OUT_OF_DATE:
            wanted |= {row.translated_from_revision_id, row.source_revision_now}
    revisions = {
        revision.pk: revision
        for revision in Revision.objects.filter(pk__in=wanted - {None})
    }
    entries = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        row = pages.get(code)
        entry = {
            "code": code,
            "name": name,
            "page": row,
            "status": row.translation_status if row else MISSING,
            "is_current": row is not None and row.pk == page.pk,
        }
        entry["label"] = STATUS_LABELS[entry["status"]]
        if row is not None:
            entry["url"] = _page_url(user, row)
        if row is not None and row.translation_status != ORIGINAL:
            entry["source"] = row.translated_from
            entry["source_url"] = _page_url(user, row.translated_from)
        if row is not None and row.translation_status == OUT_OF_DATE:
            entry["changed_at"] = row.source_changed_at
            source = row.translated_from
            if access.can(user, access.CHANGE, source):
                old = revisions.get(row.translated_from_revision_id)
                new = revisions.get(row.source_revision_now)
                if old is not None and new is not None:
                    entry["changes"] = changed_fields(old.content, new.content)
                    entry["compare_url"] = reverse(
                        "wagtailadmin_pages:revisions_compare",
                        args=[source.pk, old.pk, new.pk],
                    )
                entry["current_revision_id"] = row.source_revision_now
        entries.append(entry)
    return entries


def _visible_pks(user, translation_key):

    return visible_materials(user).filter(translation_key=translation_key).values("pk")


def _page_url(user, page):
    """Its edit page for those who may change it, else its public address."""
    if access.can(user, access.CHANGE, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])
    if page.live and access.can(user, access.VIEW, page):
        return page.url
    return None
