"""Reports › Translation status: one row per material, one column per language."""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column

from audiences.models import Organisation
from content.models import MaterialPage
from content.reports.base import MemberReportView
from content.selectors import reports
from content.translations import (
    MISSING,
    OUT_OF_DATE,
    STATUS_LABELS,
    UP_TO_DATE,
    language_codes,
    status_text,
    visible_with_status,
)


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


class TranslationStatusReportView(MemberReportView):
    """Every material the user may see, one column per language."""

    page_title = _("Translation status")
    header_icon = "globe"
    report_name = "translations"
    filterset_class = TranslationsFilterSet
    export_filename = "kopir-translation-status"

    @property
    def list_export(self):
        return ["title", "origin_organisation.localized_name"] + [
            f"status_{code}" for code in language_codes()
        ]

    @property
    def export_headings(self):
        headings = {
            "title": _("Material"),
            "origin_organisation.localized_name": _("Organisation"),
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
                accessor="origin_organisation.localized_name",
            ),
        ] + [
            TranslationStatusColumn(code, name)
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]

    def get_queryset(self):
        return reports.translation_groups(self.request.user)

    def decorate(self, object_list):
        object_list = list(object_list)
        by_key, editable = reports.translations_of(self.request.user, object_list)
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
