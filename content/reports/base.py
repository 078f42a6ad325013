"""What every Kopir report shares.

A report lists only what the user may see: its reads start from the access layer
(``content.selectors.reports``), so Wagtail's model-permission check is off and any
signed-in member may open it. The computed columns are added by ``decorate``, to the
rows of the page and of the spreadsheet export alike.
"""

from wagtail.admin.views.reports import ReportView


class MemberReportView(ReportView):
    any_permission_required = None
    permission_policy = None
    # The report's URL names are "<url_namespace>:<report_name>" and "…_results".
    url_namespace = "kopir_reports"
    report_name = None

    @property
    def index_url_name(self):
        return f"{self.url_namespace}:{self.report_name}"

    @property
    def index_results_url_name(self):
        return f"{self.url_namespace}:{self.report_name}_results"

    def decorate(self, rows):
        """Set the computed columns on ``rows`` (a list) and return them."""
        return rows

    def decorate_paginated_queryset(self, object_list):
        return self.decorate(list(object_list))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(self.decorate(list(queryset)), spreadsheet_format)
