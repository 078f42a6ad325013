"""Reports › Materials: every material the user may see, with its review state."""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.models import Locale

from audiences import access
from audiences.models import Organisation, TargetGroup
from content.models import MaterialPage, NarrativeCountered
from content.reports.base import MemberReportView
from content.selectors import reports
from content.selectors.reports import REVIEW_STATES
from content.translations import (
    STATUS_LABELS,
    filter_by_status,
    status_text,
)


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


class MaterialsReportView(MemberReportView):
    page_title = _("Materials")
    header_icon = "doc-full"
    report_name = "materials"
    filterset_class = MaterialsFilterSet
    export_filename = "kopir-materials"
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
        return reports.materials_for(self.request.user)

    def decorate(self, object_list):
        for item in object_list:
            item.narrative_names = "; ".join(
                n.localized_name for n in item.narratives.all()
            )
            item.target_group_names = "; ".join(
                g.localized_name for g in item.target_groups.all()
            )
            item.translation_status_text = status_text(item)
        return reports.label_review_states(object_list)
