"""The print benchmark, runner side: the bench material, first renders in a real
``task_worker`` while its memory is sampled, downloads of the ready PDF from
gunicorn, and the reference renderers. ``print_bench.py`` does the Django side
in its own processes."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from tests.bench.gunicorn_server import Server
from tests.bench.harness import (
    PYTHON,
    RESULTS_DIR,
    ROOT,
    BenchError,
    django_env,
    log,
    stop_group,
)
from tests.bench.load_generators import load_python, load_wrk
from tests.bench.worker_memory import MemorySampler

PRINT_BENCH = Path(__file__).resolve().with_name("print_bench.py")


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
    """``manage.py task_worker`` in its own process group, always stopped on exit."""

    def __init__(self, args, log_path):
        self.log_path = log_path
        self.log_file = open(log_path, "w")  # noqa: SIM115
        cmd = [
            PYTHON,
            "manage.py",
            "task_worker",
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

    def wait_started(self, timeout=120):
        """Until the worker has warmed up and waits for tasks."""
        end = time.monotonic() + timeout
        while "Starting worker" not in self.tail():
            if self.proc.poll() is not None or time.monotonic() > end:
                raise BenchError(f"the worker did not start:\n{self.tail(1500)}")
            time.sleep(0.05)

    def tail(self, size=3000):
        self.log_file.flush()
        return Path(self.log_path).read_text(errors="replace")[-size:]

    def stop(self):
        stop_group(self.proc)
        self.log_file.close()


def idle_memory(pid):
    """RSS and PSS of the worker process alone, in MB."""
    from tests.bench.worker_memory import proc_values

    rss = proc_values(f"/proc/{pid}/status", ("VmRSS",)).get("VmRSS", 0)
    pss = proc_values(f"/proc/{pid}/smaps_rollup", ("Pss",)).get("Pss", 0)
    return {"rss": rss / 1024, "pss": pss / 1024}


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
        worker.wait_started()
        time.sleep(1)
        idle = idle_memory(worker.proc.pid)
        log(f"  idle worker: {idle['rss']:.0f} MB RSS, {idle['pss']:.0f} MB PSS")
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
        after = idle_memory(worker.proc.pid)
        worker.stop()
    if worker.proc.returncode not in (0, -signal.SIGTERM):
        log(f"  the worker exited with {worker.proc.returncode}")
    for run_ in [renders["warmup"], *renders["runs"]]:
        if run_["pages"] != 4:
            raise BenchError(f"the brochure came out at {run_['pages']} pages, not 4")
    log(
        f"  cold worker and new photos: {renders['cold']['total_ms']:.0f} ms; "
        f"asked while publishing: {renders['publishing']['total_ms']:.0f} ms"
    )
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
        "idle_memory": {"before": idle, "after": after},
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
