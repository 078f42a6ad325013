"""The print benchmark's targets, their verdicts and its section of the report."""

from __future__ import annotations

import statistics

# Print targets (issue: 4-page A5 brochure with three images, on 2 cores):
# (measurement, value, comparison, limit, unit, what is checked).
PRINT_TARGETS = [
    (
        "brochure, cold worker and new photos",
        "cold_ms",
        "<=",
        1000.0,
        "ms",
        "request to READY",
    ),
    ("first render", "render_median_ms", "<=", 1000.0, "ms", "median"),
    ("cached download", "download_p95_ms", "<=", 50.0, "ms", "p95, 1 client"),
    ("worker memory", "memory_peak_mb", "<=", 300.0, "MB", "peak"),
    ("idle worker memory", "idle_pss_mb", "<=", 150.0, "MB", "PSS after the renders"),
]


def print_values(printing):
    """The values the print targets are checked against."""
    return {
        "cold_ms": printing["renders"]["cold"]["total_ms"],
        # Like the peak: the libraries it shares with other processes count once.
        "idle_pss_mb": printing["idle_memory"]["after"]["pss"],
        "render_median_ms": printing["renders"]["median_ms"],
        "download_p95_ms": printing["download"]["p95_ms"],
        # Pages the worker shares with its forked render child count once.
        "memory_peak_mb": printing["memory"]["tree_pss"],
    }


def check_print_targets(printing):
    if printing is None:
        return []
    if "error" in printing:
        return [(False, f"FAIL: print benchmark could not run: {printing['error']}")]
    values = print_values(printing)
    errors = printing["download"]["errors"]
    verdicts = []
    for name, key, op, limit, unit, what in PRINT_TARGETS:
        value = values[key]
        ok = value <= limit if op == "<=" else value >= limit
        if key == "download_p95_ms":
            ok = ok and errors == 0
        verdicts.append(
            (
                ok,
                f"{'PASS' if ok else 'FAIL'}: print {name} {what} {value:.1f} {unit} "
                f"(target {op} {limit:g} {unit})",
            )
        )
    return verdicts


def render_print(printing):
    """The print section of the report."""
    lines = ["## Print: a 4-page A5 brochure with three images", ""]
    if "error" in printing:
        return [*lines, f"Could not run: {printing['error']}", ""]
    material, renders = printing["material"], printing["renders"]
    memory, download = printing["memory"], printing["download"]
    reference = printing["reference"]
    runs = renders["runs"]

    def ms(value):
        return "–" if value is None else f"{value:.0f} ms"

    def stat(values, unit="ms", scale=1.0, digits=0):
        values = [v * scale for v in values if v is not None]
        if not values:
            return "–", "–"
        return (
            f"{statistics.median(values):.{digits}f} {unit}",
            f"{max(values):.{digits}f} {unit}",
        )

    total = stat([r["total_ms"] for r in runs])
    wait = stat([r["wait_ms"] for r in runs])
    task = stat([r["render_seconds"] for r in runs], "s", digits=2)
    cold, publishing = renders["cold"], renders["publishing"]
    idle = printing["idle_memory"]
    lines += [
        "| measurement | n | median (p50) | p95 | max | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
        f"| brochure, cold worker and new photos, request → READY | 1 "
        f"| {ms(cold['total_ms'])} | | | ≤ 1000 ms |",
        f"| · of which request → RENDERING (worker pick-up) | 1 "
        f"| {ms(cold['wait_ms'])} | | | |",
        f"| · `render_seconds` stored by the task | 1 "
        f"| {cold['render_seconds']:.2f} s | | | |",
        f"| brochure asked at the moment of publishing new photos | 1 "
        f"| {ms(publishing['total_ms'])} | | | |",
        f"| idle worker, RSS (PSS): warmed, before its first task | "
        f"| {idle['before']['rss']:.0f} MB ({idle['before']['pss']:.0f} MB) | | | |",
        f"| idle worker, RSS (PSS): after the renders | "
        f"| {idle['after']['rss']:.0f} MB ({idle['after']['pss']:.0f} MB) | | "
        "| PSS ≤ 150 MB |",
        f"| first render in a running worker, enqueue → READY | {len(runs)} "
        f"| {total[0]} | | {total[1]} | median ≤ 1000 ms |",
        f"| · of which enqueue → RENDERING (worker pick-up) | {len(runs)} "
        f"| {wait[0]} | | {wait[1]} | |",
        f"| · `render_seconds` stored by the task | {len(runs)} | {task[0]} | "
        f"| {task[1]} | |",
        f"| cached download `/print/<uuid>.pdf`, 1 client | {download['requests']} "
        f"| {download['p50_ms']:.1f} ms | {download['p95_ms']:.1f} ms "
        f"| {download['max_ms']:.1f} ms | p95 ≤ 50 ms |",
    ]
    concurrent = download.get("concurrent")
    if concurrent:
        lines.append(
            f"| cached download, {printing['concurrency']} connections "
            f"({concurrent['rps']:.0f} req/s, {concurrent['errors']} errors) "
            f"| {concurrent['requests']} | {concurrent['p50_ms']:.1f} ms "
            f"| {concurrent['p95_ms']:.1f} ms | {concurrent['p99_ms']:.1f} ms (p99) "
            "| |"
        )
    lines += [
        f"| worker memory: worker + render child, PSS | {memory['samples']} samples "
        f"| | | {memory['tree_pss']:.0f} MB | ≤ 300 MB |",
        f"| · the same as a sum of RSS (shared pages counted twice) | | | "
        f"| {memory['tree_rss']:.0f} MB | |",
        f"| · worker process alone, RSS (after the renders) | | "
        f"{memory['worker_after_mb']:.0f} MB | | {memory['worker_hwm']:.0f} MB | |",
        "| · largest child process alone (the render child), RSS "
        f"| {memory['children']} seen | | | {memory['child_hwm']:.0f} MB | |",
    ]
    if reference.get("weasyprint_first_s") is not None:
        lines.append(
            "| WeasyPrint alone, first render in a process (import not counted) "
            f"| 1 | {reference['weasyprint_first_s']:.2f} s | | | reference |"
        )
    for key, label in (
        ("weasyprint_warm", "WeasyPrint alone, warm, in one process"),
        ("weasyprint_process", "WeasyPrint in a new process (start, import, render)"),
        ("chromium", "headless Chromium, a new process each time"),
    ):
        row = reference.get(key) or {"error": reference.get("error", "not run")}
        if "error" in row:
            lines.append(
                f"| {label} | | not available: {row['error']} | | | reference |"
            )
            continue
        median_, most = stat(row["seconds"], "s", digits=2)
        lines.append(
            f"| {label} ({row['pages']} pages) | {len(row['seconds'])} | {median_} | "
            f"| {most} | reference |"
        )
    lines += [
        "",
        f"The material: “{material['title']}”, `{material['url_path']}` (English, "
        f"{material['organisation']}), with three generated "
        f"{material['images'][0]['width']}×{material['images'][0]['height']} JPEG "
        f"photos (the cover and two in the text); its text is sized so that the A5 "
        f"brochure is exactly 4 pages ({material['sentences']} sentences of "
        f"variable text; {material['four_pages'][0]} to {material['four_pages'][1]} "
        "give 4). The PDF is "
        f"{renders['public']['size'] / 1024:.0f} KiB.",
        "",
        "Cold worker: `manage.py task_worker --interval "
        f"{printing['worker_interval']:g}` (database backend; a NOTIFY wakes it, "
        "the interval is its fallback poll) is started and waits, warmed up; the "
        "material is published with new copies of its three photos (no "
        "rendition exists), and once the worker has done the publish's tasks (the "
        "print renditions among them) its A5 brochure is asked for: the worker's "
        "first render. Then new copies again, asked for at the moment of "
        "publishing: the render waits for the renditions task. "
        "First render: each measured render is a new "
        "revision's A5 brochure, asked for with `service.material_edition` once "
        "the worker's queue is empty; then "
        "`PrintEdition.status` is polled every 10 ms until READY. The target is "
        "checked against the median; the pick-up row is the time the worker "
        "takes to notice the task.",
        "",
        f"Worker memory: /proc sampled every {memory['interval_ms']:.0f} ms from "
        "worker start to stop (warm-up included): the worker process and its "
        "forked render children. The target is checked against the peak PSS sum "
        "(smaps_rollup), in which the pages the child shares with the worker after "
        "fork count once; the RSS sum counts them twice.",
        "",
        f"Cached download: {download['requests']} sequential requests, each on a "
        f"new connection, to gunicorn ({printing['workers']} sync workers, page "
        "cache off; the view reads the edition and streams the file); the target "
        "is checked against their p95"
        + (
            f", followed by {printing['duration']} s with "
            f"{printing['concurrency']} connections."
            if concurrent
            else "."
        )
        + f" Every response was the {download['bytes']:,} bytes of the PDF.",
        "",
        "Reference: the HTML the task renders (`documents.build`), printed by "
        "WeasyPrint in a warm process (the engine's fetcher, no fork, no pypdf), by "
        "WeasyPrint in a new Python process and by headless Chromium from a file "
        "with the resources on local paths. No target.",
        "",
    ]
    return lines
