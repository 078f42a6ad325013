"""Reports › Review decisions: approvals and change requests, with the checklist."""

import django_filters
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.models import TaskState

from content.models.review import ChecklistReviewTaskState
from content.reports.base import MemberReportView
from content.selectors import reports


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


class ReviewDecisionsReportView(MemberReportView):
    page_title = _("Review decisions")
    header_icon = "tasks"
    report_name = "decisions"
    filterset_class = DecisionsFilterSet
    export_filename = "kopir-review-decisions"
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
        return reports.decisions_for(self.request.user)

    def decorate(self, object_list):
        object_list = list(object_list)
        pages = reports.decided_materials(object_list)
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
