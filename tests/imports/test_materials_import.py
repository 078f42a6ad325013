"""Importing materials from a spreadsheet: the dry run's report per cell, the
one-transaction creation, translations by group, idempotent re-import, and the
guards (formulas, HTML, the do-not-amplify list, other organisations)."""

import csv
import io
from unittest import mock

from django.db import DatabaseError, connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from openpyxl import load_workbook
from wagtail.images import get_image_model
from wagtail.models import Revision

from content.imports import services
from content.imports.report import entry_text
from content.models import ImportedItem, ImportJob, MaterialPage
from tests.imports import helpers
from tests.imports.helpers import World, sample_rows, start, without_covers

Status = ImportJob.Status


def errors(job):
    return [(e["row"], e["column"]) for e in job.report["errors"]]


class DryRunTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()

    def test_every_bad_cell_is_reported_and_nothing_is_written(self):
        rows = without_covers(sample_rows())
        rows[1]["narratives"] = "us-versus-them, no-such-narrative"
        rows[2]["title"] = ""
        rows[3]["language"] = "de"
        rows[3]["format"] = "nope"
        before = MaterialPage.objects.count()
        job = start(self.w, rows)
        self.assertEqual(job.status, Status.CHECKED)
        self.assertEqual(
            sorted(errors(job)), [(3, "narratives"), (4, "title"), (5, "language")]
        )
        self.assertEqual(job.report["error_count"], 3)
        self.assertEqual(MaterialPage.objects.count(), before)
        self.assertFalse(services.create(user=self.w.editor_a, job=job))
        job.refresh_from_db()
        self.assertEqual(job.status, Status.CHECKED)
        # Checked with errors: "create" queues nothing that could pass.
        self.client.force_login(self.w.editor_a)
        page = self.client.get(f"/admin/import/{job.pk}/").content.decode()
        self.assertNotIn(f"/admin/import/{job.pk}/create/", page)

    def test_the_report_speaks_the_readers_language(self):
        rows = without_covers(sample_rows())
        rows[1]["narratives"] = "no-such-narrative"
        job = start(self.w, rows)
        self.client.force_login(self.w.editor_a)
        for code in ("ru", "kk", "en"):
            with self.subTest(code=code):
                helpers.language(self.w.editor_a, code)
                page = self.client.get(f"/admin/import/{job.pk}/").content.decode()
                with translation.override(code):
                    line = entry_text(job.report["errors"][0])
                self.assertIn(line.replace("“", "&ldquo;")[:5], page)
                self.assertIn("no-such-narrative", page)
        with translation.override("en"):
            self.assertEqual(
                entry_text(job.report["errors"][0]),
                "Row 3, column narratives: no narrative with the slug "
                "“no-such-narrative”",
            )

    def test_russian_and_kazakh_report_lines(self):
        with translation.override("ru"):
            translated = translation.gettext("Row %(row)s, column %(column)s")
        if translated == "Row %(row)s, column %(column)s":
            self.skipTest("strings-import.tsv is not merged into the catalogues yet")
        rows = without_covers(sample_rows())
        rows[1]["narratives"] = "no-such-narrative"
        job = start(self.w, rows)
        entry = job.report["errors"][0]
        with translation.override("ru"):
            self.assertEqual(
                entry_text(entry),
                "Строка 3, столбец narratives: нет нарратива со слагом "
                "«no-such-narrative»",
            )
        with translation.override("kk"):
            self.assertEqual(
                entry_text(entry),
                "3-жол, narratives бағаны: «no-such-narrative» слагы бар нарратив жоқ",
            )

    def test_a_formula_stays_text(self):
        rows = without_covers(sample_rows())[:1]
        rows[0]["title"] = '=HYPERLINK("https://banned-example.invalid","x")'
        rows[0]["summary"] = "=1+1"
        data = helpers.xlsx(rows, formulas={(2, "title"), (2, "summary")})
        # openpyxl wrote real formulas: the workbook holds no value for them.
        sheet = load_workbook(io.BytesIO(data)).active
        self.assertEqual(sheet["D2"].data_type, "f")
        job = start(self.w, data=data)
        # The blocked address inside the formula is still found, as text.
        self.assertEqual(errors(job), [(2, "title")])
        rows[0]["title"] = "=SUM(1;2)"
        job = start(self.w, data=helpers.xlsx(rows, formulas={(2, "title")}))
        self.assertEqual(errors(job), [])
        services.create(user=self.w.editor_a, job=job)
        page = MaterialPage.objects.get(translation_key__in=self._created(job))
        self.assertEqual((page.title, page.summary), ("=SUM(1;2)", "=1+1"))

    def test_the_report_csv_is_safe_in_a_spreadsheet(self):
        rows = without_covers(sample_rows())[:1]
        rows[0]["language"] = "=cmd|' /C calc'!A0"
        job = start(self.w, rows, name="m.csv")
        self.client.force_login(self.w.editor_a)
        response = self.client.get(f"/admin/import/{job.pk}/report.csv")
        cells = [
            c for r in csv.reader(io.StringIO(response.content.decode())) for c in r
        ]
        self.assertTrue(any("cmd|" in c for c in cells))
        self.assertFalse([c for c in cells if c.startswith(("=", "+", "-", "@"))])

    def test_html_is_refused_and_markdown_is_escaped(self):
        rows = without_covers(sample_rows())[:2]
        rows[0]["body"] = "Hello <script>alert(1)</script>"
        rows[1]["body"] = 'A <img src=x onerror="alert(1)">'
        job = start(self.w, rows)
        self.assertEqual(errors(job), [(2, "body"), (3, "body")])
        rows[0]["body"] = "a < b & **c** [x](javascript:alert)"
        rows[1]["body"] = "a < b & **c**"
        job = start(self.w, rows)
        self.assertEqual(errors(job), [(2, "body")])
        rows = rows[1:]
        job = start(self.w, rows)
        services.create(user=self.w.editor_a, job=job)
        page = MaterialPage.objects.get(translation_key__in=self._created(job))
        self.assertEqual(
            page.body.raw_data[0]["value"], "<p>a &lt; b &amp; <b>c</b></p>"
        )

    def test_links_on_the_do_not_amplify_list_are_refused(self):
        rows = without_covers(sample_rows())[:3]
        rows[0]["body"] = "See [this](https://www.banned-example.invalid/page)."
        rows[1]["summary"] = "Read sub.banned-example.invalid today."
        rows[2]["sources"] = "A source | https://banned-example.invalid/x"
        job = start(self.w, rows)
        self.assertEqual(errors(job), [(2, "body"), (3, "summary"), (4, "sources")])
        with translation.override("en"):
            self.assertIn("do-not-amplify", entry_text(job.report["errors"][0]))

    def test_limits(self):
        with override_settings(IMPORT_MAX_ROWS=3):
            job = start(self.w, without_covers(sample_rows()))
        self.assertIn(
            "more than %(limit)s rows", job.report["errors"][0]["message"]["msgid"]
        )
        with (
            override_settings(IMPORT_MAX_BYTES=1000),
            self.assertRaises(services.UploadError),
        ):
            start(self.w)
        self.client.force_login(self.w.editor_a)
        with override_settings(IMPORT_MAX_BYTES=1000):
            response = self.client.post(
                "/admin/import/",
                {
                    "kind": "materials",
                    "organisation": self.w.alpha.pk,
                    "file": helpers.upload("m.xlsx", helpers.xlsx(sample_rows())),
                },
            )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(
            ImportJob.objects.filter(
                file_name="m.xlsx",
                organisation=self.w.alpha,
                created_at__gte=job.created_at,
            )
            .exclude(pk=job.pk)
            .exists()
        )

    def test_the_dry_run_costs_the_same_queries_for_4_or_40_rows(self):
        counts = []
        for copies in (1, 10):
            rows = []
            for n in range(copies):
                for row in without_covers(sample_rows()):
                    rows.append(
                        {
                            **row,
                            "group": f"{row['group']}-{n}",
                            "title": f"{row['title']} {n}",
                        }
                    )
            job = start(self.w, rows)
            self.assertEqual(job.report["error_count"], 0)
            job.status = Status.QUEUED
            job.save()
            from content.imports.tasks import check_import

            with CaptureQueriesContext(connection) as queries:
                check_import.call(job.pk)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])

    def _created(self, job):
        ids = ImportedItem.objects.filter(job=job).values_list("object_id", flat=True)
        return MaterialPage.objects.filter(pk__in=ids).values("translation_key")


class CreateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()

    def counts(self):
        return {
            "pages": MaterialPage.objects.count(),
            "revisions": Revision.objects.count(),
            "images": get_image_model().objects.count(),
            "items": ImportedItem.objects.count(),
            "narrative links": MaterialPage.narratives.through.objects.count(),
            "group links": MaterialPage.target_groups.through.objects.count(),
            "tags": MaterialPage.tags.through.objects.count(),
        }

    def test_groups_become_one_source_and_its_translations(self):
        job = start(self.w, without_covers(sample_rows()))
        self.assertEqual(job.report["summary"]["new"], 4)
        self.assertTrue(services.create(user=self.w.editor_a, job=job))
        job.refresh_from_db()
        self.assertEqual((job.status, job.created_count), (Status.DONE, 4))
        kk = MaterialPage.objects.get(title__startswith="Отбасымен")
        family = MaterialPage.objects.filter(translation_key=kk.translation_key)
        self.assertEqual(
            sorted(family.values_list("locale__language_code", flat=True)),
            ["en", "kk", "ru"],
        )
        for page in family.exclude(pk=kk.pk):
            self.assertEqual(page.translated_from_id, kk.pk)
            self.assertEqual(page.translated_from_revision_id, kk.latest_revision_id)
        for page in family:
            self.assertFalse(page.live)
            self.assertEqual(page.origin_organisation, self.w.alpha)
            self.assertEqual(page.get_parent().specific.organisation, self.w.alpha)
            self.assertEqual(
                {n.locale_id for n in page.narratives.all()}, {page.locale_id}
            )
            self.assertEqual(page.format.locale_id, page.locale_id)
        # Kazakh letters survive the round trip, in every field.
        self.assertEqual(kk.title, "Отбасымен әңгіме: сенім қайдан басталады")
        self.assertIn("медиа сауаттылық", [t.name for t in kk.tags.all()])
        self.assertIn("<b>82,6%</b>", kk.body.raw_data[1]["value"])
        self.assertEqual(kk.body.raw_data[0]["type"], "heading")

    def test_kazakh_letters_survive_a_csv_file_too(self):
        rows = without_covers(sample_rows())[:1]
        rows[0]["title"] = "Қазақ әліпбиі: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І"
        job = start(
            self.w,
            rows,
            name="m.csv",
            data=b"\xef\xbb\xbf" + helpers.csv_bytes(rows, delimiter=";"),
        )
        services.create(user=self.w.editor_a, job=job)
        self.assertTrue(MaterialPage.objects.filter(title=rows[0]["title"]).exists())

    def test_importing_the_same_file_again_changes_nothing(self):
        data = helpers.xlsx(without_covers(sample_rows()))
        first = start(self.w, data=data)
        services.create(user=self.w.editor_a, job=first)
        before = self.counts()
        again = start(self.w, data=data)
        self.assertEqual(again.report["summary"]["new"], 0)
        self.assertEqual(again.report["summary"]["existing"], 4)
        self.assertEqual(len(again.report["notes"]), 2)
        with translation.override("en"):
            self.assertIn("already imported", entry_text(again.report["notes"][0]))
        self.assertFalse(services.create(user=self.w.editor_a, job=again))
        self.client.force_login(self.w.editor_a)
        page = self.client.get(f"/admin/import/{again.pk}/").content.decode()
        self.assertNotIn("/create/", page)
        self.assertEqual(self.counts(), before)

    def test_reimporting_after_the_draft_was_deleted_creates_it_again(self):
        rows = without_covers(sample_rows())[:1]
        data = helpers.xlsx(rows)
        first = start(self.w, data=data)
        services.create(user=self.w.editor_a, job=first)
        MaterialPage.objects.get(title=rows[0]["title"]).delete()
        again = start(self.w, data=data)
        self.assertEqual(again.report["summary"]["new"], 1)
        self.assertTrue(services.create(user=self.w.editor_a, job=again))
        again.refresh_from_db()
        self.assertEqual(again.status, Status.DONE, again.report)
        self.assertEqual(MaterialPage.objects.filter(title=rows[0]["title"]).count(), 1)

    def test_a_csv_in_the_kazakh_code_page_is_read_as_kazakh(self):
        rows = without_covers(sample_rows())[:1]
        rows[0]["title"] = "Қазақ тілі: ғылым, әңгіме, өмір"
        text = helpers.csv_bytes(rows, delimiter=";").decode("utf-8-sig")
        job = start(self.w, rows, name="m.csv", data=text.encode("kz1048"))
        self.assertEqual(job.report["error_count"], 0, job.report["errors"])
        services.create(user=self.w.editor_a, job=job)
        self.assertTrue(MaterialPage.objects.filter(title=rows[0]["title"]).exists())

    def test_unreadable_csv_files_are_told_so(self):
        rows = without_covers(sample_rows())[:1]
        giant = (
            helpers.csv_bytes(rows)
            .decode("utf-8-sig")
            .replace(rows[0]["summary"], "x" * 200_000)
        )
        for name, data in (
            ("giant.csv", giant.encode()),
            ("headers.csv", b"group,language,title\n"),
            ("utf16.csv", helpers.csv_bytes(rows).decode("utf-8-sig").encode("utf-16")),
        ):
            with self.subTest(name=name):
                job = start(self.w, name=name, data=data)
                job.refresh_from_db()
                if name == "utf16.csv":
                    self.assertEqual(job.report["error_count"], 0, job.report)
                    continue
                self.assertEqual(job.status, Status.CHECKED, job.report)
                self.assertGreater(job.report["error_count"], 0)

    def test_a_bad_row_found_at_creation_leaves_nothing(self):
        rows = without_covers(sample_rows())
        rows[-1]["format"] = "video"
        job = start(self.w, rows)
        self.assertEqual(job.report["error_count"], 0)
        before = self.counts()
        # The last row's format goes away between the check and the creation.
        from content.models import Format

        Format.objects.filter(slug="video").delete()
        services.create(user=self.w.editor_a, job=job)
        job.refresh_from_db()
        self.assertEqual(job.status, Status.CHECKED)
        self.assertEqual(errors(job), [(5, "format")])
        self.assertEqual(self.counts(), before)

    def test_a_database_error_in_the_middle_leaves_nothing(self):
        zipped = helpers.zip_bytes({"family.png": helpers.png()})
        job = start(self.w, sample_rows(), images=zipped)
        self.assertEqual(job.report["error_count"], 0)
        before = self.counts()
        original = MaterialPage.save_revision
        calls = []

        def failing(page, *args, **kwargs):
            calls.append(page.title)
            if len(calls) == 3:
                raise DatabaseError("injected")
            return original(page, *args, **kwargs)

        with mock.patch.object(MaterialPage, "save_revision", failing):
            services.create(user=self.w.editor_a, job=job)
        job.refresh_from_db()
        self.assertEqual(job.status, Status.FAILED)
        self.assertTrue(job.retryable)
        self.assertEqual(self.counts(), before)
        # The cover stored by the failed attempt is gone from the storage too.
        storage = get_image_model()._meta.get_field("file").storage
        _dirs, names = storage.listdir("original_images")
        self.assertFalse([n for n in names if n.startswith(f"import-{job.pk}-")])
        # Tried again, it creates everything.
        self.assertTrue(services.retry(user=self.w.editor_a, job=job))
        job.refresh_from_db()
        self.assertEqual((job.status, job.created_count), (Status.DONE, 4))
        image = get_image_model().objects.get(title="family.png")
        self.assertEqual(image.collection_id, self.w.alpha.collection_id)
        self.assertEqual(MaterialPage.objects.filter(cover_image=image).count(), 3)

    def test_a_killed_worker_leaves_a_failed_job_to_try_again(self):
        from django.core.files.base import ContentFile
        from django.utils import timezone

        from content.imports.tasks import reap_import_jobs

        job = start(self.w, without_covers(sample_rows()))
        before = self.counts()
        # As a worker killed while creating leaves it: "creating", its lease
        # run out, a file stored and its transaction rolled back.
        ImportJob.objects.filter(pk=job.pk).update(
            status=Status.CREATING,
            attempts=1,
            lease_expires_at=timezone.now() - timezone.timedelta(seconds=1),
        )
        storage = get_image_model()._meta.get_field("file").storage
        stray = storage.save(
            f"original_images/import-{job.pk}-x.png", ContentFile(helpers.png())
        )
        self.assertEqual(reap_import_jobs(), (1, 0))
        job.refresh_from_db()
        self.assertEqual((job.status, job.retryable), (Status.FAILED, True))
        self.assertFalse(storage.exists(stray))
        self.assertEqual(self.counts(), before)
        self.assertTrue(services.retry(user=self.w.editor_a, job=job))
        job.refresh_from_db()
        self.assertEqual(job.status, Status.DONE)

    def test_submitted_for_review(self):
        job = start(self.w, without_covers(sample_rows())[3:])
        services.create(user=self.w.editor_a, job=job, submit=True)
        page = MaterialPage.objects.get(title__startswith="Соседи")
        self.assertTrue(page.workflow_in_progress)


class IsolationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.job = start(cls.w, without_covers(sample_rows()))

    def test_another_organisation_gets_404(self):
        self.client.force_login(self.w.editor_b)
        for suffix in ("", "status/", "report.csv"):
            with self.subTest(suffix=suffix):
                response = self.client.get(f"/admin/import/{self.job.pk}/{suffix}")
                self.assertEqual(response.status_code, 404)
        for suffix in ("create/", "retry/"):
            response = self.client.post(f"/admin/import/{self.job.pk}/{suffix}")
            self.assertEqual(response.status_code, 404)
        self.job.refresh_from_db()
        self.assertEqual(self.job.status, Status.CHECKED)
        listing = self.client.get("/admin/import/").content.decode()
        self.assertNotIn(f"/admin/import/{self.job.pk}/", listing)

    def test_nobody_imports_into_another_organisation(self):
        self.client.force_login(self.w.editor_b)
        count = ImportJob.objects.count()
        response = self.client.post(
            "/admin/import/",
            {
                "kind": "materials",
                "organisation": self.w.alpha.pk,
                "file": helpers.upload("m.xlsx", helpers.xlsx(sample_rows())),
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(ImportJob.objects.count(), count)
        with self.assertRaises(services.PermissionDenied):
            start(self.w, user=self.w.editor_b, organisation=self.w.alpha)

    def test_a_planner_does_not_import_materials(self):
        self.client.force_login(self.w.planner_a)
        response = self.client.get(f"/admin/import/{self.job.pk}/")
        self.assertEqual(response.status_code, 404)
        response = self.client.get("/admin/import/template/materials/")
        self.assertEqual(response.status_code, 404)

    def test_the_template(self):
        self.client.force_login(self.w.editor_a)
        helpers.language(self.w.editor_a, "ru")
        response = self.client.get("/admin/import/template/materials/")
        self.assertEqual(response.status_code, 200)
        book = load_workbook(io.BytesIO(response.content))
        self.assertEqual(book.sheetnames, ["Materials", "Lists", "Instructions"])
        self.assertEqual(book["Lists"].sheet_state, "hidden")
        sheet = book["Materials"]
        headers = [c.value for c in sheet[1]]
        self.assertEqual(headers[:4], ["group", "language", "title", "summary"])
        self.assertTrue(sheet["B1"].comment.text)
        ranges = {
            str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation
        }
        self.assertEqual(ranges["B2:B5000"], "Lists!$A$2:$A$4")
        lists = book["Lists"]
        self.assertEqual([c.value for c in lists["A"]][1:4], ["kk", "ru", "en"])
