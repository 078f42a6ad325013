"""Admin views: adapt a material, the materials report, the review decisions report."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Case, CharField, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, TaskState, WorkflowState

from audiences import access
from audiences.models import Organisation, TargetGroup
from content.access import visible_materials
from content.models import MaterialPage, NarrativeCountered
from content.review import ChecklistReviewTaskState
from content.services import AdaptError, adapt_material
from content.translations import (
    MISSING,
    OUT_OF_DATE,
    STATUS_LABELS,
    UP_TO_DATE,
    filter_by_status,
    language_codes,
    status_text,
    visible_with_status,
    with_languages,
    with_translation_status,
)

# --- Adapt for my organisation ---------------------------------------------------


class AdaptForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("For organisation")
    )
    locale = forms.ModelChoiceField(
        queryset=Locale.objects.all(),
        label=_("Language of the copy"),
        help_text=_(
            "Choose another language to start a translation straight away: the "
            "text stays as it is for you to translate, the tags follow."
        ),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["locale"].label_from_instance = lambda locale: (
            locale.get_display_name()
        )


def adapt_view(request, page_id):
    """Copy another organisation's live material into one's own space as a draft."""
    original = get_object_or_404(
        MaterialPage.objects.live()
        .public()
        .select_related("origin_organisation", "locale"),
        pk=page_id,
    )
    organisations = access.organisations(request.user, *access.EDITORS).exclude(
        pk=original.origin_organisation_id
    )
    if not organisations.exists():
        raise PermissionDenied
    form = AdaptForm(
        request.POST or None,
        organisations=organisations,
        initial={"organisation": organisations.first(), "locale": original.locale},
    )
    if request.method == "POST" and form.is_valid():
        try:
            copy = adapt_material(
                original=original,
                organisation=form.cleaned_data["organisation"],
                locale=form.cleaned_data["locale"],
                user=request.user,
            )
        except AdaptError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                gettext(
                    "Draft created. It stays private until your reviewer approves it."
                ),
            )
            return redirect("wagtailadmin_pages:edit", copy.pk)
    return TemplateResponse(
        request,
        "content/admin/adapt.html",
        {
            "original": original,
            "form": form,
            "page_title": gettext("Adapt for my organisation"),
            "header_icon": "copy",
        },
    )


def with_review_state(queryset):
    """Annotate ``review_state``: draft, in_review, changes, live, live_draft."""
    page_type = ContentType.objects.get_for_model(Page)
    latest_workflow = WorkflowState.objects.filter(
        base_content_type=page_type,
        object_id=Cast(OuterRef("pk"), CharField()),
    ).order_by("-created_at")
    return queryset.annotate(
        workflow_status=Subquery(latest_workflow.values("status")[:1]),
        review_state=Case(
            When(
                workflow_status=WorkflowState.STATUS_IN_PROGRESS,
                then=Value("in_review"),
            ),
            When(
                Q(workflow_status=WorkflowState.STATUS_NEEDS_CHANGES)
                & Q(has_unpublished_changes=True),
                then=Value("changes"),
            ),
            When(
                Q(live=True) & Q(has_unpublished_changes=True), then=Value("live_draft")
            ),
            When(live=True, then=Value("live")),
            default=Value("draft"),
            output_field=CharField(),
        ),
    )


REVIEW_STATES = [
    ("draft", _("Draft")),
    ("in_review", _("In review")),
    ("changes", _("Changes requested")),
    ("live", _("Live")),
    ("live_draft", _("Live, with draft changes")),
]
REVIEW_STATE_LABELS = dict(REVIEW_STATES)


def label_review_states(materials):
    """Set ``review_state_label`` on materials annotated by ``with_review_state``."""
    for material in materials:
        material.review_state_label = str(REVIEW_STATE_LABELS[material.review_state])
    return materials


# --- Materials report --------------------------------------------------------------


class MaterialsFilterSet(WagtailFilterSet):
    narrative = django_filters.ChoiceFilter(
        label=_("Narrative countered"), method="filter_narrative", choices=[]
    )
    target_group = django_filters.ChoiceFilter(
        label=_("Target group"), method="filter_target_group", choices=[]
    )
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=Locale.objects.all()
    )
    origin_organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.all()
    )
    review_state = django_filters.ChoiceFilter(
        label=_("Review state"), choices=REVIEW_STATES
    )
    translation_status = django_filters.ChoiceFilter(
        label=_("Translation status"),
        choices=list(STATUS_LABELS.items()),
        method="filter_translation_status",
    )

    class Meta:
        model = MaterialPage
        fields = ["locale", "origin_organisation", "review_state"]

    def filter_translation_status(self, queryset, name, value):
        return filter_by_status(queryset, value)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.get_active()
        self.filters["narrative"].extra["choices"] = list(
            NarrativeCountered.objects.filter(locale=locale)
            .order_by("number")
            .values_list("slug", "name")
        )
        self.filters["target_group"].extra["choices"] = list(
            TargetGroup.objects.filter(locale=locale)
            .order_by("name")
            .values_list("slug", "name")
        )

    def filter_narrative(self, queryset, name, value):
        return queryset.filter(narratives__slug=value).distinct()

    def filter_target_group(self, queryset, name, value):
        return queryset.filter(target_groups__slug=value).distinct()


class JoinedColumn(Column):
    """The names of a prefetched many-to-many relation, comma separated."""

    def get_value(self, instance):
        return ", ".join(
            obj.localized_name for obj in getattr(instance, self.accessor).all()
        )


class MaterialsReportView(ReportView):
    page_title = _("Materials")
    header_icon = "doc-full"
    index_url_name = "kopir_reports:materials"
    index_results_url_name = "kopir_reports:materials_results"
    filterset_class = MaterialsFilterSet
    export_filename = "kopir-materials"
    any_permission_required = None
    permission_policy = None
    list_export = [
        "title",
        "locale.language_code",
        "origin_organisation.localized_name",
        "narrative_names",
        "target_group_names",
        "review_state_label",
        "translation_status_text",
        "latest_revision_created_at",
        "first_published_at",
        "url_path",
    ]
    export_headings = {
        "title": _("Title"),
        "locale.language_code": _("Language"),
        "origin_organisation.localized_name": _("Organisation"),
        "narrative_names": _("Narratives countered"),
        "target_group_names": _("Target groups"),
        "review_state_label": _("Review state"),
        "translation_status_text": _("Translation status"),
        "latest_revision_created_at": _("Updated"),
        "first_published_at": _("First published"),
        "url_path": _("Path"),
    }

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Title"),
                get_url=self._edit_url,
            ),
            Column("locale", label=_("Language"), accessor="locale.language_code"),
            Column(
                "origin_organisation",
                label=_("Organisation"),
                accessor="origin_organisation.localized_name",
            ),
            JoinedColumn("narratives", label=_("Narratives countered")),
            JoinedColumn("target_groups", label=_("Target groups")),
            Column("review_state_label", label=_("Review state")),
            Column("translation_status_text", label=_("Translation status")),
            DateColumn("latest_revision_created_at", label=_("Updated")),
        ]

    def _edit_url(self, instance):
        if access.can(self.request.user, access.CHANGE, instance):
            return reverse("wagtailadmin_pages:edit", args=[instance.pk])
        return instance.url if instance.live else None

    def get_queryset(self):
        user = self.request.user
        materials = with_languages(
            with_translation_status(visible_materials(user)), visible_materials(user)
        )
        return (
            with_review_state(materials)
            .select_related("locale", "origin_organisation")
            .prefetch_related("narratives", "target_groups")
            .order_by("-latest_revision_created_at", "-pk")
        )

    def decorate_paginated_queryset(self, object_list):
        for item in object_list:
            item.narrative_names = "; ".join(
                n.localized_name for n in item.narratives.all()
            )
            item.target_group_names = "; ".join(
                g.localized_name for g in item.target_groups.all()
            )
            item.translation_status_text = status_text(item)
        return label_review_states(object_list)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(
            self.decorate_paginated_queryset(list(queryset)), spreadsheet_format
        )


# --- Review decisions report -------------------------------------------------------


class DecisionsFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Decision"),
        choices=[
            (TaskState.STATUS_APPROVED, _("Approved")),
            (TaskState.STATUS_REJECTED, _("Changes requested")),
        ],
    )

    class Meta:
        model = ChecklistReviewTaskState
        fields = ["status"]


class ReviewDecisionsReportView(ReportView):
    page_title = _("Review decisions")
    header_icon = "tasks"
    index_url_name = "kopir_reports:decisions"
    index_results_url_name = "kopir_reports:decisions_results"
    filterset_class = DecisionsFilterSet
    export_filename = "kopir-review-decisions"
    any_permission_required = None
    permission_policy = None
    list_export = [
        "material_title",
        "material_language",
        "material_organisation",
        "task.name",
        "decision",
        "reviewer",
        "finished_at",
        "checklist",
        "comment",
    ]
    export_headings = {
        "material_title": _("Material"),
        "material_language": _("Language"),
        "material_organisation": _("Organisation"),
        "task.name": _("Step"),
        "decision": _("Decision"),
        "reviewer": _("Reviewer"),
        "finished_at": _("Date"),
        "checklist": _("Checklist"),
        "comment": _("Comment"),
    }

    @property
    def columns(self):
        return [
            Column("material_title", label=_("Material")),
            Column("material_organisation", label=_("Organisation")),
            Column("material_language", label=_("Language")),
            Column("task", label=_("Step"), accessor="task.name"),
            Column("decision", label=_("Decision")),
            Column("reviewer", label=_("Reviewer")),
            DateColumn("finished_at", label=_("Date")),
            Column("checklist", label=_("Checklist")),
        ]

    def get_queryset(self):
        states = ChecklistReviewTaskState.objects.filter(
            status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED]
        )
        user = self.request.user
        if not access.is_site_admin(user):
            # A reviewer keeps their own decisions; the organisation's members
            # see every decision on its materials.
            own = access.organisation_ids(user, *access.MEMBERS)
            page_ids = (
                MaterialPage.objects.filter(origin_organisation_id__in=own)
                .annotate(pk_text=Cast("pk", CharField()))
                .values("pk_text")
            )
            states = states.filter(
                Q(workflow_state__object_id__in=page_ids) | Q(finished_by=user)
            )
        return (
            states.select_related("task", "finished_by", "workflow_state", "revision")
            .prefetch_related("review_answers")
            .order_by("-finished_at")
        )

    def decorate_paginated_queryset(self, object_list):
        object_list = list(object_list)
        ids = {int(s.workflow_state.object_id) for s in object_list}
        pages = {
            p.pk: p
            for p in MaterialPage.objects.filter(pk__in=ids).select_related(
                "locale", "origin_organisation"
            )
        }
        for state in object_list:
            page = pages.get(int(state.workflow_state.object_id))
            # The title reviewed, not today's: it is part of the record.
            state.material_title = state.revision.object_str if state.revision else ""
            state.material_language = page.locale.language_code if page else ""
            state.material_organisation = (
                page.origin_organisation.localized_name
                if page and page.origin_organisation
                else ""
            )
            state.decision = (
                gettext("Approved")
                if state.status == TaskState.STATUS_APPROVED
                else gettext("Changes requested")
            )
            who = state.finished_by
            state.reviewer = (who.get_full_name() or who.get_username()) if who else ""
            state.checklist = (
                gettext("%(yes)d yes, %(no)d no, %(na)d n/a") % state.answer_counts()
            )
        return object_list

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(
            self.decorate_paginated_queryset(queryset), spreadsheet_format
        )


# --- Translation status report: material × language --------------------------------


class TranslationsFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Translation status"),
        choices=[
            (OUT_OF_DATE, STATUS_LABELS[OUT_OF_DATE]),
            (MISSING, STATUS_LABELS[MISSING]),
            (UP_TO_DATE, STATUS_LABELS[UP_TO_DATE]),
        ],
        method="filter_status",
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=[], method="filter_language"
    )
    origin_organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.all()
    )

    class Meta:
        model = MaterialPage
        fields = ["origin_organisation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = [
            (code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]

    def filter_language(self, queryset, name, value):
        # Applied together with the status, in ``filter_queryset``.
        return queryset

    def filter_status(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        status = self.form.cleaned_data.get("status")
        if not status:
            return queryset
        language = self.form.cleaned_data.get("language")
        codes = [language] if language else language_codes()
        pages = visible_with_status(self.request.user)
        if status == MISSING:
            wanted = Q(pk__in=[])
            for code in codes:
                wanted |= Q(**{f"has_{code}": False})
            return queryset.filter(wanted)
        keys = pages.filter(
            translation_status=status, locale__language_code__in=codes
        ).values("translation_key")
        return queryset.filter(translation_key__in=keys)


class TranslationStatusColumn(Column):
    """One language's status of a material; links to the page when allowed."""

    cell_template_name = "content/admin/translation_status_cell.html"

    def __init__(self, code, label):
        super().__init__(f"status_{code}", label=label)
        self.code = code

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["cell"] = instance.cells[self.code]
        return context


class TranslationStatusReportView(ReportView):
    """Every material the user may see, one column per language."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "kopir_reports:translations"
    index_results_url_name = "kopir_reports:translations_results"
    filterset_class = TranslationsFilterSet
    export_filename = "kopir-translation-status"
    any_permission_required = None
    permission_policy = None

    @property
    def list_export(self):
        return ["title", "origin_organisation.name"] + [
            f"status_{code}" for code in language_codes()
        ]

    @property
    def export_headings(self):
        headings = {
            "title": _("Material"),
            "origin_organisation.name": _("Organisation"),
        }
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            headings[f"status_{code}"] = name
        return headings

    @property
    def columns(self):
        return [
            Column("title", label=_("Material")),
            Column(
                "origin_organisation",
                label=_("Organisation"),
                accessor="origin_organisation.name",
            ),
        ] + [
            TranslationStatusColumn(code, name)
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]

    def get_queryset(self):
        """One row per material (a group of translations): its original when the
        user may see it, else the first page of the group they may see."""
        pages = visible_with_status(self.request.user)
        first = (
            visible_materials(self.request.user)
            .filter(translation_key=OuterRef("translation_key"))
            .order_by(F("translated_from").asc(nulls_first=True), "pk")
            .values("pk")[:1]
        )
        return (
            pages.filter(pk=Subquery(first))
            .select_related("origin_organisation", "locale")
            .order_by("title", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        object_list = list(object_list)
        keys = {row.translation_key for row in object_list}
        by_key = {}
        for page in (
            with_translation_status(visible_materials(self.request.user))
            .filter(translation_key__in=keys)
            .select_related("locale")
        ):
            by_key.setdefault(page.translation_key, {})[page.locale.language_code] = (
                page
            )
        editable = set(
            visible_materials(self.request.user, access.CHANGE)
            .filter(translation_key__in=keys)
            .values_list("pk", flat=True)
        )
        for row in object_list:
            row.cells = {}
            for code in language_codes():
                page = by_key.get(row.translation_key, {}).get(code)
                status = page.translation_status if page else MISSING
                text = str(STATUS_LABELS[status])
                if status == OUT_OF_DATE and page.source_changed_at:
                    text = status_text(page)
                row.cells[code] = {
                    "page": page,
                    "status": status,
                    "text": text,
                    "url": (
                        reverse("wagtailadmin_pages:edit", args=[page.pk])
                        if page is not None and page.pk in editable
                        else None
                    ),
                }
                setattr(row, f"status_{code}", text)
        return object_list

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(
            self.decorate_paginated_queryset(queryset), spreadsheet_format
        )
