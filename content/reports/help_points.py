"""Reports › Help points to verify: never verified, or not for six months."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn

from audiences import access
from audiences.columns import YesNoColumn
from audiences.models import HelpPoint
from content.reports.base import MemberReportView


class UnverifiedHelpPointsReportView(MemberReportView):
    """The help points the user may change whose details nobody checked lately."""

    page_title = _("Help points not verified for six months")
    header_icon = "help"
    report_name = "help_points"
    export_filename = "kopir-help-points-to-verify"
    list_export = [
        "name_kk",
        "name_ru",
        "name_en",
        "kind",
        "region_name",
        "is_public",
        "is_placeholder",
        "verified_on",
    ]

    @property
    def export_headings(self):
        return {
            "name_kk": _("Name (kk)"),
            "name_ru": _("Name (ru)"),
            "name_en": _("Name (en)"),
            "kind": _("Kind"),
            "region_name": _("Region"),
            "is_public": _("Public"),
            "is_placeholder": _("Placeholder"),
            "verified_on": _("Last verified on"),
        }

    @property
    def columns(self):
        return [
            Column("name", label=_("Help point"), accessor="localized_name"),
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            Column("region", label=_("Region"), accessor="region_name"),
            YesNoColumn("is_placeholder", label=_("Placeholder")),
            DateColumn("verified_on", label=_("Last verified on")),
        ]

    def get_queryset(self):
        points = HelpPoint.objects.unverified().select_related("region")
        return access.visible(self.request.user, points, access.CHANGE).order_by(
            "verified_on", "pk"
        )
