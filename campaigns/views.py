"""Planner views: the plan page, coverage, calendar, iCal feed, case study."""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import BooleanColumn, Column

from audiences.forms import planning_organisations
from campaigns.calendar import CalendarFilterForm, build_calendar
from campaigns.ical import activities_ical, zone_of
from campaigns.models import Activity, CalendarFeed, CampaignPlan, Indicator
from campaigns.overview import coverage, load_plan, result_totals
from campaigns.overview import rollups as indicator_rollups
from campaigns.plan_page import load_plan_page, plan_page
from campaigns.printing import request_plan_document
from campaigns.services import CaseStudyError, lessons_to_case_study
from content.reports.base import MemberReportView


def _plan_or_404(request, pk, load=load_plan):
    try:
        return load(CampaignPlan.objects.for_user(request.user), pk)
    except CampaignPlan.DoesNotExist as error:
        raise Http404 from error


def plan_view(request, pk):
    plan = _plan_or_404(request, pk, load=load_plan_page)
    context = plan_page(plan, request.GET.get("p"))
    context["adjustments"] = list(plan.adjustments.select_related("author"))
    context["languages"] = settings.WAGTAIL_CONTENT_LANGUAGES
    context["edit_base"] = _activity_edit_base()
    return TemplateResponse(request, "campaigns/plan_page.html", context)


def _activity_edit_base():
    """An activity's edit address without its pk: one reverse for all links."""
    return reverse("wagtailsnippets_campaigns_activity:edit", args=[0])[:-2]


@require_POST
def plan_document_view(request, pk):
    """Queue the plan as a PDF document and show its progress."""

    plan = _plan_or_404(request, pk)
    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    language = request.POST.get("language") or request.LANGUAGE_CODE[:2]
    if language not in languages:
        language = settings.LANGUAGE_CODE
    edition = request_plan_document(plan, request.user, language)
    return redirect("kopir_print_edition", edition.pk)


def coverage_view(request):
    organisations = list(planning_organisations(request.user))
    chosen = request.GET.get("organisation")
    organisation = next((o for o in organisations if str(o.pk) == chosen), None)
    if organisation is None and organisations:
        organisation = organisations[0]
    plans = CampaignPlan.objects.filter(organisation=organisation).prefetch_related(
        "audiences", "messages__language"
    )
    return TemplateResponse(
        request,
        "campaigns/coverage.html",
        {
            "organisations": organisations,
            "organisation": organisation,
            "coverage": coverage(plans),
            "plan_count": len(plans),
        },
    )


def calendar_view(request):
    form = CalendarFilterForm(request.GET or None, user=request.user)
    data = {}
    if form.is_bound:
        # A filter the user may not use (another organisation's plan, say) is
        # dropped with its error shown; the valid ones (view, day) still apply.
        form.is_valid()
        data = form.cleaned_data
    context = build_calendar(request.user, data)
    query = request.GET.copy()
    query.pop("day", None)
    filters = query.urlencode()
    query.pop("view", None)
    context.update(
        {
            "form": form,
            "filters": filters,
            # For links to another view ("+N more" opens the day's).
            "day_filters": query.urlencode(),
            "feed": CalendarFeed.objects.filter(user=request.user).first(),
            "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
            "edit_base": _activity_edit_base(),
        }
    )
    return TemplateResponse(request, "campaigns/calendar.html", context)


@require_POST
def feed_reset_view(request):
    """Issue a new secret address; the old one stops working at once."""
    had_one = CalendarFeed.objects.filter(user=request.user).exists()
    CalendarFeed.issue(request.user)
    if had_one:
        text = _("Your calendar address is new; the old one no longer works.")
    else:
        text = _(
            "Your calendar address is ready: copy it into your calendar app, or "
            "download the activities as a file."
        )
    messages.success(request, text)
    return redirect("kopir_campaigns:calendar")


@require_POST
def feed_revoke_view(request):
    CalendarFeed.objects.filter(user=request.user).delete()
    messages.success(request, _("Your calendar address is turned off."))
    return redirect("kopir_campaigns:calendar")


def feed_view(request, token):
    """The personal iCal feed: only what the feed's owner may see, no private field."""
    feed = (
        CalendarFeed.objects.filter(token=token, user__is_active=True)
        .select_related("user")
        .first()
    )
    if feed is None:
        raise Http404
    since = timezone.now() - timedelta(days=120)
    activities = Activity.objects.for_user(feed.user).for_calendar().exclude(
        status=Activity.Status.CANCELLED
    ).filter(starts_at__gte=since) | Activity.objects.for_user(
        feed.user
    ).for_calendar().exclude(status=Activity.Status.CANCELLED).exclude(
        repeat=""
    ).filter(repeat_until__gte=since.date())
    body = activities_ical(activities.distinct(), request, zone=zone_of(feed.user))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def case_study_view(request, pk):
    plan = get_object_or_404(CampaignPlan.objects.for_user(request.user), pk=pk)
    try:
        with transaction.atomic():
            page = lessons_to_case_study(plan, request.user)
    except CaseStudyError as error:
        messages.error(request, str(error))
        return redirect("kopir_campaigns:plan", pk=plan.pk)
    except PermissionDenied:
        messages.error(
            request,
            _("Only editors of the organisation can create materials in its library."),
        )
        return redirect("kopir_campaigns:plan", pk=plan.pk)
    messages.success(
        request, _("A draft case study is in your library: review it and submit it.")
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


class IndicatorsReportView(MemberReportView):
    """Indicators of every plan the user may see, rolled up against their targets."""

    page_title = gettext_lazy("Campaign indicators")
    header_icon = "pick"
    url_namespace = "kopir_campaigns"
    report_name = "indicators"
    export_filename = "kopir-indicators"
    list_export = [
        "plan.organisation.localized_name",
        "plan.title",
        "name",
        "family_label",
        "metric_label",
        "baseline",
        "target",
        "current",
        "percent",
        "unit",
        "source",
        "vanity",
    ]
    export_headings = {
        "plan.organisation.localized_name": gettext_lazy("Organisation"),
        "plan.title": gettext_lazy("Campaign"),
        "name": gettext_lazy("Indicator"),
        "family_label": gettext_lazy("Family"),
        "metric_label": gettext_lazy("Rolled up from"),
        "baseline": gettext_lazy("Baseline"),
        "target": gettext_lazy("Target"),
        "current": gettext_lazy("Current"),
        # xgettext:no-python-format
        "percent": gettext_lazy("% of target"),
        "unit": gettext_lazy("Unit"),
        "source": gettext_lazy("Source"),
        "vanity": gettext_lazy("Vanity metric"),
    }

    def get_queryset(self):
        return Indicator.objects.filter(
            plan__in=CampaignPlan.objects.for_user(self.request.user)
        ).select_related("plan__organisation")

    def decorate(self, indicators):
        indicators = list(indicators)
        cache = self.__dict__.setdefault("_totals", {})
        missing = {i.plan for i in indicators if i.plan_id not in cache}
        if missing:
            cache.update(dict.fromkeys((p.pk for p in missing), {}))
            cache.update(result_totals(missing))
        for indicator in indicators:
            row = indicator_rollups([indicator], cache[indicator.plan_id])[0]
            indicator.current = row["current"]
            indicator.percent = row["percent"]
            indicator.family_label = indicator.get_family_display()
            indicator.metric_label = indicator.get_metric_display()
        return indicators

    @property
    def columns(self):
        return [
            Column("name", label=_("Indicator")),
            Column("plan", label=_("Campaign"), accessor="plan.title"),
            Column("family_label", label=_("Family")),
            Column("baseline", label=_("Baseline")),
            Column("current", label=_("Current")),
            Column("target", label=_("Target")),
            # xgettext:no-python-format
            Column("percent", label=_("% of target")),
            BooleanColumn("vanity", label=_("Vanity metric")),
        ]

    def get_table(self, object_list):
        return super().get_table(self.decorate(object_list))

    def to_row_dict(self, item):
        if not hasattr(item, "family_label"):
            self.decorate([item])
        return super().to_row_dict(item)
