"""The library in the API: published materials, their taxonomy, organisations'
public profiles, public print editions and the languages we publish in.

Materials come from the library's own reads (``public_materials`` and its facets
and search in ``content.selectors.library``), through the access layer as an
anonymous reader; a list answers in the same number of queries whatever its
page size. Rich text is Wagtail's API representation (display HTML, or Markdown
with ``?rich_text_format=markdown``).
"""

from django.conf import settings
from django.db.models import Count, Max, Prefetch
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from audiences.api import (
    ID_PARAMETER,
    LANG_PARAMETER,
    PublicListViewSet,
    PublicViewSet,
    TaxonomyRefSerializer,
    TaxonomySerializer,
    choice_param,
    id_param,
    public,
)
from audiences.models import Organisation
from audiences.models.help import LANGUAGE_CODES
from content import public_frame
from content.models import MaterialPage, OrganisationSpace
from content.models.library import Format, NarrativeCountered, Theme
from content.models.material import content_languages, public_materials
from content.printing.models import PrintEdition
from content.selectors.library import (
    MAX_VALUES_PER_FACET,
    _clean_query,
    _facets,
    _search,
    _slug_filter,
)

COVER_SPEC = "fill-600x400"
# Display HTML or Markdown; Wagtail's database formats would show internal ids.
RICH_TEXT_FORMATS = ("html", "markdown")
BODY_IMAGE_SPEC = "max-1200x1200"


def _base():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _page_url(url_path, language):
    """A page's full address from its URL path, without a query."""
    relative = Page(url_path=url_path, locale=Locale(language_code=language)).get_url()
    return _base() + relative if relative else None


# --- Serializers ----------------------------------------------------------------


class OrganisationRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class ImageSerializer(serializers.Serializer):
    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt = serializers.CharField()


class TranslationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    language = serializers.CharField()
    url = serializers.CharField()


def _refs(rows):
    return [{"slug": row.slug, "name": row.name} for row in rows]


def _organisation_name(organisation, language):
    return getattr(organisation, f"name_{language}", "") or organisation.name


class MaterialSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    language = serializers.CharField(source="locale.language_code")
    url = serializers.SerializerMethodField()
    summary = serializers.CharField()
    first_published_at = serializers.DateTimeField()
    last_published_at = serializers.DateTimeField()
    organisation = serializers.SerializerMethodField()
    format = serializers.SerializerMethodField()
    target_groups = serializers.SerializerMethodField()
    narratives = serializers.SerializerMethodField()
    themes = serializers.SerializerMethodField()
    regions = serializers.SerializerMethodField()
    communities = serializers.SerializerMethodField()
    tags = serializers.SerializerMethodField()
    licence = serializers.CharField()
    cover = serializers.SerializerMethodField()
    translations = serializers.SerializerMethodField()

    def get_url(self, obj) -> str:
        return _page_url(obj.url_path, obj.locale.language_code) or ""

    def get_organisation(self, obj) -> OrganisationRefSerializer(allow_null=True):
        organisation = obj.origin_organisation
        if organisation is None:
            return None
        return {
            "slug": organisation.slug,
            "name": _organisation_name(organisation, obj.locale.language_code),
        }

    def get_format(self, obj) -> TaxonomyRefSerializer(allow_null=True):
        return (
            {"slug": obj.format.slug, "name": obj.format.name} if obj.format else None
        )

    def get_target_groups(self, obj) -> TaxonomyRefSerializer(many=True):
        return _refs(obj.target_groups.all())

    def get_narratives(self, obj) -> TaxonomyRefSerializer(many=True):
        return _refs(obj.narratives.all())

    def get_themes(self, obj) -> TaxonomyRefSerializer(many=True):
        return _refs(obj.themes.all())

    def get_regions(self, obj) -> TaxonomyRefSerializer(many=True):
        return _refs(obj.regions.all())

    def get_communities(self, obj) -> TaxonomyRefSerializer(many=True):
        return _refs(obj.communities.all())

    def get_tags(self, obj) -> list[str]:
        return [tag.name for tag in obj.tags.all()]

    def get_cover(self, obj) -> ImageSerializer(allow_null=True):
        image = obj.cover_image
        if image is None:
            return None
        rendition = image.get_rendition(COVER_SPEC)
        return {
            "url": _base() + rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": obj.cover_alt_text,
        }

    def get_translations(self, obj) -> TranslationSerializer(many=True):
        links = self.context.get("translations", {}).get(obj.translation_key, [])
        return [link for link in links if link["id"] != obj.pk]


class BlockSerializer(serializers.Serializer):
    type = serializers.CharField()
    id = serializers.CharField()
    value = serializers.JSONField(
        help_text=gettext_lazy(
            "The block's content as plain data: rich text as HTML (or Markdown "
            "with ?rich_text_format=markdown), images as {url, width, height}, "
            "files and pages as their addresses."
        )
    )


class MaterialDetailSerializer(MaterialSerializer):
    body = serializers.SerializerMethodField()
    sources = serializers.SerializerMethodField()

    @extend_schema_field(BlockSerializer(many=True))
    def get_body(self, obj):
        return _stream(obj.body, self.context)

    @extend_schema_field(BlockSerializer(many=True))
    def get_sources(self, obj):
        return _stream(obj.sources, self.context)


def _stream(value, context):
    """A StreamField as Wagtail's API gives it, with chosen images, documents
    and pages resolved to public addresses (one query per kind of reference)."""
    blocks = value.stream_block.get_api_representation(value, context=context)
    images, documents, pages = {}, {}, {}
    _collect(blocks, images, documents, pages)
    if images:
        for image in (
            public(get_image_model().objects.filter(pk__in=images))
            .prefetch_renditions(BODY_IMAGE_SPEC)
            .all()
        ):
            rendition = image.get_rendition(BODY_IMAGE_SPEC)
            images[image.pk] = {
                "url": _base() + rendition.url,
                "width": rendition.width,
                "height": rendition.height,
            }
    if documents:
        for document in public(get_document_model().objects.filter(pk__in=documents)):
            documents[document.pk] = {"url": _base() + document.url}
    if pages:
        for row in (
            Page.objects.live()
            .filter(public_frame.public_q(), pk__in=pages)
            .values("pk", "url_path", "locale__language_code")
        ):
            pages[row["pk"]] = {
                "url": _page_url(row["url_path"], row["locale__language_code"])
            }
    return _resolve(blocks, images, documents, pages)


_REFERENCES = {"image": "images", "file": "documents", "page": "pages"}


def _collect(data, images, documents, pages):
    found = {"images": images, "documents": documents, "pages": pages}
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _REFERENCES and isinstance(value, int):
                found[_REFERENCES[key]][value] = None
            else:
                _collect(value, images, documents, pages)
    elif isinstance(data, list):
        for item in data:
            _collect(item, images, documents, pages)


def _resolve(data, images, documents, pages):
    found = {"images": images, "documents": documents, "pages": pages}
    if isinstance(data, dict):
        resolved = {}
        for key, value in data.items():
            if key in _REFERENCES and isinstance(value, int):
                # Not public (or gone): left out, never its id.
                resolved[key] = found[_REFERENCES[key]].get(value)
            else:
                resolved[key] = _resolve(value, images, documents, pages)
        return resolved
    if isinstance(data, list):
        return [_resolve(item, images, documents, pages) for item in data]
    return data


# --- Materials ------------------------------------------------------------------

FACET_PARAMETERS = [
    OpenApiParameter(
        "audience",
        str,
        many=True,
        description=gettext_lazy("Target group slug (repeatable)."),
    ),
    OpenApiParameter(
        "narrative",
        str,
        many=True,
        description=gettext_lazy(
            "Slug of a narrative the material counters (repeatable)."
        ),
    ),
    OpenApiParameter(
        "theme",
        str,
        many=True,
        description=gettext_lazy("Theme or value slug (repeatable)."),
    ),
    OpenApiParameter("format", str, description=gettext_lazy("Format slug.")),
    OpenApiParameter(
        "region", str, many=True, description=gettext_lazy("Region slug (repeatable).")
    ),
    OpenApiParameter(
        "organisation",
        str,
        description=gettext_lazy("The publishing organisation's slug."),
    ),
    LANG_PARAMETER,
    OpenApiParameter(
        "q",
        str,
        description=gettext_lazy("Search words; a longer search is shortened."),
    ),
    OpenApiParameter(
        "rich_text_format",
        str,
        enum=["html", "markdown"],
        description=gettext_lazy("How rich text is given (details only)."),
    ),
]

MATERIAL_RELATIONS = (
    "target_groups",
    "narratives",
    "themes",
    "regions",
    "communities",
    "tags",
)


@extend_schema_view(
    list=extend_schema(parameters=FACET_PARAMETERS[:-1]),
    retrieve=extend_schema(
        description=gettext_lazy(
            "One published material, with its body and sources as plain data."
        ),
        parameters=[
            OpenApiParameter("id", int, OpenApiParameter.PATH),
            *FACET_PARAMETERS[-1:],
        ],
    ),
)
class MaterialViewSet(PublicViewSet):
    """Published materials, newest first (or by relevance when searching).

    Filters are the library's: every facet given must match; several values of
    one facet must all match.
    """

    api_description = gettext_lazy(
        "Published materials, newest first (or by relevance when searching). "
        "The filters are the library's: every facet given must match, and "
        "several values of one facet must all match."
    )

    lookup_value_regex = r"[0-9]+"

    def get_serializer_class(self):
        if self.action == "retrieve":
            return MaterialDetailSerializer
        return MaterialSerializer

    def base_queryset(self):
        return public_materials()

    def _filtered(self):
        params = self.request.query_params
        rows = self.get_queryset()
        for facet in _facets():
            for slug in params.getlist(facet.param)[:MAX_VALUES_PER_FACET]:
                rows = rows.filter(_slug_filter(facet, slug))
        if organisation := params.get("organisation"):
            rows = rows.filter(origin_organisation__slug=organisation)
        lang = params.get("lang")
        if lang:
            if lang not in dict(content_languages()):
                raise exceptions.ValidationError(
                    {
                        "lang": [
                            _("We do not publish in “%(lang)s”.") % {"lang": lang[:10]}
                        ]
                    }
                )
            rows = rows.filter(locale__language_code=lang)
        query = _clean_query(params.get("q"), [])
        if query:
            return _search(query, rows, lang or settings.LANGUAGE_CODE)
        return rows.order_by("-first_published_at", "-pk")

    def _with_relations(self, ids):
        rows = (
            MaterialPage.objects.filter(pk__in=ids)
            .select_related("locale", "origin_organisation", "format", "cover_image")
            .prefetch_related(
                *MATERIAL_RELATIONS,
                Prefetch(
                    "cover_image__renditions",
                    queryset=get_image_model()
                    .get_rendition_model()
                    .objects.filter(filter_spec=COVER_SPEC),
                ),
            )
        )
        by_id = {row.pk: row for row in rows}
        return [by_id[pk] for pk in ids if pk in by_id]

    def _translations(self, materials):
        keys = {m.translation_key for m in materials}
        links = {}
        if not keys:
            return links
        for row in (
            self.get_queryset()
            .filter(translation_key__in=keys)
            .order_by("locale__language_code")
            .values("pk", "translation_key", "url_path", "locale__language_code")
        ):
            language = row["locale__language_code"]
            links.setdefault(row["translation_key"], []).append(
                {
                    "id": row["pk"],
                    "language": language,
                    "url": _page_url(row["url_path"], language),
                }
            )
        return links

    def list(self, request, *args, **kwargs):
        filtered = self._filtered()
        ids = self.paginate_queryset(filtered.values_list("pk", flat=True))
        materials = self._with_relations(list(ids))
        self.last_modified = max(
            (m.last_published_at for m in materials if m.last_published_at),
            default=None,
        )
        context = self.get_serializer_context()
        context["translations"] = self._translations(materials)
        data = MaterialSerializer(materials, many=True, context=context).data
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        choice_param(request, "rich_text_format", RICH_TEXT_FORMATS)
        lookup = self.kwargs[self.lookup_field]
        if not str(lookup).isdigit():
            raise exceptions.NotFound()
        ids = list(self.get_queryset().filter(pk=lookup).values_list("pk", flat=True))
        materials = self._with_relations(ids)
        if not materials:
            raise exceptions.NotFound()
        material = materials[0]
        self.last_modified = material.last_published_at
        context = self.get_serializer_context()
        context["translations"] = self._translations(materials)
        return Response(MaterialDetailSerializer(material, context=context).data)


# --- Taxonomy of the library ----------------------------------------------------


class NarrativeSerializer(TaxonomySerializer):
    number = serializers.IntegerField(allow_null=True)
    summary = serializers.CharField()


class _LibraryTaxonomyViewSet(PublicViewSet):
    model = None

    def base_queryset(self):
        rows = self.model.objects.select_related("locale").order_by(
            "locale__language_code", "name", "pk"
        )
        if lang := choice_param(self.request, "lang", LANGUAGE_CODES):
            rows = rows.filter(locale__language_code=lang)
        return rows


_taxonomy_schema = extend_schema_view(
    list=extend_schema(parameters=[LANG_PARAMETER]),
    retrieve=extend_schema(parameters=[ID_PARAMETER]),
)


@_taxonomy_schema
class NarrativeViewSet(_LibraryTaxonomyViewSet):
    """Extremist narratives the library's materials counter."""

    api_description = gettext_lazy(
        "Extremist narratives the library's materials counter."
    )

    model = NarrativeCountered
    serializer_class = NarrativeSerializer


@_taxonomy_schema
class ThemeViewSet(_LibraryTaxonomyViewSet):
    """Themes and values materials build on."""

    api_description = gettext_lazy("Themes and values materials build on.")

    model = Theme
    serializer_class = TaxonomySerializer


@_taxonomy_schema
class FormatViewSet(_LibraryTaxonomyViewSet):
    """Formats: brochure, video, lesson, …"""

    api_description = gettext_lazy("Formats: brochure, video, lesson, …")

    model = Format
    serializer_class = TaxonomySerializer


# --- Organisations' public profiles ----------------------------------------------


class OrganisationSerializer(serializers.Serializer):
    slug = serializers.CharField(source="organisation.slug")
    name = serializers.SerializerMethodField()
    names = serializers.SerializerMethodField()
    kind = serializers.CharField(source="organisation.kind")
    description = serializers.CharField(source="organisation.description")
    website = serializers.CharField(source="organisation.website")
    region = serializers.SerializerMethodField()
    spaces = serializers.SerializerMethodField()

    def get_name(self, obj) -> str:
        """In the caller's language (Accept-Language)."""
        return _organisation_name(obj.organisation, (get_language() or "ru")[:2])

    def get_names(self, obj) -> dict[str, str]:
        organisation = obj.organisation
        return {
            code: _organisation_name(organisation, code)
            for code, _name in content_languages()
        }

    def get_region(self, obj) -> str | None:
        region = obj.organisation.region
        return region.slug if region else None

    def get_spaces(self, obj) -> TranslationSerializer(many=True):
        return [
            {
                "id": space.pk,
                "language": space.locale.language_code,
                "url": _page_url(space.url_path, space.locale.language_code),
            }
            for space in obj.live_spaces
        ]


@extend_schema_view(
    retrieve=extend_schema(
        parameters=[
            OpenApiParameter(
                "slug",
                OpenApiTypes.STR,
                OpenApiParameter.PATH,
                description=gettext_lazy("Slug."),
            )
        ]
    )
)
class OrganisationViewSet(PublicViewSet):
    """Organisations that publish in the library, with their public profile.

    An organisation is listed once it has a published space; its internal record
    (members, roster, plans) is never here.
    """

    api_description = gettext_lazy(
        "Organisations that publish in the library, with their public profile. "
        "An organisation is listed once it has a published space."
    )

    serializer_class = OrganisationSerializer
    lookup_field = "slug"

    def base_queryset(self):
        return OrganisationSpace.objects.live().select_related("locale")

    def _profiles(self, spaces):
        by_organisation = {}
        for space in spaces:
            by_organisation.setdefault(space.organisation_id, []).append(space)
        organisations = Organisation.objects.filter(
            pk__in=by_organisation
        ).select_related("region")
        rows = []
        for organisation in sorted(organisations, key=lambda o: o.slug):
            profile = _Profile(organisation, by_organisation[organisation.pk])
            rows.append(profile)
        return rows

    def list(self, request, *args, **kwargs):
        rows = self._profiles(self.get_queryset())
        page = self.paginate_queryset(rows)
        data = OrganisationSerializer(page, many=True).data
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        slug = self.kwargs["slug"]
        rows = self._profiles(self.get_queryset().filter(organisation__slug=slug))
        if not rows:
            raise exceptions.NotFound()
        return Response(OrganisationSerializer(rows[0]).data)


class _Profile:
    def __init__(self, organisation, spaces):
        self.organisation = organisation
        self.live_spaces = sorted(spaces, key=lambda s: s.locale.language_code)


# --- Public print editions ----------------------------------------------------


class PrintEditionSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    title = serializers.CharField()
    language = serializers.CharField()
    layout = serializers.CharField()
    folded = serializers.BooleanField()
    pages = serializers.IntegerField(allow_null=True)
    size = serializers.IntegerField(allow_null=True, help_text=gettext_lazy("Bytes."))
    material = serializers.IntegerField(source="page_id", allow_null=True)
    download_url = serializers.SerializerMethodField()
    finished_at = serializers.DateTimeField(allow_null=True)

    def get_download_url(self, obj) -> str:
        return _base() + reverse("kopir_print_public", args=[obj.pk])


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter(
                "material",
                int,
                description=gettext_lazy("Only the editions of this material."),
            ),
            LANG_PARAMETER,
        ]
    ),
    retrieve=extend_schema(
        parameters=[OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH)]
    ),
)
class PrintEditionViewSet(PublicViewSet):
    """Ready PDFs of published materials (brochures, leaflets) anyone may print."""

    api_description = gettext_lazy(
        "Ready PDFs of published materials (brochures, leaflets) anyone may print."
    )

    serializer_class = PrintEditionSerializer
    lookup_value_regex = "[0-9a-f-]{36}"

    def base_queryset(self):
        rows = PrintEdition.objects.public().order_by("-finished_at", "pk")
        if (material := id_param(self.request, "material")) is not None:
            rows = rows.filter(page_id=material)
        if lang := choice_param(self.request, "lang", LANGUAGE_CODES):
            rows = rows.filter(language=lang)
        return rows


# --- Languages -------------------------------------------------------------------


class LanguageSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    materials = serializers.IntegerField(
        help_text=gettext_lazy("Published materials in it.")
    )


class LanguageViewSet(PublicListViewSet):
    """The languages the library publishes in, with how many materials each has."""

    api_description = gettext_lazy(
        "The languages the library publishes in, with how many materials each has."
    )

    serializer_class = LanguageSerializer
    pagination_class = None

    def base_queryset(self):
        return public_materials()

    def list(self, request, *args, **kwargs):
        counts = dict(
            self.get_queryset()
            .order_by()
            .values_list("locale__language_code")
            .annotate(n=Count("pk"))
            .values_list("locale__language_code", "n")
        )
        self.last_modified = self.get_queryset().aggregate(
            latest=Max("last_published_at")
        )["latest"]
        rows = [
            {"code": code, "name": name, "materials": counts.get(code, 0)}
            for code, name in content_languages()
        ]
        return Response(LanguageSerializer(rows, many=True).data)
