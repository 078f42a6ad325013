"""The API's foundations (/api/v1/), and the audiences endpoints.

Two kinds of endpoint, and nothing else:

* ``PublicViewSet``: read-only, anonymous, what any reader of the public site may
  see. Its rows pass through the access layer as an anonymous visitor
  (``public``): a model that registered no rule is refused, not shown.
* ``OrganisationViewSet``: an organisation token's (``Authorization: Bearer
  kopir_…``). Its rows are the token's organisation's (``access.owned_by``);
  another organisation's id answers 404. Each call is written to the audit log.

Both answer with an ``ETag`` (and ``Last-Modified`` where the rows have a date),
so a client's ``If-None-Match`` gets a 304, and both are throttled.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import (
    exceptions,
    mixins,
    pagination,
    permissions,
    serializers,
    viewsets,
)
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import SimpleRateThrottle
from wagtail.log_actions import log

from audiences import access
from audiences.models import (
    ApiToken,
    Channel,
    Community,
    HelpPoint,
    Region,
    TargetGroup,
)
from audiences.models.help import LANGUAGE_CODES
from audiences.models.tokens import digest
from audiences.security.client_ip import client_ip

API_CALL = "kopir.api_call"
# The largest id a 64-bit integer column holds.
MAX_ID = 2**63 - 1
API_REFUSED = "kopir.api_refused"
# A token's "last used" is written at most this often (seconds).
LAST_USED_EVERY = 60


def public(queryset):
    """``queryset`` as an anonymous reader may see it.

    Shared models (taxonomy) are everyone's; owned models keep their public rows
    only; a model the access layer does not know is an error, never open.
    """
    model = queryset.model
    if access.is_owned(model):
        return access.visible(AnonymousUser(), queryset)
    if access.is_shared(model):
        return queryset
    raise LookupError(
        f"{model._meta.label} is neither owned nor shared: decide who may see it "
        "in audiences.access before the API serves it"
    )


# --- Authentication, scopes, throttles -------------------------------------------


class OrganisationTokenAuthentication(BaseAuthentication):
    """``Authorization: Bearer kopir_…``: the token stands for its organisation."""

    keyword = "bearer"

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(
                _("Send the token as “Authorization: Bearer <token>”.")
            )
        secret = parts[1].decode("ascii", errors="replace")
        token = ApiToken.find(secret)
        if token is None:
            refused = ApiToken.objects.filter(key_digest=digest(secret)).first()
            if refused is not None:
                _audit(refused, request, API_REFUSED, status=401)
            raise exceptions.AuthenticationFailed(
                _("This token is unknown, revoked or expired.")
            )
        now = timezone.now()
        if (
            token.last_used_at is None
            or (now - token.last_used_at).total_seconds() > LAST_USED_EVERY
        ):
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return (AnonymousUser(), token)

    def authenticate_header(self, request):
        return 'Bearer realm="kopir"'


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = OrganisationTokenAuthentication
    name = "organisationToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "An organisation token, made by the organisation's admin in "
                "Audiences › API tokens (it starts with kopir_)."
            ),
        }


class HasScope(permissions.BasePermission):
    """The token is present and carries the scope the view asks for this method."""

    def has_permission(self, request, view):
        token = request.auth
        if not isinstance(token, ApiToken):
            raise exceptions.NotAuthenticated(
                _("This endpoint needs an organisation token.")
            )
        needed = view.required_scopes.get(request.method)
        if needed is None and request.method in ("HEAD", "OPTIONS"):
            needed = view.required_scopes.get("GET")
        if needed is None:
            raise exceptions.MethodNotAllowed(request.method)
        if needed not in token.scopes:
            self.message = _("This token may not do that: it lacks “%(scope)s”.") % {
                "scope": needed
            }
            return False
        return True


class _SettingRateThrottle(SimpleRateThrottle):
    setting = ""

    def get_rate(self):
        return getattr(settings, self.setting)


class AnonymousThrottle(_SettingRateThrottle):
    """Requests per client address (behind TRUSTED_PROXY_COUNT proxies)."""

    scope = "api-anonymous"
    setting = "API_THROTTLE_ANON"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}


class TokenThrottle(_SettingRateThrottle):
    """Requests per token."""

    scope = "api-token"
    setting = "API_THROTTLE_TOKEN"

    def get_cache_key(self, request, view):
        token = request.auth
        ident = token.pk if isinstance(token, ApiToken) else client_ip(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class JSONOnly(BaseContentNegotiation):
    """JSON in, JSON out. ``?format=`` is the library's format filter here, not
    REST framework's renderer switch."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class Pagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    page_query_description = _("Which page of the list (from 1).")
    page_size_query_description = _("Rows per page (at most API_MAX_PAGE_SIZE).")

    def __init__(self):
        self.page_size = settings.API_PAGE_SIZE
        self.max_page_size = settings.API_MAX_PAGE_SIZE


# --- The two kinds of view -------------------------------------------------------


class _ConditionalMixin:
    """``ETag`` on every successful read, ``Last-Modified`` where known, and 304s.

    The language of error messages follows ``Accept-Language``. JSON in and out.
    """

    last_modified = None
    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser]
    content_negotiation_class = JSONOnly

    def initial(self, request, *args, **kwargs):
        language = translation.get_language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        super().initial(request, *args, **kwargs)
        # An id no database column holds is simply not there (not a 500).
        for value in kwargs.values():
            if str(value).isdigit() and int(value) > MAX_ID:
                raise exceptions.NotFound(_("Not found."))

    def get_object(self):
        try:
            return super().get_object()
        except Http404:
            # The same words for another organisation's row and a missing one.
            raise exceptions.NotFound(_("Not found.")) from None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        set_response_etag(response)
        last_modified = None
        if self.last_modified is not None:
            last_modified = int(self.last_modified.timestamp())
            response["Last-Modified"] = http_date(last_modified)
        response["Vary"] = "Accept, Accept-Language, Authorization, Origin"
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=last_modified,
            response=response,
        )


class PublicListViewSet(
    _ConditionalMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    """Read-only, anonymous, public rows only: a list."""

    authentication_classes = []
    permission_classes = [permissions.AllowAny]
    throttle_classes = [AnonymousThrottle]
    pagination_class = Pagination

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        # Once per request: the access layer's view restrictions cost a query.
        if not hasattr(self, "_public_rows"):
            self._public_rows = public(self.base_queryset())
        return self._public_rows.all()


class PublicViewSet(mixins.RetrieveModelMixin, PublicListViewSet):
    """Read-only, anonymous, public rows only: a list and each row."""


class OrganisationViewSet(_ConditionalMixin, viewsets.GenericViewSet):
    """An organisation token's own rows; every call is audited."""

    authentication_classes = [OrganisationTokenAuthentication]
    permission_classes = [HasScope]
    throttle_classes = [TokenThrottle]
    pagination_class = Pagination
    required_scopes = {}

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        token = self.request.auth
        return access.owned_by(
            getattr(token, "organisation_id", None), self.base_queryset()
        )

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        token = getattr(request, "auth", None)
        if isinstance(token, ApiToken):
            _audit(token, request, API_CALL, status=response.status_code)
        return response


def _audit(token, request, action, *, status):
    log(
        token,
        action,
        data={
            "method": request.method,
            "path": request.path[:200],
            "status": status,
            "ip": client_ip(request),
        },
    )


def id_param(request, name):
    """``?<name>=`` as an id, None when absent; 400 when it is not one."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or int(raw) > MAX_ID:
        raise exceptions.ValidationError({name: [_("Give a number.")]})
    return int(raw)


def choice_param(request, name, choices):
    """``?<name>=`` as one of ``choices``, None when absent; 400 otherwise."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    if raw not in choices:
        raise exceptions.ValidationError(
            {name: [_("Choose one of: %(choices)s.") % {"choices": ", ".join(choices)}]}
        )
    return raw


# --- Audiences endpoints -----------------------------------------------------------

LANG_PARAMETER = OpenApiParameter(
    "lang",
    str,
    description=_("Only rows in this language."),
    enum=list(LANGUAGE_CODES),
)


class KopirAutoSchema(AutoSchema):
    """drf-spectacular's schema, with each endpoint described by its view's
    ``api_description`` (translated: the docs page reads it in the reader's
    language; the committed schema is English)."""

    def get_description(self):
        text = getattr(self.view, "api_description", None)
        return str(text) if text is not None else super().get_description()


class TaxonomyRefSerializer(serializers.Serializer):
    """A taxonomy term where something refers to it."""

    slug = serializers.CharField()
    name = serializers.CharField()


class TaxonomySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    description = serializers.CharField()
    language = serializers.CharField(source="locale.language_code")


class TargetGroupSerializer(TaxonomySerializer):
    age_min = serializers.IntegerField(allow_null=True)
    age_max = serializers.IntegerField(allow_null=True)
    setting = serializers.CharField()
    gender_focus = serializers.CharField()
    languages = serializers.SerializerMethodField()

    def get_languages(self, obj) -> list[str]:
        return [locale.language_code for locale in obj.languages.all()]


class RegionSerializer(TaxonomySerializer):
    kind = serializers.CharField()
    centre = serializers.CharField()


class ChannelSerializer(TaxonomySerializer):
    kind = serializers.CharField()


class CommunitySerializer(TaxonomySerializer):
    kind = serializers.CharField()


class _TaxonomyViewSet(PublicViewSet):
    model = None

    def base_queryset(self):
        rows = self.model.objects.select_related("locale").order_by(
            "locale__language_code", "name", "pk"
        )
        lang = choice_param(self.request, "lang", LANGUAGE_CODES)
        if lang:
            rows = rows.filter(locale__language_code=lang)
        return rows


ID_PARAMETER = OpenApiParameter(
    "id", int, OpenApiParameter.PATH, description=_("The row's id.")
)
_taxonomy_schema = extend_schema_view(
    list=extend_schema(parameters=[LANG_PARAMETER]),
    retrieve=extend_schema(parameters=[ID_PARAMETER]),
)


@_taxonomy_schema
class TargetGroupViewSet(_TaxonomyViewSet):
    """Target groups: who a material is for (public description only)."""

    api_description = _(
        "Target groups: who a material is for (public description only)."
    )

    model = TargetGroup
    serializer_class = TargetGroupSerializer

    def base_queryset(self):
        return super().base_queryset().prefetch_related("languages")


@_taxonomy_schema
class RegionViewSet(_TaxonomyViewSet):
    """Regions of Kazakhstan a material or help point may name."""

    api_description = _("Regions of Kazakhstan a material or help point may name.")

    model = Region
    serializer_class = RegionSerializer


@_taxonomy_schema
class ChannelViewSet(_TaxonomyViewSet):
    """Channels campaigns use (Instagram, a school assembly, …)."""

    api_description = _("Channels campaigns use (Instagram, a school assembly, …).")

    model = Channel
    serializer_class = ChannelSerializer


@_taxonomy_schema
class CommunityViewSet(_TaxonomyViewSet):
    """Communities a material shows as full members of society."""

    api_description = _("Communities a material shows as full members of society.")

    model = Community
    serializer_class = CommunitySerializer


class TextsSerializer(serializers.Serializer):
    kk = serializers.CharField()
    ru = serializers.CharField()
    en = serializers.CharField()


class HelpPointSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    region = serializers.SerializerMethodField()
    name = serializers.SerializerMethodField()
    address = serializers.SerializerMethodField()
    hours = serializers.SerializerMethodField()
    phone = serializers.CharField()
    messenger = serializers.CharField(
        help_text=_("The help point's public Telegram or WhatsApp contact.")
    )
    languages = serializers.SerializerMethodField()
    is_placeholder = serializers.BooleanField()
    verified_on = serializers.DateField(allow_null=True)

    @staticmethod
    def _texts(obj, name):
        return {code: getattr(obj, f"{name}_{code}") for code in LANGUAGE_CODES}

    def get_region(self, obj) -> str | None:
        return obj.region.slug if obj.region_id else None

    def get_name(self, obj) -> TextsSerializer:
        return self._texts(obj, "name")

    def get_address(self, obj) -> TextsSerializer:
        return self._texts(obj, "address")

    def get_hours(self, obj) -> TextsSerializer:
        return self._texts(obj, "hours")

    def get_languages(self, obj) -> list[str]:
        return [locale.language_code for locale in obj.languages.all()]


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter(
                "region",
                str,
                description=_(
                    "A region's slug: that region's points and the nationwide ones."
                ),
            )
        ]
    )
)
class HelpPointViewSet(PublicViewSet):
    """Public help points: advisory centres, helplines, psychologists."""

    api_description = _(
        "Public help points: advisory centres, helplines, psychologists."
    )

    serializer_class = HelpPointSerializer

    def base_queryset(self):
        rows = (
            HelpPoint.objects.select_related("region")
            .prefetch_related(Prefetch("languages"))
            .order_by("sort_order", "pk")
        )
        region = self.request.query_params.get("region")
        if region:
            rows = rows.filter(region__isnull=True) | rows.filter(region__slug=region)
        return rows
