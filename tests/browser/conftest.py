"""Browser fixtures: Debian's Chromium found by path and driven by Playwright; a
page fails its test on a Content-Security-Policy violation or a critical or serious
axe-core finding."""

import shutil

import pytest

from tests.browser import accessibility, csp

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise RuntimeError(
        "Debian's chromium is missing: `make install` installs it (apt-get install "
        "chromium)."
    )


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Open a page in a fresh context (own cookies, own viewport).

    axe-core checks every document each page loads; the test fails on any
    critical or serious violation it reports, and on any Content-Security-Policy
    violation Chromium reports in any frame.
    """
    opened = []

    def open_page(width=1280, height=900, **options):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            reduced_motion="reduce",
            **options,
        )
        findings = accessibility.install(context)
        csp_findings = csp.install(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        opened.append((context, page, findings, csp_findings))
        return page

    yield open_page

    problems = []
    policy_problems = []
    for context, page, findings, csp_findings in opened:
        if not page.is_closed():
            accessibility.settle(page)
        context.close()
        if findings.violations:
            problems.append(findings.summary())
        if csp_findings.violations:
            policy_problems.append(csp_findings.summary())
    if policy_problems:
        pytest.fail(
            "Chromium reported Content-Security-Policy violations:\n"
            + "\n".join(policy_problems),
            pytrace=False,
        )
    if problems:
        pytest.fail(
            "axe-core found critical or serious accessibility violations:\n"
            + "\n".join(problems),
            pytrace=False,
        )


@pytest.fixture
def page(new_page):
    return new_page()
