"""What every step of ``make bench`` uses: paths, the deadline, the log, and
subprocesses run to completion or stopped with their children."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
PYTHON = str(BIN / "python") if (BIN / "python").exists() else sys.executable
GUNICORN = str(BIN / "gunicorn")
RESULTS_DIR = ROOT / "bench-results"

HOST = "127.0.0.1"


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
