"""Private services on loopback for fault tests, the restore drill and the cluster
bench: a PostgreSQL cluster (``initdb`` + ``pg_ctl``), a Redis server and the moto
S3 server, each on a port of its own and in a directory of its own.

They never touch the machine's shared PostgreSQL (5432) or Redis (6379). Each
``start_*`` returns a handle with ``stop()``; a handle is also a context manager.
``initdb`` refuses to run as root, so as root the cluster belongs to the
``postgres`` OS user (``runuser``).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"
PG_BIN_DIRS = (
    "/usr/local/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
)


class ServiceError(Exception):
    pass


def pg_binary(name):
    """A PostgreSQL program (initdb, pg_ctl, pg_dump, pg_restore...), or None."""
    for directory in PG_BIN_DIRS:
        path = Path(directory) / name
        if path.exists():
            return str(path)
    return shutil.which(name)


def wait_for_port(port, timeout=30, proc=None, what="service"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            raise ServiceError(f"{what} exited with {proc.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise ServiceError(f"{what} did not listen on {HOST}:{port} in {timeout}s")


def port_is_free(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # Connections of a stopped server may linger in TIME_WAIT: not in use.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


class _Handle:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def _stop_process(proc, timeout=10):
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=timeout)
    except ProcessLookupError:
        pass


# --- PostgreSQL --------------------------------------------------------------------


class Postgres(_Handle):
    """A private PostgreSQL cluster; ``url(name)`` for a database on it."""

    def __init__(self, port, directory):
        self.port = port
        self.directory = Path(directory)
        self.data = self.directory / "data"
        self.logfile = self.directory / "postgres.log"
        self._as_postgres = os.geteuid() == 0

    @property
    def url(self):
        return self.database_url("postgres")

    def database_url(self, name):
        return f"postgres://postgres@{HOST}:{self.port}/{name}"

    def _run(self, *cmd, check=True, timeout=60):
        cmd = [str(c) for c in cmd]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        result = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, cwd=self.directory
        )
        if check and result.returncode != 0:
            output = result.stdout[-2000:] + result.stderr[-2000:]
            raise ServiceError(f"{' '.join(cmd)} failed:\n{output}")
        return result

    def init(self):
        initdb = pg_binary("initdb")
        if not initdb:
            raise ServiceError("initdb not found")
        self.directory.mkdir(parents=True, exist_ok=True)
        if self._as_postgres:
            pw = pwd.getpwnam("postgres")
            os.chown(self.directory, pw.pw_uid, pw.pw_gid)
        self._run(
            initdb,
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            timeout=120,
        )
        return self

    def start(self):
        # fsync off: a throwaway cluster; a crash loses nothing anyone keeps.
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses={HOST} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            pg_binary("pg_ctl"),
            "-D",
            self.data,
            "-l",
            self.logfile,
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
            timeout=90,
        )
        wait_for_port(self.port, what="PostgreSQL")
        return self

    def stop(self, mode="fast"):
        if (self.data / "postmaster.pid").exists():
            self._run(
                pg_binary("pg_ctl"),
                "-D",
                self.data,
                "-m",
                mode,
                "-w",
                "stop",
                check=False,
            )

    def restart(self):
        self.stop()
        return self.start()

    def remove(self):
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    def sql(self, statement, database="postgres"):
        import psycopg

        with psycopg.connect(self.database_url(database), autocommit=True) as conn:
            return conn.execute(statement)

    def create_database(self, name):
        self.sql(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def drop_database(self, name):
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_postgres(port, directory=None):
    """initdb + pg_ctl start on ``port``; ``stop()`` also removes a temporary dir."""
    if not port_is_free(port):
        raise ServiceError(f"port {port} is taken")
    owned = directory is None
    directory = Path(directory or tempfile.mkdtemp(prefix=f"kopir-pg-{port}-"))
    handle = Postgres(port, directory).init()
    try:
        handle.start()
    except Exception:
        handle.remove()
        raise
    if owned:
        handle.stop = _then(handle.stop, lambda: shutil.rmtree(directory, True))
    return handle


def _then(first, second):
    def both(*args, **kwargs):
        try:
            first(*args, **kwargs)
        finally:
            second()

    return both


# --- Redis -------------------------------------------------------------------------


class Redis(_Handle):
    def __init__(self, port, directory):
        self.port = port
        self.directory = Path(directory)
        self.url = f"redis://{HOST}:{port}/0"
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(
            [
                shutil.which("redis-server") or "/usr/bin/redis-server",
                "--port",
                str(self.port),
                "--bind",
                HOST,
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for_port(self.port, proc=self.proc, what="redis-server")
        return self

    def stop(self):
        if self.proc is not None:
            _stop_process(self.proc)

    def restart(self):
        self.stop()
        return self.start()


def start_redis(port, directory=None):
    if not port_is_free(port):
        raise ServiceError(f"port {port} is taken")
    directory = directory or tempfile.mkdtemp(prefix=f"kopir-redis-{port}-")
    return Redis(port, directory).start()


# --- S3 (moto in server mode) ------------------------------------------------------

S3_KEY = "testing"
S3_SECRET = "testing"  # noqa: S105 - moto accepts any credentials


class S3(_Handle):
    def __init__(self, port, log_path=None):
        self.port = port
        self.endpoint = f"http://{HOST}:{port}"
        self.log_path = log_path
        self.proc = None

    @property
    def env(self):
        """The environment variables of COMMON's contract for this server."""
        return {
            "S3_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": S3_KEY,
            "AWS_SECRET_ACCESS_KEY": S3_SECRET,
            "AWS_S3_REGION_NAME": "us-east-1",
        }

    def start(self):
        binary = Path(sys.executable).with_name("moto_server")
        cmd = (
            [str(binary)] if binary.exists() else [sys.executable, "-m", "moto.server"]
        )
        out = open(self.log_path, "w") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.proc = subprocess.Popen(
            [*cmd, "-H", HOST, "-p", str(self.port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for_port(self.port, proc=self.proc, what="moto_server")
        return self

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=S3_KEY,
            aws_secret_access_key=S3_SECRET,
            region_name="us-east-1",
        )

    def create_bucket(self, name):
        self.client().create_bucket(Bucket=name)

    def stop(self):
        if self.proc is not None:
            _stop_process(self.proc)


def start_s3(port, log_path=None):
    if not port_is_free(port):
        raise ServiceError(f"port {port} is taken")
    return S3(port, log_path).start()
