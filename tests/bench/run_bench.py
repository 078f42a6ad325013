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
   b. a real ``manage.py db_worker`` (database backend, ``--worker-interval``) is
      started and warmed up with one render; then ``--print-runs`` first renders,
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

5. print a markdown table (also written to ``bench-results/latest.md``) with
   requests per second, p50/p95 latency and queries per page, the print table, and
   PASS/FAIL against the targets. The exit status is 0 when every target is met, 1
   when one is missed and 2 when the benchmark could not run (the report is still
   written when only the print part could not run).

Only loopback addresses are used. Run it from anywhere; it finds the repository
from its own path. ``--help`` lists the knobs (duration, concurrency, workers...).
Uploaded images and PDFs of the bench go to ``bench-results/media``, logs of the
servers and the worker to ``bench-results/``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
PYTHON = str(BIN / "python") if (BIN / "python").exists() else sys.executable
GUNICORN = str(BIN / "gunicorn")
RESULTS_DIR = ROOT / "bench-results"
PRINT_BENCH = Path(__file__).resolve().with_name("print_bench.py")

DEFAULT_DB_URL = "postgres://postgres@127.0.0.1:5432/kopir_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"
SEARCH_WORD = "семья"
HOST = "127.0.0.1"
PLANNER = "benchplanner"

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

# Print targets (issue: 4-page A5 brochure with three images, on 2 cores):
# (measurement, value, comparison, limit, unit, what is checked).
PRINT_TARGETS = [
    ("first render", "render_median_ms", "<=", 1000.0, "ms", "median"),
    ("cached download", "download_p95_ms", "<=", 50.0, "ms", "p95, 1 client"),
    ("worker memory", "memory_peak_mb", "<=", 300.0, "MB", "peak"),
]

WRK_SCRIPT = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRKJSON {\"requests\":%d,\"duration_us\":%d,\"connect\":%d,\"read\":%d," ..
    "\"write\":%d,\"status\":%d,\"timeout\":%d,\"p50_us\":%d,\"p95_us\":%d," ..
    "\"p99_us\":%d,\"max_us\":%d}\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max))
end
"""

# Picks the scenario URLs from the generated data (runs inside Django).
PICK_SCENARIOS = r"""
import collections, json, urllib.parse
import django
django.setup()
from wagtail.search.backends import get_search_backend
from content.models import MaterialPage

ru = MaterialPage.objects.live().public().filter(locale__language_code="ru")
# The search backend filters on indexed fields only: scope by primary key.
scope = MaterialPage.objects.filter(pk__in=ru.values("pk"))
hits = list(
    get_search_backend().search(WORD, scope, operator="and")
    .get_queryset().order_by().values_list("pk", flat=True)
)

def slugs(relation, column):
    through = getattr(MaterialPage, relation).through
    result = collections.defaultdict(set)
    rows = through.objects.filter(materialpage_id__in=hits).values_list(
        "materialpage_id", f"{column}__slug"
    )
    for pk, slug in rows:
        result[pk].add(slug)
    return result

groups = slugs("target_groups", "targetgroup")
narratives = slugs("narratives", "narrativecountered")
themes = slugs("themes", "theme")
combos = collections.Counter(
    (g, n, t)
    for pk in hits
    for g in groups[pk]
    for n in narratives[pk]
    for t in themes[pk]
)
# The most common combination: a full first page of results and pagination.
(audience, narrative, theme), matches = min(
    combos.items(), key=lambda kv: (-kv[1], kv[0])
)
material = (
    ru.filter(regions__isnull=False, tagged_items__isnull=False)
    .order_by("pk").distinct().first() or ru.order_by("pk").first()
)
query = {"audience": audience, "narrative": narrative, "theme": theme, "q": WORD}
print("PICKED " + json.dumps({
    "home": "/ru/",
    "library": "/ru/materials/?" + urllib.parse.urlencode(query),
    "library_matches": matches,
    # /ru/materials/<organisation>/<slug>/: the library is the second segment.
    "material": "/ru/" + urllib.parse.quote(material.url_path.split("/", 2)[2]),
    "materials": MaterialPage.objects.count(),
}))
"""


# A logged-in session for the planner (runs inside Django): the Cookie header.
LOGIN = r"""
import django
django.setup()
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

client = Client()
client.force_login(get_user_model().objects.get(username=USERNAME))
name = settings.SESSION_COOKIE_NAME
print(f"SESSION {name}={client.cookies[name].value}")
"""


class BenchError(Exception):
    pass


class Deadline:
    def __init__(self, seconds):
        self.end = time.monotonic() + seconds

    def left(self, cap=None):
        left = self.end - time.monotonic()
        if left <= 0:
            raise BenchError("the benchmark ran out of time")
        return min(left, cap) if cap else left


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(cmd, *, env, deadline, cap, quiet=True, label=None):
    """Run a command to completion within ``cap`` seconds (and the deadline)."""
    started = time.monotonic()
    try:
        result = subprocess.run(
            cmd,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=deadline.left(cap),
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"timed out: {' '.join(map(str, cmd))}") from exc
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise BenchError(f"failed ({result.returncode}): {' '.join(map(str, cmd))}")
    if not quiet:
        sys.stdout.write(result.stdout)
    label = label or " ".join(map(str, cmd[1:3]))
    log(f"  {label}: {time.monotonic() - started:.1f}s")
    return result.stdout


# --- Database and data ---------------------------------------------------------------


def recreate_database(db_url):
    import psycopg

    parts = urllib.parse.urlsplit(db_url)
    name = parts.path.lstrip("/")
    if not name.replace("_", "").isalnum():
        raise BenchError(f"unexpected database name {name!r}")
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        raise BenchError(f"PostgreSQL is not reachable at {admin_url}: {exc}") from exc


def flush_redis(redis_url):
    import redis

    try:
        client = redis.Redis.from_url(redis_url, socket_timeout=5)
        client.flushdb()
        client.close()
    except redis.RedisError as exc:
        raise BenchError(f"Redis is not reachable at {redis_url}: {exc}") from exc


def django_env(args, page_cache_seconds):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "kopir.settings.bench",
            "DATABASE_URL": args.database_url,
            "REDIS_URL": args.redis_url,
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
            "PYTHONUNBUFFERED": "1",
            # Uploaded images and print files of the bench stay out of ./media.
            "MEDIA_ROOT": str(RESULTS_DIR / "media"),
            # The worker the print benchmark starts reads this backend.
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        }
    )
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    env.setdefault("LOG_LEVEL", "WARNING")
    env.pop("DEBUG", None)
    return env


def prepare(args, deadline, pages=True):
    """The database and data; with ``pages`` the scenario URLs, else None."""
    env = django_env(args, 0)
    manage = [PYTHON, "manage.py"]
    if not args.reuse_db:
        log(f"recreating the database {args.database_url}")
        recreate_database(args.database_url)
        run([*manage, "migrate", "--noinput"], env=env, deadline=deadline, cap=600)
        run(
            [*manage, "generate_library", "--materials", str(args.materials)],
            env=env,
            deadline=deadline,
            cap=300,
            quiet=False,
        )
    if not pages:
        return None
    # Idempotent (replaces the previous bench plan), so it runs with --reuse-db too.
    out = run(
        [
            *manage,
            "generate_activities",
            "--activities",
            str(args.activities),
            "--username",
            PLANNER,
        ],
        env=env,
        deadline=deadline,
        cap=300,
        quiet=False,
    )
    day = next(x for x in out.splitlines() if x.startswith("day="))[len("day=") :]
    run(
        [*manage, "collectstatic", "--noinput", "-v", "0"],
        env=env,
        deadline=deadline,
        cap=300,
    )
    out = run(
        [PYTHON, "-c", f"WORD = {SEARCH_WORD!r}\n" + PICK_SCENARIOS],
        env=env,
        deadline=deadline,
        cap=120,
        label="picking the pages",
    )
    line = next(x for x in out.splitlines() if x.startswith("PICKED "))
    urls = json.loads(line[len("PICKED ") :])
    urls["calendar"] = "/admin/planner/calendar/?" + urllib.parse.urlencode(
        {"view": "month", "day": day}
    )
    urls["activities"] = args.activities
    return urls


def planner_cookie(args, deadline):
    """A session of the bench planner, as a ``Cookie`` header value."""
    out = run(
        [PYTHON, "-c", f"USERNAME = {PLANNER!r}\n" + LOGIN],
        env=django_env(args, 0),
        deadline=deadline,
        cap=60,
        label="logging the planner in",
    )
    line = next(x for x in out.splitlines() if x.startswith("SESSION "))
    return line[len("SESSION ") :]


# --- Server ------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """gunicorn in its own process group, always stopped on exit."""

    def __init__(self, args, page_cache_seconds, log_path):
        self.port = free_port()
        self.log_path = log_path
        self.log_file = open(log_path, "w")  # noqa: SIM115
        cmd = [
            GUNICORN,
            "kopir.wsgi",
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(args.workers),
            "--preload",
            "--timeout",
            "30",
            "--graceful-timeout",
            "5",
            "--backlog",
            "256",
            "--error-logfile",
            "-",
            "--log-level",
            "warning",
        ]
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=django_env(args, page_cache_seconds),
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def url(self, path):
        return f"http://{HOST}:{self.port}{path}"

    def wait_ready(self, path, timeout=60):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url(path), timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        self.stop()
        tail = Path(self.log_path).read_text()[-3000:]
        raise BenchError(f"gunicorn did not become ready:\n{tail}")

    def stop(self):
        stop_group(self.proc)
        self.log_file.close()


def stop_group(proc):
    """Stop a process started with ``start_new_session`` and its children."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        except ProcessLookupError:
            pass


def probe(url, headers=None):
    """One request: status, query count and cache header."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            # A redirect (to the login page, say) would measure another page.
            if response.geturl() != url:
                raise BenchError(f"{url} redirected to {response.geturl()}")
            return {
                "status": response.status,
                "queries": int(response.headers.get("X-Query-Count", "-1")),
                "cache": response.headers.get("X-Kopir-Cache", ""),
            }
    except urllib.error.HTTPError as exc:
        raise BenchError(f"{url} answered {exc.code}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise BenchError(f"{url} failed: {exc}") from exc


# --- Load generators -----------------------------------------------------------------


def ensure_wrk(deadline):
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.environ.get("BENCH_NO_INSTALL") or not shutil.which("apt-get"):
        return None
    if os.geteuid() != 0:
        return None
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "--no-install-recommends", "wrk"]
    for step in (install, ["apt-get", "update"], install):
        log(f"wrk not found: {' '.join(step)}")
        try:
            subprocess.run(
                step, env=env, capture_output=True, timeout=deadline.left(300)
            )
        except subprocess.TimeoutExpired:
            return None
        if shutil.which("wrk"):
            return shutil.which("wrk")
    return None


def load_wrk(wrk, url, duration, concurrency, script_path, deadline, headers=None):
    threads = max(1, min(2, concurrency))
    cmd = [
        wrk,
        f"-t{threads}",
        f"-c{concurrency}",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "-s",
        script_path,
    ]
    for name, value in (headers or {}).items():
        cmd += ["-H", f"{name}: {value}"]
    cmd.append(url)
    try:
        result = subprocess.run(
            cmd, capture_output=True, text=True, timeout=deadline.left(duration + 30)
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"wrk did not finish: {url}") from exc
    line = next(
        (x for x in result.stdout.splitlines() if x.startswith("WRKJSON ")), None
    )
    if line is None:
        raise BenchError(f"wrk failed: {result.stdout[-2000:]}{result.stderr[-2000:]}")
    data = json.loads(line[len("WRKJSON ") :])
    errors = sum(data[k] for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "requests": data["requests"],
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50_ms": data["p50_us"] / 1000,
        "p95_ms": data["p95_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
        "errors": errors,
    }


def load_python(url, duration, concurrency, deadline, headers=None):
    """The fallback load generator, in a second process like wrk."""
    cmd = [PYTHON, __file__, "--loadgen", url, str(duration), str(concurrency)]
    cmd += [f"{name}: {value}" for name, value in (headers or {}).items()]
    try:
        result = subprocess.run(
            cmd, capture_output=True, text=True, timeout=deadline.left(duration + 30)
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"the load generator did not finish: {url}") from exc
    line = next(
        (x for x in result.stdout.splitlines() if x.startswith("PYLOAD ")), None
    )
    if line is None:
        raise BenchError(f"the load generator failed: {result.stderr[-2000:]}")
    return json.loads(line[len("PYLOAD ") :])


def loadgen_main(url, duration, concurrency, headers=None):
    """Entry point of the Python load generator process."""
    import http.client

    headers = headers or {}
    parts = urllib.parse.urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    end = time.monotonic() + duration
    latencies, errors, lock = [], [0], threading.Lock()

    def worker():
        local, bad = [], 0
        while time.monotonic() < end:
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(
                    parts.hostname, parts.port, timeout=10
                )
                conn.request("GET", target, headers=headers)
                response = conn.getresponse()
                response.read()
                conn.close()
                if response.status >= 400:
                    bad += 1
            except OSError:
                bad += 1
            local.append(time.perf_counter() - started)
        with lock:
            latencies.extend(local)
            errors[0] += bad

    started = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=duration + 20)
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p):
        if not latencies:
            return 0.0
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] * 1000

    print(
        "PYLOAD "
        + json.dumps(
            {
                "requests": len(latencies),
                "rps": len(latencies) / elapsed,
                "p50_ms": pct(50),
                "p95_ms": pct(95),
                "p99_ms": pct(99),
                "errors": errors[0],
            }
        )
    )


# --- Print ---------------------------------------------------------------------------


def print_step(args, deadline, command, cap, label):
    """Run a command of print_bench.py inside Django; its PRINTJSON result."""
    cmd = [PYTHON, str(PRINT_BENCH), *command]
    started = time.monotonic()
    try:
        result = subprocess.run(
            cmd,
            cwd=ROOT,
            env=django_env(args, 0),
            capture_output=True,
            text=True,
            timeout=deadline.left(cap),
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{label} timed out after {cap} s") from exc
    line = next(
        (x for x in result.stdout.splitlines() if x.startswith("PRINTJSON ")), None
    )
    if result.returncode != 0 or line is None:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        lines = [x for x in result.stderr.splitlines() if x.strip()]
        raise BenchError(f"{label} failed: {lines[-1] if lines else result.returncode}")
    log(f"  {label}: {time.monotonic() - started:.1f}s")
    return json.loads(line[len("PRINTJSON ") :])


class Worker:
    """``manage.py db_worker`` in its own process group, always stopped on exit."""

    def __init__(self, args, log_path):
        self.log_path = log_path
        self.log_file = open(log_path, "w")  # noqa: SIM115
        cmd = [
            PYTHON,
            "manage.py",
            "db_worker",
            "--interval",
            str(args.worker_interval),
            "--no-startup-delay",
            "--no-reload",
        ]
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=django_env(args, 0),
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def tail(self, size=3000):
        self.log_file.flush()
        return Path(self.log_path).read_text(errors="replace")[-size:]

    def stop(self):
        stop_group(self.proc)
        self.log_file.close()


def proc_values(path, keys):
    """Values in kB from a /proc status-like file; {} once the process is gone."""
    values = {}
    try:
        with open(path) as handle:
            for line in handle:
                name, _, rest = line.partition(":")
                if name in keys:
                    values[name] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        return {}
    return values


class MemorySampler(threading.Thread):
    """Samples the memory of a process and its descendants from /proc.

    Every ``interval`` seconds: VmRSS and VmHWM of each process, and Pss (pages
    shared with the forked render child counted once) from smaps_rollup. Children
    are found from the parent pid in /proc/<pid>/stat, among pids above the
    worker's own (pids grow).
    """

    def __init__(self, pid, interval=0.02):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.done = threading.Event()
        self.samples = 0
        self.children = set()
        self.peak = dict.fromkeys(
            ("tree_rss", "tree_pss", "worker_rss", "worker_hwm", "child_hwm"), 0
        )
        self.last_worker_rss = 0

    def descendants(self):
        parents = {}
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) <= self.pid:
                continue
            try:
                with open(f"/proc/{name}/stat") as handle:
                    stat = handle.read()
                parents[int(name)] = int(stat.rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                continue
        found, frontier = [], {self.pid}
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier}
            found += frontier
        return found

    def sample(self):
        rss_total = pss_total = 0
        for pid in [self.pid, *self.descendants()]:
            status = proc_values(f"/proc/{pid}/status", ("VmRSS", "VmHWM"))
            if "VmRSS" not in status:
                continue
            pss = proc_values(f"/proc/{pid}/smaps_rollup", ("Pss",)).get("Pss", 0)
            rss_total += status["VmRSS"]
            pss_total += pss
            if pid == self.pid:
                self.last_worker_rss = status["VmRSS"]
                self.peak["worker_rss"] = max(self.peak["worker_rss"], status["VmRSS"])
                self.peak["worker_hwm"] = status.get("VmHWM", 0)
            else:
                self.children.add(pid)
                self.peak["child_hwm"] = max(
                    self.peak["child_hwm"], status.get("VmHWM", status["VmRSS"])
                )
        self.peak["tree_rss"] = max(self.peak["tree_rss"], rss_total)
        self.peak["tree_pss"] = max(self.peak["tree_pss"], pss_total)
        self.samples += 1

    def run(self):
        while not self.done.wait(self.interval):
            self.sample()

    def stop(self):
        self.done.set()
        self.join(timeout=10)
        self.sample()
        mb = {key: value / 1024 for key, value in self.peak.items()}
        mb["worker_after_mb"] = self.last_worker_rss / 1024
        mb["samples"] = self.samples
        mb["children"] = len(self.children)
        mb["interval_ms"] = self.interval * 1000
        return mb


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def fetch(url):
    """One GET on a new connection: status, content type, body, seconds."""
    import http.client

    parts = urllib.parse.urlsplit(url)
    started = time.perf_counter()
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", parts.path)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    elapsed = time.perf_counter() - started
    return response.status, response.getheader("Content-Type", ""), body, elapsed


def measure_download(args, deadline, public, wrk, script_path):
    """The ready brochure from gunicorn: sequential requests, then concurrent."""
    server = Server(args, 0, RESULTS_DIR / "gunicorn-print.log")
    try:
        server.wait_ready(public["path"])
        url = server.url(public["path"])
        status, content_type, body, _ = fetch(url)
        if status != 200 or not body.startswith(b"%PDF"):
            raise BenchError(f"{url} answered {status} without a PDF")
        if not content_type.startswith("application/pdf"):
            raise BenchError(f"{url} is served as {content_type!r}")
        if len(body) != public["size"]:
            raise BenchError(f"{url} sent {len(body)} bytes of {public['size']}")
        times, errors = [], 0
        end = time.monotonic() + deadline.left(120)
        for _ in range(args.print_requests):
            status, _, body, elapsed = fetch(url)
            times.append(elapsed * 1000)
            if status != 200 or len(body) != public["size"]:
                errors += 1
            if time.monotonic() > end:
                raise BenchError("the sequential downloads ran out of time")
        result = {
            "requests": len(times),
            "p50_ms": percentile(times, 50),
            "p95_ms": percentile(times, 95),
            "max_ms": max(times),
            "errors": errors,
            "bytes": public["size"],
        }
        concurrent = None
        if args.duration:
            if wrk:
                concurrent = load_wrk(
                    wrk, url, args.duration, args.concurrency, script_path, deadline
                )
            else:
                concurrent = load_python(url, args.duration, args.concurrency, deadline)
        result["concurrent"] = concurrent
        log(
            f"  download 1 client: p50 {result['p50_ms']:.1f} ms, "
            f"p95 {result['p95_ms']:.1f} ms, {errors} errors"
            + (
                f"; {args.concurrency} connections: {concurrent['rps']:.0f} req/s, "
                f"p95 {concurrent['p95_ms']:.1f} ms, {concurrent['errors']} errors"
                if concurrent
                else ""
            )
        )
        return result
    finally:
        server.stop()


def measure_print(args, deadline, wrk, script_path):
    """The print benchmark: material, renders in a worker, downloads, reference."""
    log("print: the bench material")
    material = print_step(
        args, deadline, ["setup"], cap=300, label="material sized to 4 pages"
    )
    log(
        f"  {material['title']}: {material['sentences']} sentences of text, "
        f"{material['pages']} pages ({material['four_pages']} give 4)"
    )
    log("print: renders in a running worker")
    worker = Worker(args, RESULTS_DIR / "worker-print.log")
    sampler = MemorySampler(worker.proc.pid)
    sampler.start()
    try:
        renders = print_step(
            args,
            deadline,
            [
                "renders",
                "--page",
                str(material["page"]),
                "--runs",
                str(args.print_runs),
            ],
            cap=120 + 40 * args.print_runs,
            label=f"warm-up and {args.print_runs} renders",
        )
    except BenchError as exc:
        tail = worker.tail(1500)
        raise BenchError(f"{exc}\nworker log:\n{tail}") from exc
    finally:
        memory = sampler.stop()
        worker.stop()
    if worker.proc.returncode not in (0, -signal.SIGTERM):
        log(f"  the worker exited with {worker.proc.returncode}")
    for run_ in [renders["warmup"], *renders["runs"]]:
        if run_["pages"] != 4:
            raise BenchError(f"the brochure came out at {run_['pages']} pages, not 4")
    log(
        f"  first render: median {renders['median_ms']:.0f} ms, max "
        f"{renders['max_ms']:.0f} ms; worker memory peak {memory['tree_pss']:.0f} MB "
        f"PSS, {memory['tree_rss']:.0f} MB RSS"
    )
    log("print: cached downloads")
    download = measure_download(args, deadline, renders["public"], wrk, script_path)
    log("print: reference renderers")
    try:
        reference = reference_renderers(args, deadline, renders["public"]["id"])
    except BenchError as exc:
        # Informational rows: their failure does not void the measurements.
        log(f"  reference renderers: {exc}")
        reference = {"error": str(exc).splitlines()[0]}
    return {
        "material": material,
        "renders": renders,
        "memory": memory,
        "download": download,
        "reference": reference,
        "worker_interval": args.worker_interval,
        "concurrency": args.concurrency,
        "duration": args.duration,
        "workers": args.workers,
    }


def reference_renderers(args, deadline, edition_id):
    return print_step(
        args,
        deadline,
        [
            "reference",
            "--edition",
            edition_id,
            "--runs",
            str(args.reference_runs),
            "--workdir",
            str(RESULTS_DIR / "print-reference"),
            "--chromium",
            args.chromium or "",
        ],
        cap=120 + 150 * args.reference_runs,
        label="WeasyPrint and Chromium on the same HTML",
    )


# --- Report --------------------------------------------------------------------------


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


def print_values(printing):
    """The values the print targets are checked against."""
    return {
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
    lines += [
        "| measurement | n | median (p50) | p95 | max | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
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
    warm = renders["warmup"]
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
        "First render: `manage.py db_worker --interval "
        f"{printing['worker_interval']:g}` (database backend) is started and warmed "
        f"up with one render ({ms(warm['total_ms'])}, render_seconds "
        f"{warm['render_seconds']:.2f} s). Each measured render is a new "
        "revision's A5 brochure, asked for with `service.material_edition` once "
        "the worker's queue is empty; then "
        "`PrintEdition.status` is polled every 10 ms until READY. The target is "
        "checked against the median; the pick-up row is the worker's polling "
        "interval.",
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


# --- Main ----------------------------------------------------------------------------


def measure(args, deadline, urls, mode, script_path, wrk, cookie):
    cache_seconds = 0 if mode == "uncached" else 300
    flush_redis(args.redis_url)
    log_path = RESULTS_DIR / f"gunicorn-{mode}.log"
    server = Server(args, cache_seconds, log_path)
    scenarios = ["home", "library", "material"]
    if mode == "uncached":
        # An admin page: never page-cached, so measured once.
        scenarios.append("calendar")
    rows = []
    try:
        server.wait_ready(urls["home"])
        for scenario in scenarios:
            url = server.url(urls[scenario])
            headers = {"Cookie": cookie} if scenario == "calendar" else None
            if probe(url, headers)["status"] != 200:
                raise BenchError(f"{url} did not answer 200")
            # The calendar's target is for one planner at a time.
            connections = 1 if scenario == "calendar" else args.concurrency

            def load(seconds, concurrency=connections, url=url, headers=headers):
                if wrk:
                    return load_wrk(
                        wrk, url, seconds, concurrency, script_path, deadline, headers
                    )
                return load_python(url, seconds, concurrency, deadline, headers)

            if args.warmup:
                load(args.warmup)
            # Queries of a warm request (the first one also fills per-process and
            # Redis-held lookups such as Wagtail's site root paths).
            warm = probe(url, headers)
            queries = warm["queries"]
            if mode == "cached" and warm["cache"] != "hit":
                raise BenchError(f"{url} is not served from the page cache")
            result = load(args.duration)
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
                single_p50_ms=single["p50_ms"] if single else None,
                single_p95_ms=single["p95_ms"] if single else None,
            )
            if single is not None and single is not result:
                result["errors"] += single["errors"]
            rows.append(result)
            log(
                f"  {scenario:8} {mode:8} {result['rps']:7.0f} req/s  "
                f"p50 {result['p50_ms']:6.1f} ms  p95 {result['p95_ms']:6.1f} ms  "
                f"{queries} queries  {result['errors']} errors"
                + (
                    f"  (1 client: p50 {single['p50_ms']:.1f} ms, "
                    f"p95 {single['p95_ms']:.1f} ms)"
                    if single
                    else ""
                )
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
        default=0.1,
        help="db_worker --interval: seconds between polls of an empty queue",
    )
    # url, seconds, connections, then "Name: value" headers.
    parser.add_argument("--loadgen", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.loadgen:
        url, duration, concurrency, *lines = args.loadgen
        headers = dict(line.split(": ", 1) for line in lines)
        loadgen_main(url, float(duration), int(concurrency), headers)
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
    rows, urls, printing = [], None, None
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
        finally:
            os.unlink(script.name)
    except BenchError as exc:
        log(f"ERROR: {exc}")
        return 2

    verdicts = (check_targets(rows) if rows else []) + check_print_targets(printing)
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
                    k: urls[k] for k in ("home", "library", "material", "calendar")
                },
                "activities": urls["activities"],
                "library_matches": urls["library_matches"],
            }
        )
    report = render(rows, verdicts, meta, printing)
    (RESULTS_DIR / "latest.md").write_text(report)
    print()
    print(report)
    print(f"Written to {RESULTS_DIR / 'latest.md'}")
    if printing is not None and "error" in printing:
        return 2
    return 0 if all(ok for ok, _ in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
