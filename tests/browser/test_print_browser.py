"""A brochure in a real Chromium, rendered by a real worker.

An editor opens her organisation's material in the admin, asks for an A5 booklet
with the page header's "Print…" button, watches the progress page move from the
queue to ready without reloading, and downloads the PDF: a booklet of whole
sheets with the Kazakh title in its text.

Selectors use form names, roles and data attributes, never labels: the admin
speaks Russian or English depending on the user.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from content.printing.models import PrintEdition
from tests import worker
from tests.browser.helpers import sign_in
from tests.printing.helpers import PASSWORD, Shelf, pdf_info, pdf_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The real-worker fixture, for this module's tests.
task_worker_factory = worker.task_worker_factory

SHOTS = Path("/tmp/print-shots")
# Every letter of the Kazakh alphabet that Russian lacks: ә ғ қ ң ө ұ ү һ і.
TITLE = "Һәр үйдегі сенім: ата-ана мен ұлдың өзара әңгімесі, қиын сұрақтарға жауап"


def settle(page):
    """Let transitions end (a dropdown fading in, the bar growing); animations
    such as the help badge's pulse go on."""
    page.wait_for_function(
        """() => document.getAnimations().every(
            a => !(a instanceof CSSTransition) || a.playState !== "running"
        )"""
    )


def one_line(text):
    return " ".join(text.split())


@pytest.fixture
def brochure_world(live_server, task_worker_factory):
    """Tasks go to the database queue; the worker starts when the test says."""
    shelf = Shelf()
    material = shelf.kazakh_material(title=TITLE)
    return {
        "base": live_server.url,
        "material": material,
        "editor": shelf.editor_a.username,
        "start_worker": task_worker_factory,
    }


def test_editor_prints_a_booklet_watches_it_render_and_downloads_it(
    page, brochure_world, tmp_path
):
    world = brochure_world
    base, material = world["base"], world["material"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    sign_in(page, base, world["editor"], PASSWORD)

    # 1. The material's edit page: "Print…" is in the header's dropdown of more
    # actions, beside the breadcrumbs.
    page.goto(f"{base}/admin/pages/{material.pk}/edit/")
    print_url = f"/admin/print/material/{material.pk}/"
    actions = page.locator("#w-slim-header-buttons")
    button = actions.locator(f"a[href='{print_url}']")
    expect(button).to_be_hidden()
    actions.locator("[data-w-dropdown-target=toggle]").click()
    expect(button).to_be_visible()
    settle(page)
    page.screenshot(path=str(SHOTS / "1-edit-page-menu.png"))
    button.click()

    # 2. The print form: the material's language is chosen; an A5 booklet.
    expect(page).to_have_url(re.compile(re.escape(print_url) + "$"))
    expect(page.locator("select[name=language]")).to_have_value(str(material.pk))
    page.check("input[name=layout][value=a5]")
    expect(page.locator("input[name=folded]")).not_to_be_checked()
    expect(page.locator("input[name=bleed]")).not_to_be_checked()
    page.screenshot(path=str(SHOTS / "2-print-form.png"), full_page=True)
    page.locator("form.kp-print-form button[type=submit]").click()

    # 3. The progress page. No worker runs yet, so the edition waits in the queue.
    expect(page).to_have_url(re.compile(r"/admin/print/[0-9a-f-]{36}/$"))
    edition = PrintEdition.objects.get(page=material)
    assert (edition.layout, edition.folded, edition.bleed) == ("a5", False, False)
    assert edition.status == PrintEdition.Status.QUEUED
    status = page.locator("[data-role=status]")
    progress = page.locator(".kp-progress[role=progressbar]")
    expect(progress).to_be_visible()
    expect(progress).to_have_attribute("aria-valuenow", "0")
    # The label in the admin's language, as the status endpoint gives it.
    # (Asked from the page itself: the admin speaks the browser's language.)
    answer = page.evaluate(
        "url => fetch(url, {credentials: 'same-origin'}).then(r => r.json())",
        f"{base}/admin/print/{edition.pk}/status/",
    )
    assert (answer["status"], answer["progress"], answer["download"]) == (
        "queued",
        0,
        None,
    )
    queued_label = answer["status_label"]
    expect(status).to_have_text(queued_label)
    expect(page.locator("[data-role=ready]")).to_be_hidden()
    expect(page.locator("[data-role=error]")).to_be_hidden()
    page.screenshot(path=str(SHOTS / "3-queued.png"), full_page=True)

    # 4. The worker starts; the page polls and shows the result without a reload.
    seen = []
    page.on(
        "response",
        lambda response: (
            seen.append(response.json()["status"])
            if response.url.endswith(f"/admin/print/{edition.pk}/status/")
            else None
        ),
    )
    page.evaluate("window.kopirNotReloaded = true")
    world["start_worker"]()
    download = page.locator("[data-role=download]")
    expect(download).to_be_visible(timeout=60_000)
    assert page.evaluate("window.kopirNotReloaded") is True, "the page reloaded"
    expect(progress).to_have_attribute("aria-valuenow", "100")
    expect(status).not_to_have_text(queued_label)
    expect(page.locator("[data-role=stage]")).to_have_text("")
    expect(page.locator("[data-role=error]")).to_be_hidden()
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, edition.error
    expect(page.locator("[data-role=facts]")).to_contain_text(f"{edition.pages} ")
    # What the page was told, in order: waiting, perhaps rendering, ready.
    assert seen[-1] == "ready", seen
    assert seen == sorted(seen, key=["queued", "rendering", "ready"].index), seen
    settle(page)
    bar, track = (
        page.locator(selector).bounding_box()["width"]
        for selector in (".kp-progress-bar", ".kp-progress")
    )
    assert bar == pytest.approx(track), "the progress bar is not full"
    page.screenshot(path=str(SHOTS / "4-ready.png"), full_page=True)

    # 5. The download: a PDF booklet of whole sheets with the Kazakh title.
    with page.expect_download() as caught:
        download.click()
    pdf = tmp_path / caught.value.suggested_filename
    caught.value.save_as(pdf)
    assert pdf.suffix == ".pdf"
    assert pdf.name.endswith("-kk-a5.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = pdf_info(pdf)
    pages = int(info["Pages"])
    assert pages == edition.pages
    assert pages % 4 == 0 and pages >= 4
    assert info["Title"] == TITLE
    assert TITLE in one_line(pdf_text(pdf))
    # A5 pages (148 × 210 mm, 420 × 595 pt).
    width, height = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"]).groups()
    assert (round(float(width)), round(float(height))) == (420, 595)
