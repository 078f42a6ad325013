"""Reads for the public site: the library with facets and search, home, spaces."""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import (
    Count,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from audiences.models import Region, TargetGroup
from audiences.names import collation_key
from content import public_frame
from content.models.library import Format, NarrativeCountered, Theme
from content.models.material import (
    MaterialPage,
    content_languages,
    public_materials,
    public_source_annotations,
)
from content.search import LanguageText
from content.selectors.chips import material_chips
from content.selectors.library_counts import LANGUAGE, library_counts

PAGE_SIZE = 12
_NOT_WORD = re.compile(r"[^\w\s]|_")
MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 5


@dataclass(frozen=True)
class Facet:
    """A way to narrow the library: a URL parameter bound to a taxonomy relation."""

    param: str
    label: str
    model: type
    relation: str  # the field on MaterialPage
    many: bool = True


def _facets():
    return [
        Facet("audience", _("Target group"), TargetGroup, "target_groups"),
        Facet("narrative", _("Narrative countered"), NarrativeCountered, "narratives"),
        Facet("theme", _("Theme / value"), Theme, "themes"),
        Facet("format", _("Format"), Format, "format", many=False),
        Facet("region", _("Region"), Region, "regions"),
    ]


@dataclass
class FacetValue:
    slug: str
    name: str
    count: int
    selected: bool
    toggle_query: str


@dataclass
class FacetGroup:
    param: str
    label: str
    values: list = field(default_factory=list)


def _slug_filter(facet, slug):
    """A subquery filter so several facets never duplicate rows through joins."""
    if not facet.many:
        return Q(**{f"{facet.relation}__slug": slug})
    through = getattr(MaterialPage, facet.relation).through
    target = facet.model._meta.model_name
    ids = through.objects.filter(**{f"{target}__slug": slug}).values("materialpage_id")
    return Q(pk__in=ids)


def _search(query, queryset, language):
    """Full-text search within ``queryset``, ordered by relevance, as a queryset.

    The words are read in ``language`` (the library's): Kazakh words are
    stemmed as Kazakh even when they have no Kazakh-only letter.

    The search backend accepts only indexed filter fields, so the facet filters
    travel as one ``pk IN (subquery)``; the database does the rest in one query.
    """
    scope = MaterialPage.objects.filter(pk__in=queryset.values("pk"))
    return (
        get_search_backend()
        .search(
            LanguageText(query, language=language, operator="and"),
            scope,
            order_by_relevance=True,
        )
        .get_queryset()
    )


def _in_language(queryset, lang, locale):
    """``queryset`` in one language (all for "all").

    The library's own language is filtered by locale id: PostgreSQL knows how
    many pages have a locale id, not how many join to a language code, and with
    that guess too low it checked the search words page by page instead of
    reading the search index.
    """
    if lang == "all":
        return queryset
    if lang == locale.language_code:
        return queryset.filter(locale_id=locale.pk)
    return queryset.filter(locale__language_code=lang)


def _clean_query(raw, messages):
    # Words only: quotes, operators and control characters are search syntax
    # to the database backends, never something a reader meant.
    query = " ".join(_NOT_WORD.sub(" ", raw or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        messages.append(
            _("Your search was shortened to its first %(n)d characters.")
            % {"n": MAX_QUERY_LENGTH}
        )
        query = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH]
    return query


def _query_string(params, **changes):
    """The current URL state with some parameters changed (None removes one)."""
    merged = {k: list(v) for k, v in params.items()}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    merged.pop("page", None)
    parts = []
    for key in sorted(merged):
        for value in merged[key]:
            parts.append((key, value))
    return urlencode(parts)


class _CountedPaginator(Paginator):
    """A paginator told its count: the language counts hold it already."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


def library_context(*, library, params):
    """Everything the library page shows, in a fixed number of queries."""
    messages = []
    facets = _facets()
    locale = library.locale
    languages = dict(content_languages())

    # Language: the library's own by default; "all" shows every language.
    lang = params.get("lang", locale.language_code)
    if lang not in languages and lang != "all":
        messages.append(
            _("We do not publish in “%(lang)s”; showing every language.")
            % {"lang": lang[:10]}
        )
        lang = "all"

    # Names of the taxonomy in the reader's language, keyed by slug.
    names = {}
    for facet in facets:
        names[facet.param] = dict(
            facet.model.objects.filter(locale=locale).values_list("slug", "name")
        )

    selected = {}
    clean_params = {}
    for facet in facets:
        wanted = []
        for slug in params.getlist(facet.param)[:MAX_VALUES_PER_FACET]:
            if slug in names[facet.param]:
                if slug not in wanted:
                    wanted.append(slug)
            else:
                messages.append(
                    _("“%(value)s” is not a known %(facet)s, so it was ignored.")
                    % {"value": slug[:40], "facet": facet.label.lower()}
                )
        selected[facet.param] = wanted
        if wanted:
            clean_params[facet.param] = wanted

    query = _clean_query(params.get("q"), messages)
    if query:
        clean_params["q"] = [query]
    if lang != locale.language_code:
        clean_params["lang"] = [lang]

    # Facets apply to every language; the language filter comes after, so the
    # language counts and the results share one search.
    faceted = public_materials()
    for facet in facets:
        for slug in selected[facet.param]:
            faceted = faceted.filter(_slug_filter(facet, slug))

    if query:
        # The search stays a subquery: the counts and the page read it in the
        # database, and only one page of ids comes back.
        found = _search(query, faceted, locale.language_code)
        matched = found
        ranked = _in_language(found, lang, locale)
    else:
        matched = faceted
        ranked = _in_language(faceted, lang, locale).order_by(
            "-first_published_at", "-pk"
        )
    counts = library_counts(
        facets,
        matched,
        lang,
        key=[locale.pk, lang, selected, query],
    )
    lang_counts = counts[LANGUAGE]

    groups = []
    for facet in facets:
        group = FacetGroup(param=facet.param, label=facet.label)
        for slug, name in sorted(
            names[facet.param].items(),
            key=lambda kv: collation_key(kv[1], locale.language_code),
        ):
            is_selected = slug in selected[facet.param]
            count = counts[facet.param].get(slug, 0)
            if not count and not is_selected:
                continue
            values = list(selected[facet.param])
            values = (
                [v for v in values if v != slug] if is_selected else values + [slug]
            )
            group.values.append(
                FacetValue(
                    slug=slug,
                    name=name,
                    count=count,
                    selected=is_selected,
                    toggle_query=_query_string(
                        clean_params, **{facet.param: values or None}
                    ),
                )
            )
        groups.append(group)

    language_values = []
    for code, name in languages.items():
        language_values.append(
            FacetValue(
                slug=code,
                name=name,
                count=lang_counts.get(code, 0),
                selected=lang == code,
                toggle_query=_query_string(clean_params, lang=[code]),
            )
        )
    total = sum(lang_counts.values())
    language_values.append(
        FacetValue(
            slug="all",
            name=_("All languages"),
            count=total,
            selected=lang == "all",
            toggle_query=_query_string(clean_params, lang=["all"]),
        )
    )

    paginator = _CountedPaginator(
        ranked.values_list("pk", flat=True),
        PAGE_SIZE,
        count=total if lang == "all" else lang_counts.get(lang, 0),
    )
    raw_page = params.get("page", "1")
    try:
        page_obj = paginator.page(raw_page)
    except PageNotAnInteger:
        messages.append(_("That page number is not a number; here is the first page."))
        page_obj = paginator.page(1)
    except EmptyPage:
        # Before the first page (0, -5): the first; past the last: the last.
        first = int(raw_page) < 1  # the paginator has checked it is a number
        if paginator.count and not first:
            messages.append(
                _("There are only %(n)d pages; here is the last one.")
                % {"n": paginator.num_pages}
            )
        page_obj = paginator.page(1 if first else paginator.num_pages)

    # The filters in force, each with the query that removes it: a phone shows
    # them beside the collapsed "Filters" button.
    chosen = [value for group in groups for value in group.values if value.selected]
    if lang != locale.language_code:
        chosen.append(
            FacetValue(
                slug=lang,
                name=languages.get(lang, _("All languages")),
                count=paginator.count,
                selected=True,
                toggle_query=_query_string(clean_params, lang=None),
            )
        )

    return {
        "materials": _cards(list(page_obj.object_list)),
        "page_obj": page_obj,
        "paginator": paginator,
        "facet_groups": groups,
        "language_values": language_values,
        "query": query,
        "library_messages": messages,
        "filter_query": _query_string(clean_params),
        "chosen_filters": chosen,
        "active_filters": any(selected.values())
        or bool(query)
        or lang != locale.language_code,
    }


def _cards(ids):
    """The materials shown on one results page, in the order of ``ids``."""
    rows = (
        MaterialPage.objects.filter(pk__in=ids)
        .select_related("format", "cover_image", "locale")
        .defer("body", "sources")
        .prefetch_related(
            Prefetch(
                "target_groups", queryset=TargetGroup.objects.only("name", "slug")
            ),
            Prefetch(
                "narratives",
                queryset=NarrativeCountered.objects.only("name", "slug", "number"),
            ),
        )
    )
    by_id = {row.pk: row for row in rows}
    return [by_id[pk] for pk in ids if pk in by_id]


def material_for_route(*, library, space_slug, slug):
    """The material at ``<library>/<space_slug>/<slug>/``, ready to render."""
    # The URL path of each translation rides along in the same query.
    # Only public translations: a private one is neither linked nor named.
    public = public_frame.public_q()
    translation_paths = {
        f"_url_path_{code}": Subquery(
            Page.objects.filter(
                public,
                translation_key=OuterRef("translation_key"),
                locale__language_code=code,
                live=True,
            ).values("url_path")[:1]
        )
        for code, _name in content_languages()
    }
    material = (
        MaterialPage.objects.filter(
            slug=slug,
            locale_id=library.locale_id,
            url_path=f"{library.url_path}{space_slug}/{slug}/",
        )
        .select_related("format", "origin_organisation", "cover_image", "locale")
        .annotate(
            **translation_paths,
            **public_source_annotations(),
            _live_adaptations=Coalesce(
                Subquery(
                    # One adaptation in several languages counts once: its
                    # translations share a translation key.
                    MaterialPage.objects.filter(
                        public, adapted_from=OuterRef("pk"), live=True
                    )
                    .order_by()
                    .values("adapted_from")
                    .annotate(total=Count("translation_key", distinct=True))
                    .values("total")[:1]
                ),
                0,
            ),
        )
        .first()
    )
    if material is not None:
        # The chips in one query instead of five prefetches (content.selectors.chips).
        material._kopir_chips = material_chips(material.pk)
    return material


def space_context(*, space):
    """An organisation's public page: who they are and their live materials."""
    ids = list(
        public_materials()
        .child_of(space)
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)[:60]
    )
    return {"organisation": space.organisation, "materials": _cards(ids)}


def home_context(*, page, library):
    """The newest materials and the six narratives, in the home page's language."""
    latest_ids = list(
        public_materials()
        .filter(locale_id=page.locale_id)
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)[:6]
    )
    latest = _cards(latest_ids)
    narratives = NarrativeCountered.objects.filter(locale=page.locale).order_by(
        "number"
    )
    return {"latest": latest, "narratives": narratives, "library": library}
