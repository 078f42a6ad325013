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


PASSWORD = "imp0rt-pass-2026"


class World:
    """A library in three languages, the sample's taxonomy, two organisations
    with an editor each (and a planner in the first), one blocked address."""

    def __init__(self):
        from audiences.factories import (
            make_organisation,
            make_region,
            make_target_group,
            translated,
        )
        from audiences.models import Community, Membership, Role, User
        from content.factories import (
            build_site,
            make_format,
            make_narrative,
            make_theme,
        )
        from content.models import BlockedAddress

        self.sites = build_site()
        for slug in ("article", "social-series", "video"):
            make_format(slug)
        for slug in ("parents", "youth-18-21", "rural-youth"):
            make_target_group(slug)
        for number, slug in enumerate(("us-versus-them", "ethnic-exclusivity"), 3):
            make_narrative(slug, number=number)
        for slug in ("family", "dialogue", "interfaith-respect", "tolerance"):
            make_theme(slug)
        make_region("turkistan")
        for slug in ("ethnic-minorities", "practising-muslims"):
            translated(
                Community,
                slug=slug,
                names=dict.fromkeys(("kk", "ru", "en"), slug),
                kind=Community.Kind.ETHNIC,
            )
        BlockedAddress.objects.create(address="banned-example.invalid")
        self.alpha = make_organisation("alpha-irg", "Alpha IRG")
        self.beta = make_organisation("beta-ngo", "Beta NGO")

        def person(username, organisation, *roles):
            user = User.objects.create_user(username=username, password=PASSWORD)
            for role in roles:
                Membership.objects.create(
                    organisation=organisation, user=user, role=role
                )
            return user

        self.editor_a = person("editor_a", self.alpha, Role.EDITOR)
        self.planner_a = person("planner_a", self.alpha, Role.PLANNER)
        self.editor_b = person("editor_b", self.beta, Role.EDITOR)


def language(user, code):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


def start(
    world,
    rows=None,
    *,
    user=None,
    organisation=None,
    name="m.xlsx",
    data=None,
    images=None,
):
    """A materials job for ``rows`` (the sample's by default, without covers)."""
    from content.imports import services

    if data is None:
        rows = rows if rows is not None else sample_rows()
        data = xlsx(rows) if name.endswith(".xlsx") else csv_bytes(rows)
    return services.start(
        user=user or world.editor_a,
        organisation=organisation or world.alpha,
        kind="materials",
        upload=upload(name, data),
        images=upload("images.zip", images, "application/zip") if images else None,
    )


def without_covers(rows):
    for row in rows:
        row["cover_image"] = ""
    return rows
