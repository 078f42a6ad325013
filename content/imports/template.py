"""The XLSX template of a kind of import (and the sample files built from it).

The first sheet has the stable English column keys in its header row, each with
a comment in the reader's language; "Instructions" explains every column in that
language; a hidden "Lists" sheet holds the slugs the drop-downs offer. A column
of several slugs offers the drop-down but accepts any text (commas between
slugs); the import checks every slug.
"""

import io

from django.utils.translation import gettext

from content.imports import limits

HEADER_COLOUR = "DDE7F0"
RULES_ROWS = 5000


def build(importer, organisation, rows=()):
    """The workbook's bytes; ``rows`` (dicts by column key) are written below
    the header as text (a value starting with "=" stays text)."""
    # openpyxl is imported when a template is made: web and task processes that
    # never make one do not hold it in memory.
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = importer.sheet
    for index, column in enumerate(importer.columns, 1):
        cell = sheet.cell(row=1, column=index, value=column.key)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
        help_text = _help(column)
        cell.comment = Comment(help_text, "Kopir", width=320, height=140)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    for number, row in enumerate(rows, 2):
        for index, column in enumerate(importer.columns, 1):
            value = row.get(column.key, "")
            cell = sheet.cell(row=number, column=index)
            cell.value = value
            if isinstance(value, str):
                # Text, even when it starts with "=": never a formula.
                cell.data_type = "s"
                cell.alignment = Alignment(wrap_text="\n" in value, vertical="top")
    _lists(workbook, sheet, importer, organisation)
    _instructions(workbook, importer)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _help(column):
    text = gettext(column.help)
    if column.required:
        required = gettext("Required.")
        text = f"{text}\n{required}"
    return text


def _lists(workbook, sheet, importer, organisation):
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    lists = importer.lists(organisation)
    if not lists:
        return
    hidden = workbook.create_sheet("Lists")
    hidden.sheet_state = "hidden"
    places = {}
    for index, (name, values) in enumerate(lists.items(), 1):
        letter = get_column_letter(index)
        hidden.cell(row=1, column=index, value=name).font = Font(bold=True)
        for number, value in enumerate(values, 2):
            hidden.cell(row=number, column=index, value=value).data_type = "s"
        places[name] = f"Lists!${letter}$2:${letter}${max(len(values) + 1, 2)}"
    for index, column in enumerate(importer.columns, 1):
        if not column.choices or column.choices not in places:
            continue
        letter = get_column_letter(index)
        rule = DataValidation(
            type="list",
            formula1=places[column.choices],
            allow_blank=True,
            # Several slugs separated by commas are not one item of the list.
            showErrorMessage=not column.multiple,
            errorTitle=gettext("Not in the list"),
            error=gettext("Choose a value from the list."),
        )
        rule.add(f"{letter}2:{letter}{RULES_ROWS}")
        sheet.add_data_validation(rule)


def _instructions(workbook, importer):
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet("Instructions")
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 12
    sheet.column_dimensions["C"].width = 100
    sheet.append([str(importer.label)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(
        [
            gettext(
                "Fill in the sheet “%(sheet)s”: one row per line. Keep the header "
                "row as it is. At most %(rows)s rows and %(size)s MB; formulas are "
                "read as text, never calculated."
            )
            % {
                "sheet": importer.sheet,
                "rows": limits.max_rows(),
                "size": f"{limits.max_bytes() / (1024 * 1024):g}",
            }
        ]
    )
    sheet.append([])
    sheet.append([gettext("Column"), gettext("Required"), gettext("What to write")])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for column in importer.columns:
        sheet.append(
            [
                column.key,
                gettext("yes") if column.required else "",
                gettext(column.help),
            ]
        )
        sheet.cell(row=sheet.max_row, column=3).alignment = Alignment(wrap_text=True)
