"""The bench's gunicorn on a free loopback port, and one probing request."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.bench.harness import GUNICORN, HOST, ROOT, BenchError, django_env, stop_group


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

    def worker_pids(self):
        """The gunicorn workers: the master's children."""
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def cpu_seconds(self):
        """User and system CPU time the workers have used so far."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.worker_pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            # utime and stime: fields 14 and 15 of stat(5), 12 and 13 after the name.
            total += int(fields[11]) + int(fields[12])
        return total / ticks

    def memory_mb(self):
        """The largest worker's resident and proportional set size, in MB."""
        rss = pss = 0.0
        for pid in self.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            rss = max(rss, _kb(status, "VmRSS:") / 1024)
            pss = max(pss, _kb(rollup, "Pss:") / 1024)
        return {"rss_mb": rss, "pss_mb": pss}


def _kb(text, field):
    for line in text.splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    return 0


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
