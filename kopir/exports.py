"""Spreadsheet exports that cannot run formulas in the reader's spreadsheet program."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Prefix a text cell that a spreadsheet would read as a formula with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class SafeSpreadsheetMixin:
    """For Wagtail's ``SpreadsheetExportMixin`` views (reports, ``list_export``)."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
