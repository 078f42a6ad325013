"""Errors per row and cell, kept untranslated and shown in the reader's language.

Each entry is ``{"row": 7, "column": "narratives", "message": {...}}`` where the
message is a ``Message`` (``content.printing.errors``): an English msgid and its
parameters, translated when shown, so a Kazakh reader sees Kazakh whatever
language the worker ran in. Entries never quote private fields (a result's notes,
an activity's notes): only the cell that is wrong, and only to the organisation's
own members.
"""

from django.utils.translation import gettext

from content.imports.limits import MAX_REPORTED_ERRORS
from content.printing.errors import Message


class Report:
    def __init__(self):
        self.errors = []
        self.error_count = 0
        self.notes = []
        self.summary = {}

    def error(self, row, column, message):
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(
                {"row": row, "column": column or "", "message": message.as_data()}
            )

    def note(self, row, message):
        if len(self.notes) < MAX_REPORTED_ERRORS:
            self.notes.append({"row": row, "message": message.as_data()})

    @property
    def ok(self):
        return self.error_count == 0

    def as_data(self):
        return {
            "errors": self.errors,
            "error_count": self.error_count,
            "notes": self.notes,
            "summary": self.summary,
        }


def entry_text(entry):
    """One report line in the active language: "Row 7, column narratives: …"."""
    message = str(Message.from_data(entry["message"]))
    row, column = entry.get("row"), entry.get("column")
    if row and column:
        where = gettext("Row %(row)s, column %(column)s") % {
            "row": row,
            "column": column,
        }
    elif row:
        where = gettext("Row %(row)s") % {"row": row}
    elif column:
        where = gettext("Column %(column)s") % {"column": column}
    else:
        return message
    return f"{where}: {message}"


def lines(entries):
    """Report entries as (row, column, text) in the active language."""
    return [
        {
            "row": entry.get("row") or "",
            "column": entry.get("column") or "",
            "text": entry_text(entry),
            "message": str(Message.from_data(entry["message"])),
        }
        for entry in entries
    ]
