"""``print_bench.py reference``: the HTML of a ready edition printed by WeasyPrint
alone (warm, and in a new process) and by headless Chromium, for comparison."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.print_common import emit, median

WEASYPRINT_PROCESS = (
    "import sys\n"
    "from weasyprint import HTML\n"
    "HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])\n"
)


def pdf_pages(path):
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


class ProcessFailed(Exception):
    pass


def timed_process(cmd, output, timeout):
    """Seconds a command takes to write ``output``, start to exit."""
    Path(output).unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise ProcessFailed(f"{Path(cmd[0]).name} took over {timeout:g} s") from exc
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or not Path(output).exists():
        sys.stderr.write(result.stdout[-2000:] + result.stderr[-2000:])
        raise ProcessFailed(f"{Path(cmd[0]).name} failed ({result.returncode})")
    return elapsed


def timed_runs(cmd, output, runs, timeout):
    """A reference row: the seconds of each run and the pages, or the error."""
    try:
        seconds = [timed_process(cmd, output, timeout) for _ in range(runs)]
        return {
            "seconds": seconds,
            "median_s": median(seconds),
            "pages": pdf_pages(output),
        }
    except ProcessFailed as exc:
        return {"error": str(exc)}


def command_reference(args):
    from content.printing import documents, engine
    from content.printing.models import PrintEdition

    edition = PrintEdition.objects.get(pk=args.edition)
    document = documents.build(edition)
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    html = document.html
    # Longest first: no URL is rewritten through a shorter one it starts with.
    for url in sorted(document.resources, key=len, reverse=True):
        html = html.replace(url, Path(document.resources[url]).resolve().as_uri())
    if engine.ORIGIN in html:
        raise SystemExit("the print HTML refers to a resource it did not declare")
    source = workdir / "brochure.html"
    source.write_text(html, encoding="utf-8")
    result = {
        "html_bytes": len(document.html.encode()),
        "resources": len(document.resources),
    }

    # WeasyPrint in this process, as the engine calls it, once warm.
    from weasyprint import HTML

    fetcher = engine.safe_fetcher_class()(document.resources)
    target = workdir / "weasyprint-warm.pdf"

    def weasyprint():
        started = time.perf_counter()
        HTML(
            string=document.html, base_url=engine.ORIGIN, url_fetcher=fetcher
        ).write_pdf(target)
        return time.perf_counter() - started

    result["weasyprint_first_s"] = weasyprint()
    warm = [weasyprint() for _ in range(args.runs)]
    result["weasyprint_warm"] = {
        "seconds": warm,
        "median_s": median(warm),
        "pages": pdf_pages(target),
    }

    # WeasyPrint in a new process: interpreter start, import and render.
    target = workdir / "weasyprint-process.pdf"
    cmd = [sys.executable, "-c", WEASYPRINT_PROCESS, str(source), str(target)]
    result["weasyprint_process"] = timed_runs(cmd, target, args.runs, args.timeout)

    chromium = args.chromium or shutil.which("chromium")
    if chromium and Path(chromium).exists():
        target = workdir / "chromium.pdf"
        cmd = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--allow-file-access-from-files",
            "--no-pdf-header-footer",
            f"--user-data-dir={workdir / 'chromium-profile'}",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        result["chromium"] = timed_runs(cmd, target, args.runs, args.timeout)
    else:
        result["chromium"] = {"error": f"no Chromium at {chromium or 'chromium'}"}
    emit(result)
