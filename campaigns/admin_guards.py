"""The site history report, kept to the rows of the user's own organisations.

Wagtail shows every log entry of a snippet model to anyone holding a permission
on that model, so organisation A's planners would read the titles of B's plans,
activities and messengers in "Site history". The report is mounted here, in
``kopir/urls.py`` ahead of Wagtail's admin URLs, with those entries removed.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry

from audiences import access


def without_foreign_entries(queryset, user):
    """Drop log entries of organisation-owned rows ``user`` may not see."""
    if access.is_site_admin(user):
        return queryset
    for model in access.owned_models():
        content_type = ContentType.objects.get_for_model(model)
        visible = (
            access.visible(user, model._default_manager.all())
            .annotate(pk_text=Cast("pk", CharField()))
            .values("pk_text")
        )
        queryset = queryset.exclude(
            Q(content_type=content_type) & ~Q(object_id__in=visible)
        )
    return queryset


class ScopedLogEntriesView(LogEntriesView):
    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if queryset.model is ModelLogEntry:
            queryset = without_foreign_entries(queryset, self.request.user)
        return queryset


urlpatterns = [
    path(
        "reports/site-history/",
        require_admin_access(ScopedLogEntriesView.as_view()),
        name="kopir_site_history",
    ),
    path(
        "reports/site-history/results/",
        require_admin_access(ScopedLogEntriesView.as_view(results_only=True)),
        name="kopir_site_history_results",
    ),
]
