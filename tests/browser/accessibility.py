"""axe-core on every page a browser test visits.

Every context the browser tests open injects axe-core (the copy bundled with
axe-playwright-python) into each document; when a page has loaded, axe checks
it and reports critical and serious violations back to the test. A state that
no load event announces (a modal opened by a click) is checked with
``check_accessibility(page)``. The test fails on its first report.
"""

import contextlib
import json
from pathlib import Path

import axe_playwright_python

AXE_SOURCE = (
    Path(axe_playwright_python.__file__)
    .with_name("axe.min.js")
    .read_text(encoding="utf-8")
)
FAILING_IMPACTS = ("critical", "serious")

# Runs in every document after axe itself.
_RUNNER = (
    Path(__file__)
    .with_name("axe-runner.js")
    .read_text(encoding="utf-8")
    .replace("KOPIR_FAILING_IMPACTS", json.dumps(list(FAILING_IMPACTS)))
)


class AxeFindings:
    """What axe reported for one browser context."""

    def __init__(self):
        self.checked = []
        self.violations = []

    def report(self, source, report):
        self.checked.append(report["url"])
        for violation in report["violations"]:
            self.violations.append({"url": report["url"], **violation})

    def summary(self):
        lines = []
        for v in self.violations:
            nodes = ", ".join(v["nodes"])
            lines.append(
                f"{v['impact']} {v['id']} on {v['url']}: {v['help']} ({nodes})"
            )
        return "\n".join(lines)


def install(context):
    """Check every document this context loads; returns the findings."""
    findings = AxeFindings()
    context.expose_binding("kopirAxeReport", findings.report)
    context.add_init_script(AXE_SOURCE)
    context.add_init_script(_RUNNER)
    return findings


def check_accessibility(page, label="state"):
    """Check the page as it is now (after a click opened something)."""
    page.evaluate("(label) => window.__kopirAxeCheck(label)", label)


def settle(page):
    """Wait for the check that the page's last load started."""
    # A closed page or a download has no document to wait for.
    with contextlib.suppress(Exception):
        page.evaluate("() => window.__kopirAxeRun || null")
