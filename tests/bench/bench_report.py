"""The page targets and their verdicts, and the markdown report of the whole run
(``bench-results/latest.md``)."""

from __future__ import annotations

import subprocess
import urllib.parse

from tests.bench.bench_data import PLANNER
from tests.bench.harness import ROOT
from tests.bench.print_report import render_print

# Targets from the issue: (scenario, mode, metric, comparison, limit).
TARGETS = [
    ("material", "uncached", "p95_ms", "<=", 50.0),
    ("material", "uncached", "queries", "<=", 12),
    ("library", "uncached", "p95_ms", "<=", 100.0),
    # The planner's calendar month view, measured with one connection.
    ("calendar", "uncached", "p95_ms", "<=", 150.0),
    ("home", "cached", "rps", ">=", 600.0),
    ("library", "cached", "rps", ">=", 600.0),
    ("material", "cached", "rps", ">=", 600.0),
]


def check_targets(rows):
    by_key = {(r["scenario"], r["mode"]): r for r in rows}
    verdicts = []
    for scenario, mode, metric, op, limit in TARGETS:
        row = by_key.get((scenario, mode))
        value = row[metric] if row else None
        ok = value is not None and (value <= limit if op == "<=" else value >= limit)
        ok = ok and row["errors"] == 0
        unit = {"p95_ms": " ms", "rps": " req/s", "queries": " queries"}[metric]
        label = {"p95_ms": "p95", "rps": "throughput", "queries": "queries"}[metric]
        shown = "n/a" if value is None else f"{value:.1f}".removesuffix(".0")
        verdicts.append(
            (
                ok,
                f"{'PASS' if ok else 'FAIL'}: {scenario} {mode} {label} "
                f"{shown}{unit} (target {op} {limit:g}{unit})",
            )
        )
    return verdicts


def render(rows, verdicts, meta, printing=None):
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
        "| page | cache | req/s | p50 ms | p95 ms | p99 ms | queries/page "
        "| 1 client p50 / p95 ms | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        single = (
            f"{r['single_p50_ms']:.1f} / {r['single_p95_ms']:.1f}"
            if r.get("single_p95_ms") is not None
            else "–"
        )
        lines.append(
            f"| {r['scenario']} | {r['mode']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | "
            f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['queries']} | {single} "
            f"| {r['errors']} |"
        )
    lines += [
        "",
        f"req/s and p50/p95/p99 come from {meta['concurrency']} concurrent "
        "connections, and the targets are checked against them. The 1 client column "
        "is one connection at a time: how long a request takes without queueing. "
        "queries/page is the X-Query-Count header of a warm request.",
        "",
        f"The calendar row is the admin calendar month view, {meta['activities']:,} "
        f"activities in the month, logged in as the planner `{PLANNER}`. It is "
        "measured uncached only (admin pages are never page-cached) and with one "
        "connection for the whole run, so its req/s and p50/p95/p99 are the 1 "
        "client figures, and its target is checked against them.",
        "",
        "Pages:",
        "",
    ]
    for name, path in meta["urls"].items():
        label = (
            f"calendar month view, {meta['activities']:,} activities"
            if name == "calendar"
            else name
        )
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
