"""Reports that list generic references, kept to the rows the user may see.

Wagtail shows every log entry, workflow and task state of a snippet model to
anyone holding a permission on that model, so organisation A's planners would
read the titles of B's plans, activities and messengers in "Site history" and
the workflow reports. The reports are mounted here, in ``kopir/urls.py`` ahead of
Wagtail's admin URLs, with the access layer's ``hide_foreign`` applied.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.models import ModelLogEntry

from audiences import access
from audiences.security import audit


class ScopedLogEntriesView(LogEntriesView):
    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if queryset.model is ModelLogEntry:
            queryset = access.hide_foreign(queryset, self.request.user)
            # Sign-ins and other security events: site administrators only.
            queryset = audit.visible_entries(queryset, self.request.user)
        return queryset


class ScopedWorkflowView(WorkflowView):
    def get_queryset(self):
        return access.hide_foreign(super().get_queryset(), self.request.user)


class ScopedWorkflowTasksView(WorkflowTasksView):
    def get_queryset(self):
        return access.hide_foreign(
            super().get_queryset(), self.request.user, prefix="workflow_state__"
        )


def _both(route, view, name):
    """A report and its results-only variant (filtering and paging)."""
    return [
        path(route, require_admin_access(view.as_view()), name=name),
        path(
            f"{route}results/",
            require_admin_access(view.as_view(results_only=True)),
            name=f"{name}_results",
        ),
    ]


urlpatterns = [
    *_both("reports/site-history/", ScopedLogEntriesView, "kopir_site_history"),
    *_both("reports/workflow/", ScopedWorkflowView, "kopir_workflow_report"),
    *_both("reports/workflow_tasks/", ScopedWorkflowTasksView, "kopir_workflow_tasks"),
]
