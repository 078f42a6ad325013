"""A material's taxonomy chips in one query.

The public material page shows its target groups, narratives, themes, regions and
free tags by name, each linking by slug. Five prefetches cost five queries and most
of the page's time; one ``UNION ALL`` over the link tables returns the same names in
the same order (each vocabulary's own ordering: narratives by number, the rest by
name; free tags by name). The SQL is built from the models' table and column names
once per process.
"""

from dataclasses import dataclass
from functools import cache

from django.db import connection

from content.models.material import MaterialPage, MaterialTag

RELATIONS = ("target_groups", "narratives", "themes", "regions")


@dataclass(frozen=True)
class Chip:
    slug: str
    name: str


def _part(relation, kind):
    field = MaterialPage._meta.get_field(relation)
    target = field.related_model._meta
    through = field.remote_field.through._meta
    # Sorted as the vocabulary's Meta.ordering: a number (narratives) or the name.
    ordering = (target.ordering or ["name"])[0]
    number = "0" if ordering == "name" else f"t.{target.get_field(ordering).column}"
    return (
        f"SELECT {kind} AS kind, t.slug, t.name, {number} AS num, t.name AS txt "
        f"FROM {target.db_table} t JOIN {through.db_table} x "
        f"ON x.{field.m2m_reverse_name()} = t.id WHERE x.{field.m2m_column_name()} = %s"
    )


@cache
def _sql():
    tags = MaterialTag._meta
    tag = tags.get_field("tag").related_model._meta
    parts = [_part(relation, kind) for kind, relation in enumerate(RELATIONS)]
    parts.append(
        f"SELECT {len(RELATIONS)} AS kind, t.slug, t.name, 0 AS num, t.name AS txt "
        f"FROM {tag.db_table} t JOIN {tags.db_table} x "
        f"ON x.{tags.get_field('tag').column} = t.id "
        f"WHERE x.{tags.get_field('content_object').column} = %s"
    )
    return (
        "SELECT kind, slug, name FROM ("
        + " UNION ALL ".join(parts)
        + ") chips ORDER BY kind, num, txt"
    )


def material_chips(page_id):
    """``{"target_groups": [Chip…], "narratives": […], "themes": […], "regions": […],
    "tags": […]}`` of one material, as stored."""
    with connection.cursor() as cursor:
        cursor.execute(_sql(), [page_id] * (len(RELATIONS) + 1))
        rows = cursor.fetchall()
    chips = {name: [] for name in (*RELATIONS, "tags")}
    names = (*RELATIONS, "tags")
    for kind, slug, name in rows:
        chips[names[kind]].append(Chip(slug, name))
    return chips
