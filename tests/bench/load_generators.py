"""Load generators: ``wrk`` (installed with apt when it can be), or Python
threads in a second process (``run_bench.py --loadgen``) when it cannot."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
import urllib.parse
from pathlib import Path

from tests.bench.harness import PYTHON, BenchError, log

# The Python load generator runs as ``run_bench.py --loadgen`` in a second process.
RUN_BENCH = Path(__file__).resolve().with_name("run_bench.py")


# With a file of paths (``-- <file>``), each thread walks through them in turn: a
# realistic mix of many pages instead of one URL repeated.
WRK_SCRIPT = r"""
local paths = {}
local counter = 0
init = function(args)
  if args[1] then
    for line in io.lines(args[1]) do paths[#paths + 1] = line end
  end
end
request = function()
  if #paths == 0 then return wrk.request() end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end
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


def load_wrk(
    wrk, url, duration, concurrency, script_path, deadline, headers=None, paths=None
):
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
    if paths:
        cmd += ["--", paths]
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


def load_python(url, duration, concurrency, deadline, headers=None, paths=None):
    """The fallback load generator, in a second process like wrk."""
    cmd = [PYTHON, str(RUN_BENCH), "--loadgen", url, str(duration), str(concurrency)]
    cmd.append(paths or "-")
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


def loadgen_main(url, duration, concurrency, paths="-", headers=None):
    """Entry point of the Python load generator process."""
    import http.client
    import itertools

    headers = headers or {}
    parts = urllib.parse.urlsplit(url)
    if paths and paths != "-":
        targets = itertools.cycle(Path(paths).read_text().split())
    else:
        targets = itertools.repeat(
            parts.path + (f"?{parts.query}" if parts.query else "")
        )
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
                conn.request("GET", next(targets), headers=headers)
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
