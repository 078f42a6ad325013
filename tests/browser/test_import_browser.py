"""Library › Import, from the demo's data, with a real task worker: the Almaty
editor uploads the sample spreadsheet with a mistake, watches the check on the
job's page (it polls the worker's progress), reads the report (row and column, in
the admin's language), uploads the fixed file with its ZIP of covers, creates the
drafts and finds them in the organisation's space."""

import re

import pytest
from playwright.sync_api import expect

from content.imports.samples import material_rows
from content.models import MaterialPage
from tests import worker
from tests.browser.helpers import sign_in
from tests.demo import load_demo
from tests.imports import helpers

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# The real-worker fixture, for this module's test.
task_worker_factory = worker.task_worker_factory

PASSWORD = "kopir-demo-2026"


def test_editor_fixes_the_file_and_creates_the_drafts(
    live_server, page, tmp_path, task_worker_factory
):
    load_demo()
    running = task_worker_factory()
    base = live_server.url
    rows = material_rows()
    broken = [dict(row) for row in rows]
    broken[1]["narratives"] = "us-versus-them, no-such-narrative"
    (tmp_path / "materials.xlsx").write_bytes(helpers.xlsx(broken))
    (tmp_path / "fixed.xlsx").write_bytes(helpers.xlsx(rows))
    (tmp_path / "images.zip").write_bytes(
        helpers.zip_bytes({"family.png": helpers.png(size=(120, 80))})
    )

    sign_in(page, base, "editor", PASSWORD)
    # Library › Import in the menu.
    page.get_by_role(
        "button", name=re.compile("^(Library|Библиотека|Кітапхана)$")
    ).click()
    page.get_by_role("link", name=re.compile("^(Import|Импорт)$")).click()
    expect(page).to_have_url(re.compile(r"/admin/import/$"))
    expect(page.get_by_role("link", name=re.compile("XLSX"))).to_be_visible()

    # 1. The file with a mistake: the report names the row and the column.
    page.locator("input[name=file]").set_input_files(str(tmp_path / "materials.xlsx"))
    page.locator("input[name=images]").set_input_files(str(tmp_path / "images.zip"))
    page.locator("form [type=submit]").last.click()
    expect(page).to_have_url(re.compile(r"/admin/import/\d+/$"))
    expect(page.locator(".kp-progress[role=progressbar]")).to_be_visible()
    # The page follows the worker and shows the report when the check is done.
    errors = page.locator("table.kp-import-errors tbody tr")
    expect(errors).to_have_count(1, timeout=60_000)
    expect(errors.first).to_contain_text("3")
    expect(errors.first).to_contain_text("narratives")
    expect(errors.first).to_contain_text("no-such-narrative")
    expect(page.get_by_role("button", name=re.compile(r"4"))).to_have_count(0)
    assert not MaterialPage.objects.filter(title=rows[0]["title"]).exists()

    # 2. The fixed file: no problems, one button creates the four drafts.
    page.goto(f"{base}/admin/import/")
    page.locator("input[name=file]").set_input_files(str(tmp_path / "fixed.xlsx"))
    page.locator("input[name=images]").set_input_files(str(tmp_path / "images.zip"))
    page.locator("form [type=submit]").last.click()
    expect(page).to_have_url(re.compile(r"/admin/import/\d+/$"))
    create = page.get_by_role("button", name=re.compile(r"4"))
    expect(create).to_be_visible(timeout=60_000)
    expect(page.locator("table.kp-import-errors")).to_have_count(0)
    create.click()
    created = page.locator(".kp-import-created a")
    expect(created).to_have_count(4, timeout=90_000)

    # 3. The drafts: in Almaty's space, linked as translations, not live.
    created.filter(has_text=rows[0]["title"]).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator("input[name=title]")).to_have_value(rows[0]["title"])
    kk = MaterialPage.objects.get(title=rows[0]["title"])
    assert not kk.live
    assert kk.origin_organisation.slug == "almaty-city-irg"
    assert kk.cover_image is not None
    assert MaterialPage.objects.filter(translation_key=kk.translation_key).count() == 3
    running.assert_alive()
