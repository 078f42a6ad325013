"""The sample spreadsheets of Library › Import: ``manage.py import_samples``.

Writes, with the demo's taxonomy slugs (``manage.py seed_demo``):

* ``content/imports/samples/materials-sample.xlsx``: three language versions of
  one material and a Russian one (the template, filled in), and
  ``materials-images.zip`` with the cover they name;
* ``campaigns/samples/activities-sample.xlsx``: activities for the demo plan;
* ``campaigns/samples/results-sample.csv``: a platform's statistics export (Russian
  column names, ";"-separated) for the demo plan's video of the week, dated in
  the last three weeks (run the command again to move the dates).

The template's instructions are written in the active language (``--language``).
"""

import csv
import io
import zipfile
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone, translation
from PIL import Image, ImageDraw

from campaigns.imports.activities import ActivityImporter
from content.imports import template
from content.imports.materials import MaterialImporter

ROOT = Path(settings.BASE_DIR)
MATERIALS = ROOT / "content" / "imports" / "samples"
CAMPAIGNS = ROOT / "campaigns" / "samples"


def cover_png():
    image = Image.new("RGB", (1200, 675), (23, 92, 120))
    draw = ImageDraw.Draw(image)
    draw.ellipse((420, 160, 780, 520), fill=(240, 196, 84))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def activity_rows(today):
    return [
        {
            "title": "Пост: семья и доверие",
            "starts_at": f"{today + timedelta(days=3):%Y-%m-%d} 18:00",
            "channel": "telegram",
            "target_group": "parents",
            "status": "planned",
            "cost": "0",
        },
        {
            "title": "Кездесу: колледж студенттерімен",
            "starts_at": f"{today + timedelta(days=8):%d.%m.%Y} 15:00",
            "channel": "schools",
            "target_group": "youth-18-21",
            "status": "idea",
            "cost": "25000",
            "notes": "Договориться с завучем о зале",
        },
    ]


class Command(BaseCommand):
    help = "Write the sample spreadsheets of Library › Import."

    def add_arguments(self, parser):
        parser.add_argument("--language", default="en")

    def handle(self, *args, language, **options):
        today = timezone.localdate()
        with translation.override(language):
            materials = MaterialImporter()
            (MATERIALS / "materials-sample.xlsx").write_bytes(
                template.build(materials, None, materials.sample_rows())
            )
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("family.png", cover_png())
            (MATERIALS / "materials-images.zip").write_bytes(out.getvalue())
            activities = ActivityImporter()
            (CAMPAIGNS / "activities-sample.xlsx").write_bytes(
                template.build(activities, None, activity_rows(today))
            )
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";")
        writer.writerow(["Дата", "Охват", "Показы", "Вовлечённость", "Комментарии"])
        for weeks, figures in ((3, (1840, 5210, 160, 22)), (2, (2310, 6020, 201, 31))):
            # The demo's weekly video starts 19 days before the seed: on and after it.
            day = today - timedelta(days=7 * weeks - 2)
            writer.writerow([f"{day:%d.%m.%Y}", *figures])
        (CAMPAIGNS / "results-sample.csv").write_bytes(
            text.getvalue().encode("utf-8-sig")
        )
        self.stdout.write(
            "Wrote the samples in content/imports/samples/ and campaigns/samples/."
        )
