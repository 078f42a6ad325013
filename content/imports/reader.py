"""Read an uploaded spreadsheet (XLSX or CSV) into rows of text.

Nothing is evaluated: a formula is read as the text it is written in
(openpyxl with ``data_only=False``), a cell starting with "=" stays that text.
An XLSX is a ZIP: its members are measured before openpyxl opens it, so a small
file that unpacks to gigabytes is refused unread.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from content.imports import limits
from content.printing.errors import Message


class TableError(Exception):
    """The file cannot be read at all; ``message`` says why, for the person."""

    def __init__(self, message):
        super().__init__(message.msgid)
        self.message = message


@dataclass
class Table:
    headers: list
    # (spreadsheet row number, {header: text}) for every row that holds text.
    rows: list = field(default_factory=list)


def read_table(data, name, sheet=None):
    """``data`` (bytes) of a file called ``name`` as a ``Table``."""
    if len(data) > limits.max_bytes():
        raise TableError(
            Message(
                gettext_noop("The file is larger than %(limit)s MB."),
                limit=_megabytes(limits.max_bytes()),
            )
        )
    lowered = name.lower()
    if lowered.endswith(".xlsx") or data[:4] == b"PK\x03\x04":
        return _table(_xlsx_rows(data, sheet))
    if lowered.endswith((".csv", ".txt")):
        return _table(_csv_rows(data))
    raise TableError(Message(gettext_noop("Upload an XLSX or CSV file.")))


def _megabytes(size):
    return f"{size / (1024 * 1024):g}"


def _table(rows):
    headers, table = None, Table(headers=[])
    for number, values in rows:
        texts = [_text(value) for value in values]
        if not any(texts):
            continue
        if headers is None:
            headers = [text.strip().lower() for text in texts]
            while headers and not headers[-1]:
                headers.pop()
            if len(headers) > limits.MAX_COLUMNS:
                raise TableError(
                    Message(
                        gettext_noop("The sheet has more than %(limit)s columns."),
                        limit=limits.MAX_COLUMNS,
                    )
                )
            table.headers = headers
            continue
        if len(table.rows) >= limits.max_rows():
            raise TableError(
                Message(
                    gettext_noop(
                        "The file has more than %(limit)s rows; split it into "
                        "several files."
                    ),
                    limit=limits.max_rows(),
                )
            )
        row = {}
        for index, header in enumerate(headers):
            if header and index < len(texts):
                row[header] = texts[index][: limits.MAX_CELL_CHARS + 1]
        table.rows.append((number, row))
    if headers is None:
        raise TableError(Message(gettext_noop("The file holds no rows.")))
    if not table.rows:
        raise TableError(
            Message(gettext_noop("The file has its header row but no rows under it."))
        )
    return table


def _text(value):
    """A cell as text; formulas are kept as written (never evaluated)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    # openpyxl's ArrayFormula and DataTableFormula keep the formula's text.
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    return str(value).strip()


def _xlsx_rows(data, sheet):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise TableError(
            Message(gettext_noop("The file is not a readable XLSX workbook."))
        ) from error
    unpacked = sum(member.file_size for member in members)
    too_dense = any(
        member.file_size > limits.MAX_UNPACKED_RATIO * max(member.compress_size, 1)
        and member.file_size > 1024 * 1024
        for member in members
    )
    if unpacked > limits.max_unpacked_bytes() or too_dense:
        raise TableError(
            Message(
                gettext_noop(
                    "The workbook unpacks to far more than it weighs; it is "
                    "refused unread."
                )
            )
        )
    from openpyxl import load_workbook

    try:
        # Formulas stay the text they are written in: data_only=False.
        workbook = load_workbook(
            io.BytesIO(data), read_only=True, data_only=False, keep_links=False
        )
    except Exception as error:  # openpyxl raises many kinds on a broken file
        raise TableError(
            Message(gettext_noop("The file is not a readable XLSX workbook."))
        ) from error
    try:
        names = workbook.sheetnames
        chosen = sheet if sheet in names else names[0]
        worksheet = workbook[chosen]
        yield from enumerate(worksheet.iter_rows(values_only=True), 1)
    finally:
        workbook.close()


# Letters of Serbian, Macedonian and Ukrainian that Windows-1251 gives to the
# bytes where the Kazakh code page (KZ-1048) keeps ә ғ қ ң ө ұ ү һ і.
_NOT_KAZAKH_OR_RUSSIAN = set("ЌќЋћЉљЊњЏџЂђЃѓЄєЈјЅѕҐґ")


def _decode_csv(data):
    """The CSV's text: UTF-8 or UTF-16 (with a mark), else Windows-1251, or
    the Kazakh code page KZ-1048 when that is what the bytes spell."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    if _NOT_KAZAKH_OR_RUSSIAN & set(text):
        kazakh = data.decode("kz1048", errors="replace")
        if not _NOT_KAZAKH_OR_RUSSIAN & set(kazakh):
            return kazakh
        raise TableError(Message(gettext_noop("Save the CSV file as UTF-8.")))
    return text


def _csv_rows(data):
    text = _decode_csv(data)
    if "\x00" in text or "\ufffd" in text:
        raise TableError(Message(gettext_noop("Save the CSV file as UTF-8.")))
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    # A longer cell stops the reader (the limit of each cell is checked later).
    csv.field_size_limit(max(csv.field_size_limit(), limits.MAX_CELL_CHARS * 4))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from enumerate(reader, 1)
    except csv.Error as error:
        raise TableError(
            Message(
                gettext_noop(
                    "The CSV file cannot be read: a cell is longer than %(limit)s "
                    "characters, or a quotation mark is never closed."
                ),
                limit=limits.MAX_CELL_CHARS,
            )
        ) from error
