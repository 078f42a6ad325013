"""Writing ``generate_library``'s pages in bulk, keeping Wagtail's invariants.

The page tree and the taxonomy come from the project's factories; the material
pages are written with a few multi-row INSERTs instead of thousands of
``add_child`` calls:

* ``path``/``depth`` are consecutive steps under each organisation's space of a
  library and the space's ``numchild`` is raised by the number of children added;
* ``url_path``, ``draft_title``, ``locale``, ``content_type``, ``live`` and the
  publication dates are set as publishing would set them;
* the Kazakh, Russian and English versions of one material share a
  ``translation_key`` and link the taxonomy records of their own language;
* many-to-many links and tags are bulk-inserted, then the new pages are added to
  the search index.

The pages have no revisions: they read as published, and an editor's first save
creates one.
"""

import contextlib
from datetime import timedelta

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from audiences.factories import LANGUAGE_CODES, make_organisation, translated
from audiences.models import Organisation, Region, TargetGroup
from campaigns.demo.library_text import (
    english_title,
    material_plan,
    material_text,
    words,
)
from content.models import (
    Format,
    MaterialPage,
    MaterialTag,
    NarrativeCountered,
    Theme,
)
from content.organisations import space_for

BATCH = 1000
RELATIONS = (
    ("target_groups", "targetgroup_id"),
    ("narratives", "narrativecountered_id"),
    ("themes", "theme_id"),
    ("regions", "region_id"),
)


def material_count(libraries):
    return sum(
        MaterialPage.objects.descendant_of(library).count()
        for library in libraries.values()
    )


def delete_materials(libraries):
    for library in libraries.values():
        ids = list(
            Page.objects.descendant_of(library)
            .type(MaterialPage)
            .values_list("pk", flat=True)
        )
        # Django's own delete (cascades, signals) without treebeard's per-node
        # path bookkeeping; numchild is fixed below.
        for start in range(0, len(ids), BATCH):
            QuerySet.delete(Page.objects.filter(pk__in=ids[start : start + BATCH]))
        for space in Page.objects.child_of(library):
            Page.objects.filter(pk=space.pk).update(
                numchild=Page.objects.child_of(space).count()
            )


def build_taxonomy():
    """The bench's taxonomy and tags, each record by code, in the word lists' order."""
    w = words()

    def names(row):
        return {code: row[code] for code in LANGUAGE_CODES}

    groups = [
        translated(TargetGroup, slug=row["slug"], names=names(row))
        for row in w["target_groups"]
    ]
    narratives = [
        translated(
            NarrativeCountered,
            slug=row["slug"],
            names={
                code: {
                    "name": name,
                    "summary": f"{name}.",
                    "recognition": f"{name}.",
                }
                for code, name in names(row).items()
            },
            number=number,
        )
        for number, row in enumerate(w["narratives"], start=1)
    ]
    themes = [
        translated(Theme, slug=row["slug"], names=names(row)) for row in w["themes"]
    ]
    formats = [
        translated(Format, slug=row["slug"], names=names(row)) for row in w["formats"]
    ]
    regions = [
        translated(Region, slug=row["slug"], names=names(row), kind=row["kind"])
        for row in w["regions"]
    ]
    organisations = [
        make_organisation(row["slug"], row["name"], kind=Organisation.Kind(row["kind"]))
        for row in w["organisations"]
    ]
    tags = []
    for row in w["tags"]:
        by_code = {}
        for code in LANGUAGE_CODES:
            name = row[code]
            tag = Tag.objects.filter(name__iexact=name).first()
            by_code[code] = tag or Tag.objects.create(name=name)
        tags.append(by_code)
    return {
        "target_groups": groups,
        "narratives": narratives,
        "themes": themes,
        "formats": formats,
        "regions": regions,
        "organisations": organisations,
        "tags": tags,
    }


def _slots(libraries, taxonomy):
    """Where each organisation space's next child goes, and the slugs taken there."""
    slots = {}
    for code, library in libraries.items():
        for index, organisation in enumerate(taxonomy["organisations"]):
            space = space_for(organisation, library.locale)
            last = space.get_last_child()
            next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
            taken = set(Page.objects.child_of(space).values_list("slug", flat=True))
            slots[(code, index)] = {
                "space": space,
                "step": next_step,
                "taken": taken,
                "added": 0,
            }
    return slots


def create_materials(rng, libraries, taxonomy, count):
    """``count`` new material pages (three languages a material); their ids."""
    content_type = ContentType.objects.get_for_model(MaterialPage)
    now = timezone.now()
    # Materials live in their organisation's space of each library.
    slots = _slots(libraries, taxonomy)
    pages, specifics, links, plans = [], [], [], []
    group = (
        MaterialPage.objects.descendant_of(libraries["kk"]).count()
        + len(taxonomy["organisations"])
        + 1
    )
    while len(pages) < count:
        plan = material_plan(rng)
        published = now - timedelta(
            days=rng.uniform(0, 3 * 365), minutes=rng.uniform(0, 60)
        )
        base_slug = f"{slugify(english_title(plan))[:60].rstrip('-')}-{group}"
        group += 1
        for lang, code in enumerate(LANGUAGE_CODES):
            if len(pages) >= count:
                break
            slot = slots[(code, plan["organisation"])]
            library = slot["space"]
            slug = base_slug
            while slug in slot["taken"]:
                slug = f"{slug}-x"
            slot["taken"].add(slug)
            title, summary, body, sources = material_text(rng, code, plan)
            when = published + timedelta(hours=lang * rng.uniform(0, 72))
            path = Page._get_path(library.path, library.depth + 1, slot["step"])
            slot["step"] += 1
            slot["added"] += 1
            pages.append(
                Page(
                    path=path,
                    depth=library.depth + 1,
                    numchild=0,
                    translation_key=plan["translation_key"],
                    locale_id=library.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=when,
                    last_published_at=when,
                    latest_revision_created_at=when,
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    url_path=f"{library.url_path}{slug}/",
                    seo_title="",
                    search_description="",
                )
            )
            specifics.append(
                {
                    "summary": summary[:600],
                    "body": body,
                    "sources": sources,
                    "format_id": taxonomy["formats"][plan["format"]][code].pk,
                    "origin_organisation_id": taxonomy["organisations"][
                        plan["organisation"]
                    ].pk,
                    "licence": plan["licence"],
                }
            )
            links.append(code)
            plans.append(plan)

    created_ids = []
    local_fields = MaterialPage._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        batch = Page.objects.bulk_create(pages[start : start + BATCH])
        materials = []
        for page, fields in zip(batch, specifics[start : start + BATCH], strict=True):
            material = MaterialPage(page_ptr_id=page.pk, **fields)
            materials.append(material)
            created_ids.append(page.pk)
        # Only the MaterialPage table: the Page rows exist already. (bulk_create
        # refuses multi-table inheritance, so this is its insert step.)
        MaterialPage._base_manager.all()._insert(
            materials, fields=local_fields, using=connection.alias
        )

    _link(created_ids, links, plans, taxonomy)

    for slot in slots.values():
        Page.objects.filter(pk=slot["space"].pk).update(
            numchild=F("numchild") + slot["added"]
        )
    return created_ids


def _link(ids, codes, plans, taxonomy):
    for relation, column in RELATIONS:
        through = MaterialPage._meta.get_field(relation).remote_field.through
        rows = [
            through(materialpage_id=pk, **{column: taxonomy[relation][i][code].pk})
            for pk, code, plan in zip(ids, codes, plans, strict=True)
            for i in plan[relation]
        ]
        through.objects.bulk_create(rows, batch_size=BATCH * 5)
    MaterialTag.objects.bulk_create(
        [
            MaterialTag(content_object_id=pk, tag_id=taxonomy["tags"][i][code].pk)
            for pk, code, plan in zip(ids, codes, plans, strict=True)
            for i in plan["tags"]
        ],
        batch_size=BATCH * 5,
    )


def analyze():
    """Fresh planner statistics and visibility map, as a settled database has.

    Right after a bulk load PostgreSQL still believes the tables are nearly
    empty and picks poor plans until autovacuum comes round.
    """
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    tables = [
        Page._meta.db_table,
        MaterialPage._meta.db_table,
        MaterialTag._meta.db_table,
        Tag._meta.db_table,
        *(
            MaterialPage._meta.get_field(name).remote_field.through._meta.db_table
            for name, _column in RELATIONS
        ),
    ]
    with contextlib.suppress(LookupError):  # the database search backend's
        tables.append(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")


def index(ids):
    """The update_index step, for the new pages only."""
    backend = get_search_backend()
    queryset = MaterialPage.get_indexed_objects().order_by("pk")
    for start in range(0, len(ids), BATCH):
        chunk = list(queryset.filter(pk__in=ids[start : start + BATCH]))
        backend.add_bulk(MaterialPage, chunk)
