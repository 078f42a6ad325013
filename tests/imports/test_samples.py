"""The sample files in the repository import cleanly into the demo: the
materials (kk/ru/en with a cover from the ZIP) as Almaty's editor. The
activities' and results' dates follow the day ``manage.py import_samples`` ran
(the demo's plans follow the day it was seeded), so those two are checked by
their columns."""

from pathlib import Path

from django.test import TestCase, override_settings

from audiences.models import Organisation, User
from content.imports import services
from content.imports.reader import read_table
from content.models import ImportJob, MaterialPage
from tests.demo import load_demo
from tests.imports.helpers import upload

ROOT = Path(__file__).resolve().parents[2]
MATERIALS = ROOT / "content/imports/samples/materials-sample.xlsx"
IMAGES = ROOT / "content/imports/samples/materials-images.zip"
ACTIVITIES = ROOT / "campaigns/samples/activities-sample.xlsx"
RESULTS = ROOT / "campaigns/samples/results-sample.csv"


@override_settings(PAGE_CACHE_SECONDS=0)
class SampleFilesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.almaty = Organisation.objects.get(slug="almaty-city-irg")

    def test_the_materials_sample_creates_drafts_with_kazakh_letters(self):
        editor = User.objects.get(username="editor")
        job = services.start(
            user=editor,
            organisation=self.almaty,
            kind="materials",
            upload=upload(MATERIALS.name, MATERIALS.read_bytes()),
            images=upload(IMAGES.name, IMAGES.read_bytes(), "application/zip"),
        )
        job.refresh_from_db()
        self.assertEqual(job.status, ImportJob.Status.CHECKED, job.report)
        self.assertEqual(job.report["error_count"], 0, job.report["errors"])
        before = MaterialPage.objects.count()
        self.assertTrue(services.create(user=editor, job=job))
        job.refresh_from_db()
        self.assertEqual(job.status, ImportJob.Status.DONE)
        made = MaterialPage.objects.order_by("-pk")[: job.created_count]
        self.assertEqual(MaterialPage.objects.count(), before + job.created_count)
        self.assertTrue(all(not page.live for page in made))
        self.assertTrue(any(set("әғқңөұүһі") & set(page.title) for page in made))

    def test_the_activities_sample_has_the_templates_columns(self):
        table = read_table(ACTIVITIES.read_bytes(), ACTIVITIES.name)
        for column in ("title", "starts_at", "channel", "target_group", "status"):
            self.assertIn(column, table.headers)
        self.assertGreaterEqual(len(table.rows), 2)

    def test_the_results_sample_is_a_platform_export_in_russian(self):
        table = read_table(RESULTS.read_bytes(), RESULTS.name)
        self.assertEqual(table.headers[:3], ["дата", "охват", "показы"])
        self.assertGreaterEqual(len(table.rows), 2)
