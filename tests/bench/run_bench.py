#!/usr/bin/env python3
"""``make bench``: load the public site on PostgreSQL and check the performance targets.

Steps, each bounded in time:

1. (re)create the PostgreSQL database ``kopir_bench``, migrate it, generate a library
   of 5,000 materials (``manage.py generate_library``), a campaign plan with 1,000
   activities in the current month for a planner login (``manage.py
   generate_activities``) and collect static files;
2. serve it with gunicorn (``kopir.settings.bench``) on a free port of 127.0.0.1,
   first with the page cache off, then on (Redis database 9, flushed first);
3. load each scenario from a second process (``wrk``, or a Python client when wrk
   cannot be had) on 127.0.0.1: a warm-up, a fixed-length run with
   ``--concurrency`` connections (the one the targets are checked against), then a
   short run with one connection (latency without queueing). The planner's
   calendar month view (an admin page, never page-cached) is loaded uncached only,
   with one connection and the planner's session cookie;
4. the print benchmark, after the pages (``--skip-print`` leaves it out;
   ``--print-only`` runs only it, after migrating and generating the library),
   with ``tests/bench/print_bench.py`` doing the Django side. Targets: first render
   median ≤ 1 s, cached download p95 ≤ 50 ms, worker memory ≤ 300 MB:

   a. the bench material: a published English MaterialPage in an organisation's
      space with three generated 2400×1600 JPEG photos (cover and two in the
      text), its text sized until the A5 brochure is exactly 4 pages;
   b. a real ``manage.py task_worker`` (database backend, woken by NOTIFY;
      ``--worker-interval`` is its fallback poll) is started; its idle memory is
      read; its first render is of the material published with new copies of its
      photos (asked once the publish's tasks are done: target ≤ 1 s), then one
      asked at the moment of publishing new photos; then ``--print-runs`` renders,
      each of a new revision: ``service.material_edition(..., layout="a5")``,
      then ``PrintEdition.status`` polled every 10 ms until READY (enqueue to
      READY; median and max, and the task's own ``render_seconds``). Meanwhile
      /proc is sampled every 20 ms for the memory of the worker and its forked
      render children (peak PSS sum; RSS also shown);
   c. the cached download: gunicorn serves ``/print/<uuid>.pdf`` of the warm-up
      edition, ``--print-requests`` sequential requests (p50/p95; each checked
      to be the whole PDF), then ``--duration`` s with ``--concurrency``
      connections;
   d. reference rows without a target: the same HTML (``documents.build``)
      printed by WeasyPrint alone in a warm process, by WeasyPrint in a new
      process and by headless Chromium (``--chromium``), a new process each run;

5. the import benchmark (``--import-rows``, 2,000 by default; 0 skips it):
   ``tests/bench/import_bench.py`` builds an XLSX of material rows in kk/ru/en
   groups, runs the dry run and the one-transaction creation as the worker runs
   them, then checks the same file again (nothing new). Targets
   (``import_report.py``): dry run ≤ 10 s, creation of 2,000 drafts ≤ 150 s;

6. print a markdown table (also written to ``bench-results/latest.md``) with
   requests per second, p50/p95 latency and queries per page, the print table, and
   PASS/FAIL against the targets. The exit status is 0 when every target is met, 1
   when one is missed and 2 when the benchmark could not run (the report is still
   written when only the print part could not run).

Only loopback addresses are used. Run it from anywhere; it finds the repository
from its own path. ``--help`` lists the knobs (duration, concurrency, workers...).
Uploaded images and PDFs of the bench go to ``bench-results/media``, logs of the
servers and the worker to ``bench-results/``.

This file holds the command line and the page measurements; the steps live beside
it: ``harness`` (paths, deadline, subprocesses), ``bench_data`` (step 1),
``gunicorn_server`` and ``load_generators`` (steps 2 and 3), ``print_runner`` and
``worker_memory`` (step 4), ``bench_report`` and ``print_report`` (step 5).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import urllib.parse
from datetime import UTC, datetime
from pathlib import Path

# ``make bench`` runs this file as a script: the repository root is not on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_data import flush_redis, planner_cookie, prepare
from tests.bench.bench_report import check_targets, git_commit, render
from tests.bench.gunicorn_server import Server, probe
from tests.bench.harness import RESULTS_DIR, BenchError, Deadline, log
from tests.bench.import_report import (
    check_import_targets,
    measure_import,
)
from tests.bench.load_generators import (
    WRK_SCRIPT,
    ensure_wrk,
    load_python,
    load_wrk,
    loadgen_main,
)
from tests.bench.print_report import check_print_targets
from tests.bench.print_runner import measure_print

DEFAULT_DB_URL = "postgres://postgres@127.0.0.1:5432/kopir_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"


# Admin pages, never page-cached: measured uncached, one planner at a time.
PLANNER_SCENARIOS = ("calendar", "plan")


def _paths_file(urls, scenario):
    """The file of paths the load walks through for ``scenario``, or None."""
    mix = urls.get(f"{scenario}_mix")
    if not mix:
        return None
    path = RESULTS_DIR / f"paths-{scenario}.txt"
    path.write_text("\n".join(mix) + "\n")
    return str(path)


def measure(args, deadline, urls, mode, script_path, wrk, cookie):
    cache_seconds = 0 if mode == "uncached" else 300
    flush_redis(args.redis_url)
    log_path = RESULTS_DIR / f"gunicorn-{mode}.log"
    server = Server(args, cache_seconds, log_path)
    scenarios = ["home", "library", "material"]
    if mode == "uncached":
        scenarios += PLANNER_SCENARIOS
    rows = []
    try:
        server.wait_ready(urls["home"])
        for scenario in scenarios:
            planner = scenario in PLANNER_SCENARIOS
            url = server.url(urls[scenario])
            headers = {"Cookie": cookie} if planner else None
            paths = _paths_file(urls, scenario)
            if probe(url, headers)["status"] != 200:
                raise BenchError(f"{url} did not answer 200")
            connections = 1 if planner else args.concurrency

            def load(
                seconds, concurrency=connections, url=url, headers=headers, paths=paths
            ):
                if wrk:
                    return load_wrk(
                        wrk,
                        url,
                        seconds,
                        concurrency,
                        script_path,
                        deadline,
                        headers,
                        paths,
                    )
                return load_python(url, seconds, concurrency, deadline, headers, paths)

            if args.warmup:
                load(args.warmup)
            # Queries of warm requests (the first one also fills per-process and
            # Redis-held lookups such as the page frame): the most of a few pages.
            sample = [urls[scenario], *(urls.get(f"{scenario}_mix") or [])[:4]]
            warm = [probe(server.url(path), headers) for path in sample]
            queries = max(w["queries"] for w in warm)
            if mode == "cached" and warm[0]["cache"] != "hit":
                raise BenchError(f"{url} is not served from the page cache")
            cpu_before = server.cpu_seconds()
            result = load(args.duration)
            cpu = server.cpu_seconds() - cpu_before
            # One client at a time: the time a request takes without queueing.
            if connections == 1:
                single = result
            elif args.single_duration:
                single = load(args.single_duration, 1)
            else:
                single = None
            result.update(
                scenario=scenario,
                mode=mode,
                queries=queries,
                pages=len(sample if paths is None else urls[f"{scenario}_mix"]),
                cpu_ms=cpu * 1000 / max(result["requests"], 1),
                single_p50_ms=single["p50_ms"] if single else None,
                single_p95_ms=single["p95_ms"] if single else None,
            )
            if single is not None and single is not result:
                result["errors"] += single["errors"]
            rows.append(result)
            log(
                f"  {scenario:8} {mode:8} {result['rps']:7.0f} req/s  "
                f"p50 {result['p50_ms']:6.1f} ms  p95 {result['p95_ms']:6.1f} ms  "
                f"{result['cpu_ms']:5.1f} ms CPU  "
                f"{queries} queries  {result['errors']} errors"
                + (
                    f"  (1 client: p50 {single['p50_ms']:.1f} ms, "
                    f"p95 {single['p95_ms']:.1f} ms)"
                    if single
                    else ""
                )
            )
        if mode == "uncached":
            memory = server.memory_mb()
            rows.append({"scenario": "worker memory", "mode": mode, **memory})
            log(
                f"  worker memory after the planner pages: "
                f"RSS {memory['rss_mb']:.0f} MB, PSS {memory['pss_mb']:.0f} MB"
            )
    finally:
        server.stop()
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--materials", type=int, default=5000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per row")
    parser.add_argument("--warmup", type=int, default=3, help="seconds before a row")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--single-duration",
        type=int,
        default=4,
        help="seconds of a one-client run after each row (0: none)",
    )
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB_URL)
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL)
    )
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="keep the database from the last run (skip migrate and generate)",
    )
    parser.add_argument(
        "--python-client", action="store_true", help="use the Python load generator"
    )
    parser.add_argument("--time-limit", type=int, default=1500, help="seconds in all")
    parser.add_argument(
        "--activities",
        type=int,
        default=1000,
        help="activities in the month the calendar shows",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--skip-print", action="store_true", help="skip the print benchmark"
    )
    which.add_argument(
        "--print-only",
        action="store_true",
        help="only the print benchmark (no page scenarios)",
    )
    parser.add_argument(
        "--print-runs", type=int, default=5, help="first renders measured"
    )
    parser.add_argument(
        "--print-requests",
        type=int,
        default=200,
        help="sequential downloads of the ready PDF",
    )
    parser.add_argument(
        "--reference-runs",
        type=int,
        default=3,
        help="runs of each reference renderer (WeasyPrint, Chromium)",
    )
    parser.add_argument(
        "--chromium",
        default=shutil.which("chromium") or "/usr/bin/chromium",
        help="headless Chromium for the reference row",
    )
    parser.add_argument(
        "--worker-interval",
        type=float,
        default=5.0,
        help="task_worker --interval: the longest wait between polls of an empty "
        "queue (a NOTIFY wakes it sooner)",
    )
    parser.add_argument(
        "--import-rows",
        type=int,
        default=2000,
        help="spreadsheet rows of the import benchmark (0: skip it)",
    )
    # url, seconds, connections, a file of paths or "-", then "Name: value" headers.
    parser.add_argument("--loadgen", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.loadgen:
        url, duration, concurrency, paths, *lines = args.loadgen
        headers = dict(line.split(": ", 1) for line in lines)
        loadgen_main(url, float(duration), int(concurrency), paths, headers)
        return 0

    for name, url in (("database", args.database_url), ("redis", args.redis_url)):
        host = urllib.parse.urlsplit(url).hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            log(f"refusing a non-loopback {name} host: {host}")
            return 2

    started = time.monotonic()
    load_before = os.getloadavg()
    deadline = Deadline(args.time_limit)
    RESULTS_DIR.mkdir(exist_ok=True)
    rows, urls, printing, imports = [], None, None, None
    try:
        wrk = None if args.python_client else ensure_wrk(deadline)
        log(f"load generator: {wrk or 'Python threads (wrk not available)'}")
        urls = prepare(args, deadline, pages=not args.print_only)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(WRK_SCRIPT)
        try:
            if not args.print_only:
                log(f"pages: {json.dumps(urls, ensure_ascii=False)}")
                cookie = planner_cookie(args, deadline)
                for mode in ("uncached", "cached"):
                    log(f"measuring {mode} pages")
                    rows += measure(
                        args, deadline, urls, mode, script.name, wrk, cookie
                    )
            if not args.skip_print:
                # After the pages, so that the worker never loads the machine
                # while they are measured. A print failure keeps their results.
                try:
                    printing = measure_print(args, deadline, wrk, script.name)
                except BenchError as exc:
                    log(f"ERROR (print): {exc}")
                    printing = {"error": str(exc).splitlines()[0]}
            if args.import_rows and not args.print_only:
                # Last: the creation keeps the database busy for a minute.
                try:
                    imports = measure_import(args, deadline)
                except BenchError as exc:
                    log(f"ERROR (import): {exc}")
                    imports = {"error": str(exc).splitlines()[0]}
        finally:
            os.unlink(script.name)
    except BenchError as exc:
        log(f"ERROR: {exc}")
        return 2

    verdicts = (
        (check_targets(rows) if rows else [])
        + check_print_targets(printing)
        + check_import_targets(imports)
    )
    meta = {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "commit": git_commit(),
        "elapsed": time.monotonic() - started,
        "load_before": " ".join(f"{x:.2f}" for x in load_before),
        "busy": load_before[0] > 1.0,
    }
    if rows:
        meta.update(
            {
                "materials": urls["materials"],
                "workers": args.workers,
                "loadgen": "wrk" if wrk else "Python client",
                "concurrency": args.concurrency,
                "duration": args.duration,
                "warmup": args.warmup,
                "urls": {
                    k: urls[k]
                    for k in ("home", "library", "material", "calendar", "plan")
                },
                "activities": urls["activities"],
                "library_matches": urls["library_matches"],
            }
        )
    report = render(rows, verdicts, meta, printing, imports)
    (RESULTS_DIR / "latest.md").write_text(report)
    print()
    print(report)
    print(f"Written to {RESULTS_DIR / 'latest.md'}")
    if printing is not None and "error" in printing:
        return 2
    return 0 if all(ok for ok, _ in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
