"""Spreadsheet exports that cannot run formulas in the reader's spreadsheet program.

One mechanism for every export in the admin: ``install()`` (called once, from
``AudiencesConfig.ready``) wraps ``SpreadsheetExportMixin.preprocess_field_value``,
through which Wagtail writes every CSV and XLSX cell of every ``list_export``
listing and report, Wagtail's own included. A cell whose text starts like a
formula gets a leading quote, whatever the value's type (a related object's
name counts as text).
"""

import datetime
from decimal import Decimal

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


def install():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(original(self, field, value, export_format))

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
