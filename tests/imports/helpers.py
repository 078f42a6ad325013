"""Spreadsheets, CSV files and ZIPs of images for the import tests."""

import csv
import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image

from content.imports.samples import material_rows

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx(rows, headers=None, sheet="Materials", formulas=()):
    """Workbook bytes; cells named in ``formulas`` ((row, header)) are written as
    real formulas, every other value as text."""
    headers = headers or list(dict.fromkeys(k for row in rows for k in row))
    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(headers)
    for number, row in enumerate(rows, 2):
        for index, header in enumerate(headers, 1):
            value = row.get(header, "")
            cell = ws.cell(row=number, column=index, value=value)
            if isinstance(value, str) and (number, header) not in formulas:
                cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows, headers=None, delimiter=","):
    headers = headers or list(dict.fromkeys(k for row in rows for k in row))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(h, "") for h in headers])
    return out.getvalue().encode("utf-8")


def png(colour=(200, 80, 40), size=(40, 30)):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def upload(name, data, content_type=XLSX):
    return SimpleUploadedFile(name, data, content_type=content_type)


def sample_rows(**changes):
    """The sample's rows; ``changes``: {index: {column: value}}."""
    rows = [dict(row) for row in material_rows()]
    for index, values in changes.items():
        rows[int(index)].update(values)
    return rows
