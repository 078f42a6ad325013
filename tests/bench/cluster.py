#!/usr/bin/env python3
"""``make bench-cluster``: two web hosts behind a proxy, two task workers, shared
PostgreSQL, Redis and S3, loaded with public pages and 100 brochure requests.

Everything runs on loopback, on ports 9560-9566 (``--base-port``):

- a private PostgreSQL cluster (``initdb`` as the ``postgres`` OS user; or
  ``--database-url`` for a database on a running server), a private
  ``redis-server`` and the moto S3 server (``moto_server``) with a bucket;
- the demo (``seed_demo``) and a generated library (``generate_library``);
- two gunicorn hosts (``kopir.settings.bench``) and HAProxy in front of them,
  configured by this script (``bench-results/cluster/haproxy.cfg``: forwarded
  headers, a health check on ``/healthz``, or ``/`` while that does not exist),
  installed from Debian when missing; the hosts trust one proxy hop
  (``TRUSTED_PROXY_COUNT=1``);
- two ``manage.py task_worker`` processes.

The environment follows the project's contract (``STORAGE_URL``,
``S3_ENDPOINT_URL``, ``TASKS_BACKEND``, ``REDIS_URL``...); the report says which
storage and task backend the settings actually used.

The load, all through the proxy: cached pages (home, library with filters,
materials, warmed first), then a mix of cached and uncached pages (each uncached
one a unique ``?page=`` of a material or library URL, a page-cache miss) while 100
brochure requests (``/print/material/<id>/<layout>/`` of published materials in
kk/ru/en, A4/A5/DL) arrive; the first request of an edition queues its render.
The print queue's drain time runs from the first brochure request until every
requested edition is ready (a DL leaflet of a text too long for it fails by
design: counted apart, not as an error). Then each brochure is downloaded through
the proxy and checked to be a PDF.

An error is any answer that is not 2xx/3xx (except those DL refusals) or a
failed connection. The exit status is 0 with no errors, 1 with errors and 2 when
the bench could not run. A table is printed and JSON is written to
``bench-results/cluster-<time>.json`` (and ``cluster-latest.json``). Every
process started is stopped at the end, also on Ctrl+C or a failure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

# ``make bench-cluster`` runs this file as a script: the repository root is not on
# the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_data import PICK_SCENARIOS, SEARCH_WORD, recreate_database
from tests.bench.bench_report import git_commit
from tests.bench.harness import (
    GUNICORN,
    HOST,
    PYTHON,
    RESULTS_DIR,
    ROOT,
    BenchError,
    Deadline,
    log,
    run,
    stop_group,
)
from tests.bench.load_generators import (
    WRK_SCRIPT,
    ensure_wrk,
    load_python,
    load_wrk,
)
from tests.services import port_open, start_postgres, start_redis, start_s3_process

WORK = RESULTS_DIR / "cluster"
STATIC_ROOT = RESULTS_DIR / "static"
BUCKET = "kopir-bench"
TASK_BACKENDS = {
    "db": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
}

# Published materials whose brochures the bench asks for, per language.
PICK_BROCHURES = r"""
import json, random
import django
django.setup()
from django.conf import settings
from content.models import MaterialPage

picked = []
for code in ("kk", "ru", "en"):
    # Printable: a live public material with its live revision (the generated
    # library's bulk-made pages have none, so seed_demo's are the ones).
    pks = MaterialPage.objects.live().public().filter(
        locale__language_code=code, live_revision__isnull=False
    ).order_by("pk").values_list("pk", flat=True)
    picked += [[pk, code] for pk in pks[:PER_LANGUAGE]]
print("BROCHURES " + json.dumps({
    "pages": picked,
    "storage": settings.STORAGES["default"]["BACKEND"],
    "tasks": settings.TASKS["default"]["BACKEND"],
}))
"""

HAPROXY_CFG = """\
# Written by tests/bench/cluster.py: two Kopir web hosts behind one proxy.
global
    maxconn 1024
    stats socket {stats_socket} mode 600 level user

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    # X-Forwarded-For: the proxy appends the address it saw (Kopir reads the
    # last hop: TRUSTED_PROXY_COUNT=1); a client's own header stays to its left.
    option forwardfor
    option http-keep-alive

frontend kopir
    bind {host}:{port}
    # The scheme the client used, never the client's own header.
    http-request set-header X-Forwarded-Proto https if {{ ssl_fc }}
    http-request set-header X-Forwarded-Proto http if !{{ ssl_fc }}
    default_backend web

backend web
    balance leastconn
    option httpchk
    http-check send meth GET uri {health} ver HTTP/1.1 hdr Host {host}
    http-check expect rstatus ^[23]
{servers}
"""


class Cluster:
    """Every process the bench starts, stopped in reverse order by ``stop()``."""

    def __init__(self):
        self.handles = []
        self.procs = []
        self.logs = []

    def add_service(self, handle):
        self.handles.append(handle)
        return handle

    def popen(self, cmd, env, log_name):
        log_file = open(WORK / log_name, "w")  # noqa: SIM115
        self.logs.append(log_file)
        proc = subprocess.Popen(
            [str(c) for c in cmd],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs.append(proc)
        return proc

    def stop(self):
        for proc in reversed(self.procs):
            try:
                stop_group(proc)
            except Exception as exc:  # noqa: BLE001 - stop the rest anyway
                log(f"could not stop {proc.args[0]}: {exc}")
        for handle in reversed(self.handles):
            try:
                # ``close`` also removes the service's files, where it has one.
                getattr(handle, "close", handle.stop)()
            except Exception as exc:  # noqa: BLE001
                log(f"could not stop {handle}: {exc}")
        for log_file in self.logs:
            log_file.close()


# --- Setup ----------


def wait_listening(port, process, timeout, what):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if process.poll() is not None:
            raise BenchError(f"{what} exited with {process.returncode}")
        if port_open(port):
            return
        time.sleep(0.1)
    raise BenchError(f"{what} did not listen on {port} in {timeout:.0f} s")


def ensure_haproxy(deadline):
    found = shutil.which("haproxy") or "/usr/sbin/haproxy"
    if Path(found).exists():
        return found
    if not shutil.which("apt-get"):
        raise BenchError("haproxy is not installed and apt-get is not available")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log("installing haproxy (apt-get)")
    for step in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q"]):
        cmd = [*sudo, *step] + (["haproxy"] if "install" in step else [])
        subprocess.run(cmd, env=env, capture_output=True, timeout=deadline.left(300))
    if not Path("/usr/sbin/haproxy").exists():
        raise BenchError("haproxy could not be installed")
    return "/usr/sbin/haproxy"


def django_env(args, services):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("STORAGE_", "S3_", "AWS_", "TASKS_", "DEBUG"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "kopir.settings.bench",
            "DATABASE_URL": services["database_url"],
            "REDIS_URL": services["redis_url"],
            "TASKS_BACKEND": TASK_BACKENDS[args.tasks],
            "PAGE_CACHE_SECONDS": "300",
            "TRUSTED_PROXY_COUNT": "1",
            # One client address asks for 100 brochures: the public limit
            # (RATELIMIT_PRINT, 20/m per address) would refuse most of them.
            "RATELIMIT_PRINT": "",
            "MEDIA_ROOT": str(WORK / "media"),
            "STATIC_ROOT": str(STATIC_ROOT),
            "BASE_URL": f"http://{HOST}:{args.base_port + 5}",
            "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"),
            "LOG_LEVEL": "WARNING",
            "LOG_FORMAT": "json",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if args.storage == "s3":
        env.update(services["s3_env"])
    return env


def start_services(args, cluster, deadline):
    base = args.base_port
    services = {}
    ports = [base + 1, base + 3, base + 4, base + 5]
    if not args.database_url:
        ports.append(base)
    if args.storage == "s3":
        ports.append(base + 2)
    taken = [p for p in ports if port_open(p)]
    if taken:
        raise BenchError(f"ports in use: {taken} (another bench-cluster running?)")
    try:
        if args.database_url:
            services["database_url"] = args.database_url
            recreate_database(args.database_url)
        else:
            log(f"starting a private PostgreSQL cluster on port {base}")
            pg = cluster.add_service(start_postgres(base))
            pg.create_database("kopir_cluster_bench")
            services["database_url"] = pg.url("kopir_cluster_bench")
        log(f"starting redis-server on port {base + 1}")
        redis = cluster.add_service(start_redis(base + 1))
        services["redis_url"] = redis.url
        if args.storage == "s3":
            log(f"starting moto_server (S3) on port {base + 2}")
            s3 = cluster.add_service(start_s3_process(base + 2))
            s3.create_bucket(BUCKET)
            services["s3_env"] = s3.environment(BUCKET)
    except (RuntimeError, subprocess.SubprocessError) as exc:
        raise BenchError(str(exc)) from exc
    return services


def prepare_data(args, env, deadline):
    manage = [PYTHON, "manage.py"]
    shutil.rmtree(WORK / "media", ignore_errors=True)
    run([*manage, "migrate", "--noinput"], env=env, deadline=deadline, cap=300)
    run([*manage, "seed_demo", "--force"], env=env, deadline=deadline, cap=300)
    run(
        [*manage, "generate_library", "--materials", str(args.materials)],
        env=env,
        deadline=deadline,
        cap=300,
    )
    if static_is_stale():
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
    urls = _marked(out, "PICKED ")
    out = run(
        [PYTHON, "-c", f"PER_LANGUAGE = {args.editions}\n" + PICK_BROCHURES],
        env=env,
        deadline=deadline,
        cap=120,
        label="picking the brochures",
    )
    return urls, _marked(out, "BROCHURES ")


def static_is_stale():
    """collectstatic is needed unless the last run's manifest is newer than the
    project's static files and the installed packages (which bring their own)."""
    manifest = STATIC_ROOT / "staticfiles.json"
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [ROOT / "requirements.txt", *(ROOT / "static").rglob("*")]
    return any(path.stat().st_mtime > built for path in sources if path.is_file())


def _marked(out, prefix):
    line = next((x for x in out.splitlines() if x.startswith(prefix)), None)
    if line is None:
        raise BenchError(f"no {prefix.strip()} line in: {out[-2000:]}")
    return json.loads(line[len(prefix) :])


def start_hosts(args, cluster, env, deadline):
    hosts = []
    for index, port in enumerate((args.base_port + 3, args.base_port + 4), 1):
        cmd = [
            GUNICORN,
            "kopir.wsgi",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(args.web_workers),
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
        proc = cluster.popen(cmd, env, f"web{index}.log")
        hosts.append((f"web{index}", port, proc))
    for name, port, proc in hosts:
        try:
            wait_listening(port, proc, deadline.left(90), name)
        except BenchError as exc:
            tail = (WORK / f"{name}.log").read_text()[-3000:]
            raise BenchError(f"{exc}\n{tail}") from exc
    return hosts


def health_path(port):
    """``/healthz`` when the hosts have it, else ``/``."""
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=10) as r:
            if r.status == 200:
                return "/healthz"
    except (urllib.error.URLError, OSError):
        pass
    return "/"


def start_proxy(args, cluster, hosts, deadline):
    haproxy = ensure_haproxy(deadline)
    health = health_path(hosts[0][1])
    servers = "\n".join(
        f"    server {name} {HOST}:{port} check inter 2s fall 2 rise 1"
        for name, port, _proc in hosts
    )
    stats_socket = WORK / "haproxy.sock"
    config = WORK / "haproxy.cfg"
    config.write_text(
        HAPROXY_CFG.format(
            host=HOST,
            port=args.base_port + 5,
            health=health,
            servers=servers,
            stats_socket=stats_socket,
        )
    )
    check = subprocess.run(
        [haproxy, "-c", "-q", "-f", config], capture_output=True, text=True
    )
    if check.returncode != 0:
        raise BenchError(f"haproxy refused {config}: {check.stderr}")
    proc = cluster.popen([haproxy, "-db", "-f", config], os.environ, "haproxy.log")
    wait_listening(args.base_port + 5, proc, 30, "haproxy")
    # Both hosts up in the proxy's eyes before any load.
    end = time.monotonic() + 30
    while time.monotonic() < end:
        states = {row["svname"]: row["status"] for row in proxy_stats(stats_socket)}
        if all(states.get(name) == "UP" for name, _p, _proc in hosts):
            break
        time.sleep(0.5)
    else:
        raise BenchError(f"the proxy does not see both hosts up: {states}")
    return f"http://{HOST}:{args.base_port + 5}", stats_socket, health


def proxy_stats(stats_socket):
    """The proxy's per-server counters (``show stat``), as dicts."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        sock.connect(str(stats_socket))
        sock.sendall(b"show stat\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    lines = data.decode().strip().splitlines()
    header = lines[0].lstrip("# ").split(",")
    rows = [dict(zip(header, line.split(","), strict=False)) for line in lines[1:]]
    return [r for r in rows if r.get("pxname") == "web"]


def start_workers(args, cluster, env):
    for index in range(1, args.task_workers + 1):
        cluster.popen([PYTHON, "manage.py", "task_worker"], env, f"worker{index}.log")


# --- Print queue, read straight from PostgreSQL --------------------------------------


def editions(database_url, since=None):
    import psycopg

    query = "SELECT page_id, layout, status, error FROM content_printedition"
    params = ()
    if since is not None:
        query += " WHERE created_at >= %s"
        params = (since,)
    with psycopg.connect(database_url, connect_timeout=10) as conn:
        return conn.execute(query, params).fetchall()


def wait_for_queue(database_url, deadline, cap, since=None):
    """Seconds until no edition is queued or rendering (None: still busy)."""
    started = time.monotonic()
    end = started + cap
    while time.monotonic() < end and deadline.left() > 5:
        busy = [
            e for e in editions(database_url, since) if e[2] in ("queued", "rendering")
        ]
        if not busy:
            return time.monotonic() - started
        time.sleep(0.2)
    return None


# --- Load ----------


def pages_file(name, paths):
    path = WORK / f"paths-{name}.txt"
    path.write_text("\n".join(paths) + "\n")
    return str(path)


def mixed_paths(urls, count, rng):
    """Cached pages and, every third request, a unique page-cache miss."""
    cached = urls["home_mix"] + urls["library_mix"] + urls["material_mix"]
    missable = urls["library_mix"] + urls["material_mix"]
    paths = []
    for i in range(count):
        if i % 3 == 2:
            base = rng.choice(missable)
            joiner = "&" if "?" in base else "?"
            # ``page`` is part of the page-cache key: each value is a miss; a
            # page past the end shows the last one.
            paths.append(f"{base}{joiner}page={1000 + i}")
        else:
            paths.append(rng.choice(cached))
    return paths


def wrk_or_python(args, wrk, script, url, seconds, paths, deadline):
    if wrk:
        return load_wrk(
            wrk, url, seconds, args.concurrency, script, deadline, None, paths
        )
    return load_python(url, seconds, args.concurrency, deadline, None, paths)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url, timeout=30):
    started = time.perf_counter()
    try:
        with OPENER.open(url, timeout=timeout) as response:
            body = response.read()
            status, location = response.status, response.headers.get("Location")
    except urllib.error.HTTPError as exc:
        body = exc.read()
        status, location = exc.code, exc.headers.get("Location")
    except (urllib.error.URLError, OSError):
        status, location, body = 0, None, b""
    return status, location, body, time.perf_counter() - started


def brochure_requests(proxy, brochures, count, edition_count, spread, rng):
    """``count`` brochure requests over ``spread`` seconds, from four clients."""
    # Each material in each layout, languages taking turns, ``edition_count`` in all.
    by_language = {}
    for pk, code in brochures["pages"]:
        by_language.setdefault(code, []).append(pk)
    rounds = max(len(pks) for pks in by_language.values())
    editions_wanted = [
        (pks[i], code, layout)
        for layout in ("a4", "a5", "dl")
        for i in range(rounds)
        for code, pks in by_language.items()
        if i < len(pks)
    ][:edition_count]
    if not editions_wanted:
        raise BenchError("no printable published material")
    # Every edition at least once, the rest picked at random: a brochure is often
    # asked for again while it renders, and again when it is ready.
    plan = editions_wanted + [
        rng.choice(editions_wanted) for _ in range(count - len(editions_wanted))
    ]
    plan = plan[:count]
    results, lock = [], threading.Lock()
    started = time.monotonic()

    def client(part):
        for index, (pk, code, layout) in part:
            wait = started + spread * index / len(plan) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            status, location, _body, seconds = get(
                f"{proxy}/print/material/{pk}/{layout}/"
            )
            with lock:
                results.append(
                    {
                        "page": pk,
                        "language": code,
                        "layout": layout,
                        "status": status,
                        "ready": bool(location and location.endswith(".pdf")),
                        "seconds": seconds,
                    }
                )

    indexed = list(enumerate(plan))
    threads = [threading.Thread(target=client, args=(indexed[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    return threads, results, sorted({(pk, layout) for pk, _c, layout in plan})


def forged_address_check(proxy, database_url):
    """Three failed sign-ins through the proxy, each with a forged
    X-Forwarded-For: the lockout must count the address the proxy saw."""
    import http.cookiejar
    import re

    import psycopg

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(jar), NoRedirect
    )
    with opener.open(f"{proxy}/admin/login/", timeout=30) as response:
        form = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    for attempt in range(3):
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "username": "bench-nobody",
                "password": f"wrong-{attempt}",
            }
        ).encode()
        request = urllib.request.Request(
            f"{proxy}/admin/login/",
            data=data,
            headers={
                "X-Forwarded-For": f"198.51.100.{attempt + 1}",
                "Referer": f"{proxy}/admin/login/",
            },
        )
        # A refusal (the lockout's 429) is an answer like the form's 200.
        with contextlib.suppress(urllib.error.HTTPError):
            opener.open(request, timeout=30).read()
    with psycopg.connect(database_url, connect_timeout=10) as conn:
        rows = conn.execute(
            "SELECT DISTINCT ip_address FROM axes_accessattempt "
            "WHERE username = 'bench-nobody'"
        ).fetchall()
    return sorted(str(r[0]) for r in rows)


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


# --- Report ----------


def render(result):
    meta = result["meta"]
    lines = [
        "# Kopir two-host benchmark",
        "",
        f"{meta['when']} · {meta['materials']} materials · 2 gunicorn hosts × "
        f"{meta['web_workers']} sync workers behind HAProxy (health check "
        f"`{meta['health']}`) · {meta['task_workers']} task workers "
        f"(`{meta['tasks_backend']}`) · storage `{meta['storage_backend']}` · "
        f"{meta['loadgen']} with {meta['concurrency']} connections · "
        f"{meta['cpus']} CPUs · commit {meta['commit']}",
        "",
        "| load | requests | req/s | p50 ms | p95 ms | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["rows"]:
        # The downloads run one after another: no throughput to speak of.
        rps = f"{row['rps']:.0f}" if row["rps"] else "–"
        lines.append(
            f"| {row['name']} | {row['requests']} | {rps} "
            f"| {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['errors']} |"
        )
    queue = result["print_queue"]
    drain = queue["drain_seconds"]
    lines += [
        "",
        f"Print queue: {queue['requests']} brochure requests for "
        f"{queue['editions']} editions ({queue['ready']} ready, "
        f"{queue['refused_dl']} DL leaflets refused as too long, "
        f"{queue['failed']} failed, {queue['duplicates']} duplicate editions); "
        + (
            f"drained {drain:.1f} s after the first request."
            if drain is not None
            else "NOT drained in time."
        ),
        "",
        "Requests per host (HAProxy): "
        + ", ".join(f"{k} {v}" for k, v in result["per_host"].items())
        + f"; 5xx answers at the proxy: {result['proxy_5xx']}.",
        "",
        "Failed sign-ins through the proxy with a forged X-Forwarded-For were "
        f"counted for {', '.join(result['forged_xff_counted_as']) or 'nobody'} "
        "(the address the proxy saw: 127.0.0.1 expected).",
        "",
        f"Errors in all: {result['errors']}. Whole run: {meta['elapsed']:.0f} s; "
        f"load average before: {meta['load_before']}.",
        "",
    ]
    return "\n".join(lines)


# --- Main ----------


def measure(args, deadline, cluster):
    started = time.monotonic()
    load_before = os.getloadavg()
    WORK.mkdir(parents=True, exist_ok=True)
    wrk = None if args.python_client else ensure_wrk(deadline)
    log(f"load generator: {wrk or 'Python threads'}")
    ensure_haproxy(deadline)
    services = start_services(args, cluster, deadline)
    env = django_env(args, services)
    log("preparing the data (migrate, seed_demo, generate_library, collectstatic)")
    urls, brochures = prepare_data(args, env, deadline)
    log(f"in effect: storage {brochures['storage']}, tasks {brochures['tasks']}")
    hosts = start_hosts(args, cluster, env, deadline)
    proxy, stats_socket, health = start_proxy(args, cluster, hosts, deadline)
    log(f"proxy on {proxy}, health check {health}")
    start_workers(args, cluster, env)
    # The demo's own brochures first: the load starts with an empty queue.
    if wait_for_queue(services["database_url"], deadline, 180) is None:
        raise BenchError("the demo's print queue did not drain")
    rng = random.Random(17)
    rows = []
    with open(WORK / "wrk.lua", "w") as script:
        script.write(WRK_SCRIPT)
    cached = urls["home_mix"] + urls["library_mix"] + urls["material_mix"]
    cached_file = pages_file("cached", cached)
    log("warming the page cache")
    for path in cached:
        get(proxy + path)
    log(f"cached pages: {args.duration} s")
    row = wrk_or_python(
        args, wrk, script.name, proxy + "/ru/", args.duration, cached_file, deadline
    )
    rows.append({"name": "cached pages (home, library, materials)", **row})
    log(f"  {row['rps']:.0f} req/s, p95 {row['p95_ms']:.1f} ms, {row['errors']} errors")

    mixed_file = pages_file("mixed", mixed_paths(urls, 20000, rng))
    since = datetime.now(UTC)
    log(
        f"cached + uncached pages for {args.mixed_duration} s with "
        f"{args.brochures} brochure requests"
    )
    first_request = time.monotonic()
    threads, results, wanted = brochure_requests(
        proxy, brochures, args.brochures, args.editions, args.brochure_spread, rng
    )
    # The queue is watched beside the page load: drained is when, every brochure
    # request made, no requested edition is queued or rendering any more.
    drained = {}

    def watch():
        for thread in threads:
            thread.join()
        if (
            wait_for_queue(
                services["database_url"], deadline, args.drain_limit, since=since
            )
            is not None
        ):
            drained["at"] = time.monotonic()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    row = wrk_or_python(
        args,
        wrk,
        script.name,
        proxy + "/ru/",
        args.mixed_duration,
        mixed_file,
        deadline,
    )
    rows.append({"name": "cached + uncached pages (1 in 3 a miss)", **row})
    log(f"  {row['rps']:.0f} req/s, p95 {row['p95_ms']:.1f} ms, {row['errors']} errors")
    watcher.join(timeout=deadline.left(args.drain_limit + 30))
    drain = drained["at"] - first_request if "at" in drained else None
    rows_db = editions(services["database_url"], since)
    refused = {
        (page, layout)
        for page, layout, status, _error in rows_db
        if status == "failed" and layout == "dl"
    }
    failed = [r for r in rows_db if r[2] == "failed" and r[1] != "dl"]
    keys = [(page, layout) for page, layout, _s, _e in rows_db]
    duplicates = len(keys) - len(set(keys))
    errors = [
        r
        for r in results
        if not (200 <= r["status"] < 400)
        and not (r["status"] == 503 and (r["page"], r["layout"]) in refused)
    ]
    seconds = [r["seconds"] * 1000 for r in results]
    rows.append(
        {
            "name": "brochure requests (queue or redirect to the PDF)",
            "requests": len(results),
            "rps": len(results) / args.brochure_spread,
            "p50_ms": percentile(seconds, 50),
            "p95_ms": percentile(seconds, 95),
            "errors": len(errors),
        }
    )
    # Every brochure again, once ready: the redirect and the whole PDF.
    downloads, download_errors = [], 0
    for pk, layout in wanted:
        if (pk, layout) in refused:
            continue
        status, location, _body, seconds_a = get(
            f"{proxy}/print/material/{pk}/{layout}/"
        )
        if status != 302 or not location:
            download_errors += 1
            downloads.append(seconds_a * 1000)
            continue
        status, _loc, body, seconds_b = get(urllib.parse.urljoin(proxy, location))
        downloads.append((seconds_a + seconds_b) * 1000)
        if status != 200 or not body.startswith(b"%PDF-"):
            download_errors += 1
    rows.append(
        {
            "name": "ready brochures: redirect + PDF download",
            "requests": len(downloads),
            "rps": 0.0,
            "p50_ms": percentile(downloads, 50),
            "p95_ms": percentile(downloads, 95),
            "errors": download_errors,
        }
    )
    addresses = forged_address_check(proxy, services["database_url"])
    log(f"failed sign-ins with a forged X-Forwarded-For were counted for {addresses}")
    stats = proxy_stats(stats_socket)
    per_host = {r["svname"]: int(r["stot"]) for r in stats if r["svname"] != "BACKEND"}
    proxy_5xx = sum(int(r["hrsp_5xx"] or 0) for r in stats if r["svname"] == "BACKEND")
    return {
        "rows": rows,
        "print_queue": {
            "requests": len(results),
            "editions": len(wanted),
            "ready": len(downloads) - download_errors,
            "refused_dl": len(refused),
            "failed": len(failed),
            "failed_errors": [r[3][:200] for r in failed],
            "duplicates": duplicates,
            "drain_seconds": drain,
        },
        "per_host": per_host,
        "proxy_5xx": proxy_5xx,
        "forged_xff_counted_as": addresses,
        "errors": sum(r["errors"] for r in rows)
        + len(failed)
        + duplicates
        + (addresses != ["127.0.0.1"]),
        "meta": {
            "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "materials": args.materials,
            "web_workers": args.web_workers,
            "task_workers": args.task_workers,
            "tasks_backend": brochures["tasks"],
            "storage_backend": brochures["storage"],
            "health": health,
            "loadgen": "wrk" if wrk else "Python client",
            "concurrency": args.concurrency,
            "cpus": os.cpu_count(),
            "commit": git_commit(),
            "elapsed": time.monotonic() - started,
            "load_before": " ".join(f"{x:.2f}" for x in load_before),
        },
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-port", type=int, default=9560)
    parser.add_argument("--materials", type=int, default=500)
    parser.add_argument("--duration", type=int, default=10, help="cached pages, s")
    parser.add_argument(
        "--mixed-duration", type=int, default=20, help="mixed pages and brochures, s"
    )
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--web-workers", type=int, default=2, help="per host")
    parser.add_argument("--task-workers", type=int, default=2)
    parser.add_argument("--brochures", type=int, default=100)
    parser.add_argument(
        "--editions", type=int, default=27, help="distinct brochures asked for"
    )
    parser.add_argument(
        "--brochure-spread", type=float, default=10.0, help="seconds they arrive over"
    )
    parser.add_argument("--drain-limit", type=int, default=180)
    parser.add_argument("--storage", choices=("s3", "files"), default="s3")
    parser.add_argument("--tasks", choices=tuple(TASK_BACKENDS), default="db")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_CLUSTER_DATABASE_URL", ""),
        help="a database on a running server (recreated) instead of a private "
        "cluster, e.g. postgres://postgres@127.0.0.1:5432/kopir_cluster_bench",
    )
    parser.add_argument("--python-client", action="store_true")
    parser.add_argument("--time-limit", type=int, default=420)
    args = parser.parse_args(argv)
    if args.database_url:
        host = urllib.parse.urlsplit(args.database_url).hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            log(f"refusing a non-loopback database host: {host}")
            return 2

    cluster = Cluster()
    # Ctrl+C and a plain kill both unwind through ``finally``.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(130))
    try:
        result = measure(args, Deadline(args.time_limit), cluster)
    except BenchError as exc:
        log(f"ERROR: {exc}")
        return 2
    except (KeyboardInterrupt, SystemExit):
        log("interrupted")
        return 2
    finally:
        log("stopping every process the bench started")
        cluster.stop()
        # HAProxy's control socket: a socket file trips tools that copy the tree.
        (WORK / "haproxy.sock").unlink(missing_ok=True)
    report = render(result)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    for name in (f"cluster-{stamp}.json", "cluster-latest.json"):
        (RESULTS_DIR / name).write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS_DIR / "cluster-latest.md").write_text(report)
    print()
    print(report)
    print(f"Written to {RESULTS_DIR / f'cluster-{stamp}.json'}")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
