#!/usr/bin/env python3
"""The import benchmark: 2,000 spreadsheet rows checked and created as drafts.

Run by ``make bench`` (``run_bench.py``, after the print benchmark) on the bench
database, or alone: ``DJANGO_SETTINGS_MODULE=kopir.settings.bench
DATABASE_URL=... python tests/bench/import_bench.py --rows 2000``. It builds an
XLSX of ``--rows`` rows (materials in kk, ru and en, three rows a group, the
taxonomy slugs the database holds, a Markdown body with a link), uploads it as an
editor of the first organisation, then runs the import's two tasks as the worker
runs them (their bodies, in this process): the dry run, then the creation in one
transaction; then checks the same file again (everything "already imported").
Prints one JSON object: seconds of each step and rows per second.
"""

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def workbook(rows, nonce, slugs):
    from openpyxl import Workbook

    from content.imports.materials import MaterialImporter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Materials")
    keys = [c.key for c in MaterialImporter.columns]
    sheet.append(keys)
    codes = ("kk", "ru", "en")
    for n in range(rows):
        group, code = n // 3, codes[n % 3]
        row = {
            "group": f"bench-{nonce}-{group}",
            "language": code,
            "title": f"Бенчмарк {nonce} № {group} ({code}): әңгіме",
            "summary": "Қысқаша мазмұны: отбасы, сенім және диалог туралы.",
            "body": "## Кіріспе\n\nМәтін **маңызды** және *түсінікті*. "
            "[Дереккөз](https://example.org/source)\n\n- бір\n- екі",
            "format": slugs["format"],
            "target_groups": slugs["target_groups"],
            "narratives": slugs["narratives"],
            "themes": slugs["themes"],
            "tags": "бенчмарк, импорт",
            "sources": "Сауалнама | https://example.org/survey",
        }
        sheet.append([row.get(key, "") for key in keys])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def first_slugs():
    from django.conf import settings

    from audiences.models import TargetGroup
    from content.models import Format, NarrativeCountered, Theme

    def first(model):
        return (
            model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("slug")
            .values_list("slug", flat=True)
            .first()
        )

    slugs = {
        "format": first(Format),
        "target_groups": first(TargetGroup),
        "narratives": first(NarrativeCountered),
        "themes": first(Theme) or "",
    }
    if not all(slugs[k] for k in ("format", "target_groups", "narratives")):
        raise SystemExit("the database holds no taxonomy: seed or generate it first")
    return slugs


def editor():
    from audiences.models import Membership, Organisation, Role, User

    organisation = Organisation.objects.order_by("pk").first()
    user, _created = User.objects.get_or_create(username="import-bench")
    Membership.objects.get_or_create(
        organisation=organisation, user=user, role=Role.EDITOR
    )
    return user, organisation


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2000)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kopir.settings.bench")
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test.utils import override_settings

    from content.imports import services
    from content.imports.tasks import check_import, create_import
    from content.models import ImportJob

    user, organisation = editor()
    nonce = str(int(time.time()))
    data = workbook(args.rows, nonce, first_slugs())
    dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    timings = {"rows": args.rows, "file_bytes": len(data)}
    with override_settings(TASKS=dummy, IMPORT_MAX_ROWS=max(args.rows, 5000)):
        began = time.monotonic()
        job = services.start(
            user=user,
            organisation=organisation,
            kind="materials",
            upload=SimpleUploadedFile(f"bench-{nonce}.xlsx", data),
        )
        timings["upload_s"] = time.monotonic() - began
        began = time.monotonic()
        check_import.call(job.pk)
        timings["check_s"] = time.monotonic() - began
        job.refresh_from_db()
        if job.report.get("error_count"):
            raise SystemExit(f"the bench file has errors: {job.report['errors'][:3]}")
        services.create(user=user, job=job)
        began = time.monotonic()
        create_import.call(job.pk)
        timings["create_s"] = time.monotonic() - began
        job.refresh_from_db()
        if job.status != ImportJob.Status.DONE:
            raise SystemExit(f"the creation did not finish: {job.status} {job.error}")
        timings["created"] = job.created_count
        again = services.start(
            user=user,
            organisation=organisation,
            kind="materials",
            upload=SimpleUploadedFile(f"bench-{nonce}.xlsx", data),
        )
        began = time.monotonic()
        check_import.call(again.pk)
        timings["recheck_s"] = time.monotonic() - began
        again.refresh_from_db()
        timings["recheck_new"] = again.report["summary"]["new"]
    timings["total_s"] = timings["check_s"] + timings["create_s"]
    timings["rows_per_s"] = args.rows / timings["total_s"]
    print(
        json.dumps(
            {k: round(v, 3) if isinstance(v, float) else v for k, v in timings.items()}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
