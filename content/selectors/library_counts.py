"""The library's counts: how many materials each language and each facet value
would show, in one query, kept per content version and filter set.

The materials are never read into Python: the matching ones are selected once,
in the statement itself, and each count is a ``GROUP BY`` over them, reached by
their ids through each facet's table, so its cost follows the number of matches,
not the size of the library.
"""

import hashlib
import json

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from content.models.material import MaterialPage
from content.page_cache import current_version

LANGUAGE = "lang"  # the group of the language counts; facets use their parameter


def _count_sql(facets, matched, lang):
    """One statement: the matching materials once, as a common table expression,
    then one ``GROUP BY`` per language and facet over it, as a UNION ALL.

    Written as SQL because the ORM has no common table expressions: with the
    search repeated as a subquery in each part, PostgreSQL planned six searches.
    Tables and columns come from the models; values are parameters.
    """
    quote = connection.ops.quote_name
    matched_sql, params = (
        matched.order_by().values_list("pk", "locale__language_code").query
    ).sql_with_params()
    params = list(params)
    in_language = "SELECT id FROM matched"
    if lang != "all":
        in_language += " WHERE code = %s"
    parts = ["SELECT %s, code, COUNT(*) FROM matched GROUP BY code"]
    params.append(LANGUAGE)
    material = MaterialPage._meta
    for facet in facets:
        field = material.get_field(facet.relation)
        target = field.related_model._meta
        if facet.many:
            through = field.remote_field.through._meta
            source = through.get_field("materialpage").column
            target_column = through.get_field(target.model_name).column
            # A material has each value once, but the same slug exists in every
            # locale: DISTINCT keeps "all languages" from counting one twice.
            parts.append(
                f"SELECT %s, x.slug, COUNT(DISTINCT t.{quote(source)}) "
                f"FROM {quote(through.db_table)} t "
                f"JOIN {quote(target.db_table)} x "
                f"ON x.{quote(target.pk.column)} = t.{quote(target_column)} "
                f"WHERE t.{quote(source)} IN ({in_language}) GROUP BY x.slug"
            )
        else:
            parts.append(
                f"SELECT %s, x.slug, COUNT(*) "
                f"FROM {quote(material.db_table)} t "
                f"JOIN {quote(target.db_table)} x "
                f"ON x.{quote(target.pk.column)} = t.{quote(field.column)} "
                f"WHERE t.{quote(material.pk.column)} IN ({in_language}) "
                "GROUP BY x.slug"
            )
        params.append(facet.param)
        if lang != "all":
            params.append(lang)
    sql = f"WITH matched (id, code) AS ({matched_sql}) " + " UNION ALL ".join(parts)
    return sql, params


def library_counts(facets, matched, lang, *, key):
    """``{group: {slug: count}}``: the languages of ``matched`` (``LANGUAGE``),
    and for each facet's parameter its values among those in ``lang``.

    ``key`` names the filter set (locale, language, facet values, search words):
    the counts are kept under it and the content version as long as whole pages
    are (``PAGE_CACHE_SECONDS``), so the other pages of one listing and signed-in
    readers, whom the page cache skips, reuse them. Any publish, unpublish,
    move, restriction or taxonomy edit bumps the version (``content.page_cache``:
    ``all``, ``listings`` and ``taxonomy``).
    """
    seconds = settings.PAGE_CACHE_SECONDS
    cache_key = None
    rows = None
    if seconds > 0:
        digest = hashlib.sha256(
            json.dumps(key, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        cache_key = f"kopir:library-counts:{current_version()}:{digest}"
        rows = cache.get(cache_key)
    if rows is None:
        with connection.cursor() as cursor:
            cursor.execute(*_count_sql(facets, matched, lang))
            rows = cursor.fetchall()
        if cache_key is not None:
            cache.set(cache_key, rows, timeout=seconds)
    counts = {LANGUAGE: {}, **{facet.param: {} for facet in facets}}
    for group, slug, n in rows:
        if slug:  # a material without a format
            counts[group][slug] = n
    return counts
