"""The page targets and their verdicts, and the markdown report of the whole run
(``bench-results/latest.md``)."""

from __future__ import annotations

import subprocess
import urllib.parse

from tests.bench.bench_data import PLANNER
from tests.bench.harness import ROOT
from tests.bench.import_report import render_import
from tests.bench.print_report import render_print

# Targets of issue 16: (scenario, mode, metric, comparison, limit). Worker CPU per
# request stands for "n times faster than bakerydemo": its workers spend 26-36 ms on
# a blog post, 45-65 ms on a search and 51-71 ms on the home page on the 2-core
# development machine, so 3x and 5x mean about 10, 12 and 12 ms.
TARGETS = [
    ("material", "uncached", "cpu_ms", "<=", 10.0),
    ("material", "uncached", "queries", "<=", 8),
    ("library", "uncached", "cpu_ms", "<=", 12.0),
    ("library", "uncached", "p95_ms", "<=", 100.0),
    ("home", "uncached", "cpu_ms", "<=", 12.0),
    # The planner's pages, one connection, 1,000 activities.
    ("calendar", "uncached", "p95_ms", "<=", 150.0),
    ("plan", "uncached", "p95_ms", "<=", 200.0),
    ("worker memory", "uncached", "rss_mb", "<=", 150.0),
    ("home", "cached", "rps", ">=", 600.0),
    ("library", "cached", "rps", ">=", 600.0),
    ("material", "cached", "rps", ">=", 600.0),
]
UNITS = {
    "p95_ms": (" ms", "p95"),
    "rps": (" req/s", "throughput"),
    "queries": (" queries", "queries"),
    "cpu_ms": (" ms", "worker CPU per request"),
    "rss_mb": (" MB", "RSS of the largest web worker"),
}


def check_targets(rows):
    by_key = {(r["scenario"], r["mode"]): r for r in rows}
    verdicts = []
    for scenario, mode, metric, op, limit in TARGETS:
        row = by_key.get((scenario, mode))
        value = row.get(metric) if row else None
        ok = value is not None and (value <= limit if op == "<=" else value >= limit)
        ok = ok and row.get("errors", 0) == 0
        unit, label = UNITS[metric]
        shown = "n/a" if value is None else f"{value:.1f}".removesuffix(".0")
        verdicts.append(
            (
                ok,
                f"{'PASS' if ok else 'FAIL'}: {scenario} {mode} {label} "
                f"{shown}{unit} (target {op} {limit:g}{unit})",
            )
        )
    return verdicts


def render(rows, verdicts, meta, printing=None, imports=None):
    lines = ["# Kopir benchmark", ""]
    if rows:
        lines += render_pages(rows, meta)
    else:
        lines += [
            f"{meta['when']} · page scenarios skipped (--print-only) · "
            f"{meta['cpus']} CPUs · commit {meta['commit']}",
            "",
        ]
    if printing is not None:
        lines += render_print(printing)
    if imports is not None:
        lines += render_import(imports)
    lines += ["Targets:", ""]
    lines += [f"- {text}" for _, text in verdicts]
    lines += [
        "",
        f"Load average before the run: {meta['load_before']}"
        + (" (the machine was busy: numbers may be low)" if meta["busy"] else "")
        + f". Whole run: {meta['elapsed']:.0f} s.",
        "",
    ]
    return "\n".join(lines)


def render_pages(rows, meta):
    lines = [
        f"{meta['when']} · {meta['materials']} materials · gunicorn "
        f"{meta['workers']} sync workers · {meta['loadgen']} with "
        f"{meta['concurrency']} "
        f"connections for {meta['duration']} s per row (after a "
        f"{meta['warmup']} s warm-up) · {meta['cpus']} CPUs · commit {meta['commit']}",
        "",
        "| page | cache | pages | req/s | worker CPU ms/req | p50 ms | p95 ms "
        "| p99 ms | queries/page | 1 client p50 / p95 ms | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    memory = None
    for r in rows:
        if r["scenario"] == "worker memory":
            memory = r
            continue
        single = (
            f"{r['single_p50_ms']:.1f} / {r['single_p95_ms']:.1f}"
            if r.get("single_p95_ms") is not None
            else "–"
        )
        lines.append(
            f"| {r['scenario']} | {r['mode']} | {r['pages']} | {r['rps']:.0f} "
            f"| {r['cpu_ms']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} "
            f"| {r['p99_ms']:.1f} | {r['queries']} | {single} | {r['errors']} |"
        )
    if memory is not None:
        lines += [
            "",
            f"Web worker memory after the planner pages: RSS "
            f"{memory['rss_mb']:.0f} MB, PSS {memory['pss_mb']:.0f} MB (the "
            "largest gunicorn worker).",
        ]
    lines += [
        "",
        f"req/s and p50/p95/p99 come from {meta['concurrency']} concurrent "
        "connections, and the targets are checked against them. *pages* is how "
        "many different URLs the load walks through in turn (a realistic mix, not "
        "one URL repeated). *worker CPU ms/req* is the user and system time the "
        "gunicorn workers spent during the timed run, divided by its requests: "
        "much steadier than req/s on a shared machine. The 1 client column is one "
        "connection at a time: how long a request takes without queueing. "
        "queries/page is the largest X-Query-Count header of a few warm requests.",
        "",
        f"The calendar and plan rows are admin pages of a plan with "
        f"{meta['activities']:,} activities, logged in as the planner `{PLANNER}`. "
        "They are measured uncached only (admin pages are never page-cached) and "
        "with one connection for the whole run, so their req/s and p50/p95/p99 are "
        "the 1 client figures, and their targets are checked against them.",
        "",
        "Pages:",
        "",
    ]
    for name, path in meta["urls"].items():
        label = {
            "calendar": f"calendar month view, {meta['activities']:,} activities",
            "plan": f"plan page, {meta['activities']:,} activities",
        }.get(name, f"{name} (the first of its mix)")
        lines.append(f"- {label}: `{urllib.parse.unquote(path)}`")
    lines += [
        "",
        f"The library URL matches {meta['library_matches']} Russian materials.",
        "",
    ]
    return lines


def git_commit():
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"
