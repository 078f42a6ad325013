"""Spreadsheet exports that cannot run formulas and say what time they mean.

One mechanism for every export in the admin: ``install()`` (called once, from
``AudiencesConfig.ready``) wraps ``SpreadsheetExportMixin``, through which Wagtail
writes every CSV and XLSX cell and heading of every ``list_export`` listing and
report, Wagtail's own included:

* a cell whose text starts like a formula gets a leading quote, whatever the
  value's type (a related object's name counts as text);
* a yes/no value reads "Да"/"Иә" in CSV, not "True";
* a moment is written in the reader's time zone (their account setting, or
  ``TIME_ZONE``), not UTC: with its offset in CSV, and in XLSX with the zone
  named in the column heading.
"""

import datetime
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_TYPES = (int, float, Decimal, bool, datetime.date, datetime.time, type(None))


def neutralise(value):
    """Prefix a text cell that a spreadsheet would read as a formula with a quote."""
    if isinstance(value, PLAIN_TYPES):
        return value
    text = value if isinstance(value, str) else str(value)
    if text.startswith(FORMULA_STARTS):
        return f"'{text}"
    return value


def local_moment(value, export_format):
    """An aware moment in the current time zone (naive local time for XLSX)."""
    if not isinstance(value, datetime.datetime) or timezone.is_naive(value):
        return value
    local = timezone.localtime(value)
    return local.replace(tzinfo=None) if export_format == "xlsx" else local


def _is_moment(queryset, field):
    try:
        return isinstance(queryset.model._meta.get_field(field), models.DateTimeField)
    except (FieldDoesNotExist, AttributeError, TypeError):
        return False


def install():

    preprocess = SpreadsheetExportMixin.preprocess_field_value
    if getattr(preprocess, "kopir", False):
        return
    heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        value = local_moment(value, export_format)
        if isinstance(value, bool) and export_format == "csv":
            # XLSX keeps a real boolean, which the spreadsheet shows in its own
            # language; CSV has only text, so it reads in the reader's.
            return gettext("Yes") if value else gettext("No")
        return neutralise(preprocess(self, field, value, export_format))

    def get_heading(self, queryset, field):
        text = heading(self, queryset, field)
        if _is_moment(queryset, field):
            return f"{text} ({timezone.get_current_timezone_name()})"
        return text

    preprocess_field_value.kopir = get_heading.kopir = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
