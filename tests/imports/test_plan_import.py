"""Importing a plan's activities and results (a platform's statistics export)
on the same engine: report per cell, one transaction, idempotent, private notes
never repeated, and only into plans the planner may change."""

import csv
import io

from django.test import TestCase

from audiences.models import Role
from campaigns.models import Activity, ResultEntry
from content.imports import services
from content.models import ImportJob
from tests.campaigns.helpers import World, at, person
from tests.imports import helpers

Status = ImportJob.Status
PRIVATE = "Private-note-7f3a: the imam asked us not to name him"


def errors(job):
    return [(e["row"], e["column"]) for e in job.report["errors"]]


class PlanImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()
        cls.plan = cls.w.plan(cls.w.alpha, "Winter plan")
        cls.video = Activity.objects.create(
            plan=cls.plan,
            title="Video of the week",
            target_group=cls.w.youth,
            channel=cls.w.youtube,
            starts_at=at(cls.plan.starts_on),
        )
        cls.meeting = Activity.objects.create(
            plan=cls.plan,
            title="Meeting at the college",
            target_group=cls.w.youth,
            channel=cls.w.events,
            starts_at=at(cls.plan.starts_on),
        )
        cls.editor_a = person("editor_alpha", cls.w.alpha, Role.EDITOR)

    def start(self, kind, name, data, user=None, **options):
        return services.start(
            user=user or self.w.planner_a,
            organisation=self.w.alpha,
            kind=kind,
            upload=helpers.upload(name, data),
            options={"plan": self.plan.pk, **options},
        )

    def test_activities(self):
        rows = [
            {
                "title": "Post: family values",
                "starts_at": "2026-11-10 18:00",
                "channel": "telegram",
                "target_group": "youth",
                "notes": PRIVATE,
            },
            {
                "title": "Parents' evening",
                "starts_at": "20.11.2026",
                "channel": "events",
                "target_group": "parents",
                "status": "ready",
                "cost": "15 000",
            },
            {
                "title": "Too late",
                "starts_at": "2027-02-01 10:00",
                "channel": "mars",
                "target_group": "youth",
            },
        ]
        job = self.start("activities", "a.xlsx", helpers.xlsx(rows, sheet="Activities"))
        self.assertEqual(errors(job), [(4, "starts_at"), (4, "channel")])
        job = self.start(
            "activities", "a.xlsx", helpers.xlsx(rows[:2], sheet="Activities")
        )
        self.assertEqual(job.report["summary"]["new"], 2)
        services.create(user=self.w.planner_a, job=job)
        job.refresh_from_db()
        self.assertEqual((job.status, job.created_count), (Status.DONE, 2))
        evening = Activity.objects.get(title="Parents' evening")
        self.assertEqual(
            (evening.status, evening.cost, evening.channel),
            ("ready", 15000, self.w.events),
        )
        again = self.start(
            "activities", "a.xlsx", helpers.xlsx(rows[:2], sheet="Activities")
        )
        self.assertEqual(again.report["summary"]["new"], 0)
        self.assertEqual(Activity.objects.filter(plan=self.plan).count(), 4)

    def test_results_from_a_platform_export(self):
        header = ["Дата", "Охват", "Показы", "Вовлечённость", "Комментарии", "notes"]
        lines = [
            ["05.11.2026", "1 200", "3400", "85", "12", PRIVATE],
            ["2026-11-12", "900", "2100", "40", "3", ""],
            ["2026-11-19", "lots", "2100", "40", "3", PRIVATE],
        ]
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows(lines)
        data = out.getvalue().encode("utf-8-sig")
        job = self.start("results", "stats.csv", data, activity=self.video.pk)
        self.assertEqual(errors(job), [(4, "reach")])
        # The private notes are never repeated, on the page or in the report.
        self.client.force_login(self.w.planner_a)
        for url in (f"/admin/import/{job.pk}/", f"/admin/import/{job.pk}/report.csv"):
            self.assertNotIn("Private-note", self.client.get(url).content.decode())
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows(lines[:2])
        data = out.getvalue().encode("utf-8-sig")
        job = self.start("results", "stats.csv", data, activity=self.video.pk)
        services.create(user=self.w.planner_a, job=job)
        results = ResultEntry.objects.filter(activity=self.video).order_by("date")
        self.assertEqual(
            [(r.reach, r.impressions, r.engagement, r.comments) for r in results],
            [(1200, 3400, 85, 12), (900, 2100, 40, 3)],
        )
        self.assertEqual(results[0].notes, PRIVATE)
        again = self.start("results", "stats.csv", data, activity=self.video.pk)
        self.assertEqual(
            (again.report["summary"]["new"], again.report["summary"]["existing"]),
            (0, 2),
        )
        self.assertEqual(results.count(), 2)

    def test_results_matched_by_title_or_id(self):
        Activity.objects.create(
            plan=self.plan,
            title="Twice",
            target_group=self.w.youth,
            channel=self.w.youtube,
            starts_at=at(self.plan.starts_on),
        )
        Activity.objects.create(
            plan=self.plan,
            title="Twice",
            target_group=self.w.youth,
            channel=self.w.youtube,
            starts_at=at(self.plan.starts_on),
        )
        rows = [
            {
                "activity": "meeting at the college",
                "date": "2026-11-06",
                "attendance": "45",
            },
            {"activity": str(self.video.pk), "date": "2026-11-06", "qr_scans": "7"},
            {"activity": "Twice", "date": "2026-11-06"},
            {"activity": "Nothing like it", "date": "2026-11-06"},
            {"activity": "", "date": "2999-01-01"},
        ]
        job = self.start("results", "r.xlsx", helpers.xlsx(rows, sheet="Results"))
        self.assertEqual(
            errors(job),
            [(4, "activity"), (5, "activity"), (6, "activity"), (6, "date")],
        )
        job = self.start("results", "r.xlsx", helpers.xlsx(rows[:2], sheet="Results"))
        services.create(user=self.w.planner_a, job=job)
        self.assertEqual(ResultEntry.objects.get(activity=self.meeting).attendance, 45)
        self.assertEqual(ResultEntry.objects.get(activity=self.video).qr_scans, 7)

    def test_only_the_organisations_planners(self):
        data = helpers.xlsx(
            [{"activity": "Video of the week", "date": "2026-11-06"}], sheet="Results"
        )
        job = self.start("results", "r.xlsx", data)
        self.client.force_login(self.w.planner_b)
        self.assertEqual(self.client.get(f"/admin/import/{job.pk}/").status_code, 404)
        self.assertEqual(
            self.client.post(f"/admin/import/{job.pk}/create/").status_code, 404
        )
        # Another organisation's plan is not a choice, and the service refuses it.
        response = self.client.post(
            "/admin/import/",
            {
                "kind": "results",
                "organisation": self.w.alpha.pk,
                "plan": self.plan.pk,
                "file": helpers.upload("r.xlsx", data),
            },
        )
        self.assertEqual(response.status_code, 200)
        with self.assertRaises(services.PermissionDenied):
            self.start("results", "r.xlsx", data, user=self.w.planner_b)
        own = self.w.plan(self.w.beta, "Beta plan")
        with self.assertRaises(services.UploadError):
            services.start(
                user=self.w.planner_b,
                organisation=self.w.beta,
                kind="results",
                upload=helpers.upload("r.xlsx", data),
                options={"plan": self.plan.pk},
            )
        self.assertTrue(own.pk)
        # An editor of the same organisation does not see the planner's import.
        self.client.force_login(self.editor_a)
        self.assertEqual(self.client.get(f"/admin/import/{job.pk}/").status_code, 404)
        self.assertEqual(
            self.client.get("/admin/import/template/results/").status_code, 404
        )
        self.client.force_login(self.w.planner_a)
        self.assertEqual(self.client.get(f"/admin/import/{job.pk}/").status_code, 200)
        self.assertEqual(
            self.client.get("/admin/import/template/results/").status_code, 200
        )
