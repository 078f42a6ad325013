"""Campaigns in the API: an organisation token reads its organisation's
activities and calendar, and posts results from other tools (a bot, a platform's
statistics export).

Only the token's own organisation's rows are reachable (``access.owned_by``): an
activity of another organisation answers 404, as one that does not exist.
Messengers appear by their public label only; notes, costs, sentiment notes and
contacts never leave the admin.
"""

from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError as ModelValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, serializers, status
from rest_framework.response import Response

from audiences import access
from audiences.api import (
    OrganisationViewSet,
    TaxonomyRefSerializer,
    choice_param,
    id_param,
)
from audiences.models import ApiToken
from campaigns.models import Activity, ResultEntry

READ = ApiToken.Scope.READ_ACTIVITIES.value
WRITE = ApiToken.Scope.WRITE_RESULTS.value
# The calendar answers for at most this many days at once.
CALENDAR_MAX_DAYS = 366
# Days the API reads at all (a calendar window must end before year 9999's end).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(9000, 12, 31)


class PlanRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


def _ref(row):
    return {"slug": row.slug, "name": row.name} if row is not None else None


class ActivitySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    plan = PlanRefSerializer()
    status = serializers.CharField()
    starts_at = serializers.DateTimeField()
    go_live_at = serializers.DateTimeField(allow_null=True)
    repeat = serializers.CharField()
    repeat_until = serializers.DateField(allow_null=True)
    channel = serializers.SerializerMethodField()
    target_group = serializers.SerializerMethodField()
    messenger = serializers.SerializerMethodField(
        help_text=gettext_lazy(
            "The messenger's public label; their contacts are never given."
        )
    )
    material = serializers.IntegerField(source="material_id", allow_null=True)

    def get_channel(self, obj) -> TaxonomyRefSerializer(allow_null=True):
        return _ref(obj.channel)

    def get_target_group(self, obj) -> TaxonomyRefSerializer(allow_null=True):
        return _ref(obj.target_group)

    def get_messenger(self, obj) -> str | None:
        return str(obj.messenger.public_label) if obj.messenger_id else None


def _date_param(request, name):
    raw = request.query_params.get(name)
    if not raw:
        return None
    try:
        day = datetime.strptime(raw, "%Y-%m-%d").date()
    except ValueError:
        day = None
    if day is None or not FIRST_DAY <= day <= LAST_DAY:
        raise exceptions.ValidationError({name: [_("Give the date as YYYY-MM-DD.")]})
    return day


class _ActivityRows:
    def base_queryset(self):
        return Activity.objects.select_related(
            "plan", "channel", "target_group", "messenger"
        ).order_by("starts_at", "pk")


DATE_PARAMETERS = [
    OpenApiParameter(
        "from", str, description=gettext_lazy("From this date (YYYY-MM-DD).")
    ),
    OpenApiParameter(
        "to", str, description=gettext_lazy("Up to and including this date.")
    ),
]


@extend_schema_view(
    list=extend_schema(
        parameters=[
            *DATE_PARAMETERS,
            OpenApiParameter(
                "plan", int, description=gettext_lazy("One campaign plan's id.")
            ),
            OpenApiParameter(
                "status", str, enum=[value for value, _label in Activity.Status.choices]
            ),
        ]
    )
)
class ActivityViewSet(
    _ActivityRows, mixins.ListModelMixin, mixins.RetrieveModelMixin, OrganisationViewSet
):
    """The token's organisation's campaign activities (scope activities:read)."""

    api_description = gettext_lazy(
        "The token's organisation's campaign activities (scope activities:read)."
    )

    serializer_class = ActivitySerializer
    lookup_value_regex = r"[0-9]+"
    required_scopes = {"GET": READ}

    def get_queryset(self):
        rows = super().get_queryset()
        if self.action != "list":
            return rows
        request = self.request
        if start := _date_param(request, "from"):
            rows = rows.filter(starts_at__date__gte=start)
        if end := _date_param(request, "to"):
            rows = rows.filter(starts_at__date__lte=end)
        if (plan := id_param(request, "plan")) is not None:
            rows = rows.filter(plan_id=plan)
        if state := choice_param(request, "status", Activity.Status.values):
            rows = rows.filter(status=state)
        return rows


class OccurrenceSerializer(serializers.Serializer):
    activity = serializers.IntegerField()
    title = serializers.CharField()
    starts_at = serializers.DateTimeField()
    status = serializers.CharField()
    channel = TaxonomyRefSerializer(allow_null=True)
    messenger = serializers.CharField(allow_null=True)


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter(
                "from",
                str,
                required=True,
                description=gettext_lazy("First day (YYYY-MM-DD)."),
            ),
            OpenApiParameter(
                "to",
                str,
                required=True,
                description=gettext_lazy(
                    "Last day (YYYY-MM-DD), at most a year after the first."
                ),
            ),
        ]
    )
)
class CalendarViewSet(_ActivityRows, mixins.ListModelMixin, OrganisationViewSet):
    """Every time an activity happens between two days, repeats included
    (scope activities:read)."""

    api_description = gettext_lazy(
        "Every time an activity happens between two days, repeats included "
        "(scope activities:read)."
    )

    serializer_class = OccurrenceSerializer
    required_scopes = {"GET": READ}
    pagination_class = None

    def list(self, request, *args, **kwargs):
        start = _date_param(request, "from")
        end = _date_param(request, "to")
        if start is None or end is None:
            raise exceptions.ValidationError(
                {"from": [_("Give both days: ?from=YYYY-MM-DD&to=YYYY-MM-DD.")]}
            )
        if end < start or (end - start).days > CALENDAR_MAX_DAYS:
            raise exceptions.ValidationError(
                {
                    "to": [
                        _("Give a last day after the first, at most %(n)d days on.")
                        % {"n": CALENDAR_MAX_DAYS}
                    ]
                }
            )
        zone = timezone.get_current_timezone()
        window_start = timezone.make_aware(datetime.combine(start, time.min), zone)
        window_end = timezone.make_aware(
            datetime.combine(end + timedelta(days=1), time.min), zone
        )
        rows = []
        for activity in self.get_queryset().filter(starts_at__lt=window_end):
            for moment in activity.occurrences(window_start, window_end):
                rows.append(
                    {
                        "activity": activity.pk,
                        "title": activity.title,
                        "starts_at": moment,
                        "status": activity.status,
                        "channel": _ref(activity.channel),
                        "messenger": (
                            str(activity.messenger.public_label)
                            if activity.messenger_id
                            else None
                        ),
                    }
                )
        rows.sort(key=lambda row: (row["starts_at"], row["activity"]))
        return Response(OccurrenceSerializer(rows, many=True).data)


# The largest figure every database stores (PostgreSQL's integer).
FIGURE_MAX = 2_147_483_647


def _figure(name):
    return serializers.IntegerField(
        min_value=0,
        max_value=FIGURE_MAX,
        allow_null=True,
        required=False,
        help_text=capfirst(ResultEntry._meta.get_field(name).verbose_name),
    )


class ResultSerializer(serializers.ModelSerializer):
    date = serializers.DateField(
        help_text=gettext_lazy("The day it happened (YYYY-MM-DD).")
    )
    reach = _figure("reach")
    impressions = _figure("impressions")
    engagement = _figure("engagement")
    comments = _figure("comments")
    attendance = _figure("attendance")
    qr_scans = _figure("qr_scans")

    class Meta:
        model = ResultEntry
        fields = ["id", *(("date",) + ResultEntry.FIGURES)]
        read_only_fields = ["id"]


@extend_schema(
    parameters=[
        OpenApiParameter(
            "activity_pk",
            int,
            OpenApiParameter.PATH,
            description=gettext_lazy("The activity's id."),
        )
    ]
)
class ResultViewSet(
    mixins.ListModelMixin, mixins.CreateModelMixin, OrganisationViewSet
):
    """Results of one activity: read them (activities:read) or post one
    (results:write). Notes and sentiment stay in the admin."""

    api_description = gettext_lazy(
        "Results of one activity: read them (scope activities:read) or post one "
        "(scope results:write). Notes and sentiment stay in the admin."
    )

    serializer_class = ResultSerializer
    required_scopes = {"GET": READ, "POST": WRITE}

    def activity(self):
        if not hasattr(self, "_activity"):
            pk = self.kwargs["activity_pk"]
            activity = None
            if str(pk).isdigit():
                activity = (
                    access.owned_by(self.request.auth.organisation_id, Activity.objects)
                    .select_related("plan")
                    .filter(pk=pk)
                    .first()
                )
            if activity is None:
                raise exceptions.NotFound()
            self._activity = activity
        return self._activity

    def base_queryset(self):
        return ResultEntry.objects.order_by("-date", "-pk")

    def get_queryset(self):
        return super().get_queryset().filter(activity=self.activity())

    def create(self, request, *args, **kwargs):
        activity = self.activity()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        entry = ResultEntry(activity=activity, **serializer.validated_data)
        try:
            entry.full_clean()
        except ModelValidationError as error:
            raise exceptions.ValidationError(error.message_dict) from None
        if not any(getattr(entry, name) is not None for name in ResultEntry.FIGURES):
            raise exceptions.ValidationError(
                {"reach": [_("Give at least one figure.")]}
            )
        if entry.date < timezone.localtime(activity.starts_at).date():
            raise exceptions.ValidationError(
                {"date": [_("This is before the activity was planned to take place.")]}
            )
        figures = {name: getattr(entry, name) for name in ResultEntry.FIGURES}
        with transaction.atomic():
            # A tool that sends the same result again (a retry) gets the one it
            # made, not a second row that would count twice.
            same = (
                ResultEntry.objects.select_for_update()
                .filter(activity=activity, date=entry.date, **figures)
                .first()
            )
            if same is not None:
                return Response(
                    self.get_serializer(same).data, status=status.HTTP_200_OK
                )
            entry.save()
        return Response(self.get_serializer(entry).data, status=status.HTTP_201_CREATED)
