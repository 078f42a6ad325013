"""Exports write times in the reader's zone and say which; from the demo's plans."""

import csv
import io
from datetime import UTC

import openpyxl
from django.test import TestCase
from django.utils import timezone

from audiences.models import User
from campaigns.models import Activity
from tests.demo import load_demo

URL = "/admin/snippets/campaigns/activity/"


class ExportTimeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.activity = (
            Activity.objects.filter(plan__organisation__slug="almaty-city-irg")
            .order_by("starts_at")
            .first()
        )
        cls.local = timezone.localtime(cls.activity.starts_at).replace(tzinfo=None)

    def setUp(self):
        self.client.force_login(User.objects.get(username="planner"))

    def download(self, export_format):
        response = self.client.get(f"{URL}?export={export_format}")
        self.assertEqual(response.status_code, 200)
        return (
            b"".join(response.streaming_content)
            if response.streaming
            else (response.content)
        )

    def test_xlsx_times_are_almaty_times_and_the_heading_says_so(self):
        raw = self.download("xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(raw)).active
        rows = list(sheet.iter_rows(values_only=True))
        column = next(i for i, h in enumerate(rows[0]) if "(Asia/Almaty)" in str(h))
        moments = [row[column] for row in rows[1:]]
        self.assertIn(self.local, moments)
        utc = self.activity.starts_at.astimezone(UTC).replace(tzinfo=None)
        self.assertNotIn(utc, moments)

    def test_csv_times_carry_the_almaty_offset(self):
        raw = self.download("csv")
        cells = [c for r in csv.reader(io.StringIO(raw.decode())) for c in r]
        self.assertIn(f"{self.local.isoformat(sep=' ')}+05:00", cells)
