"""Private services on loopback for fault tests: never the machine's shared ones.

Each starter returns a handle that can stop and start its service again on the
same port (and data directory), and that a test must stop when it ends (use it as
a context manager, or ``request.addfinalizer(handle.stop)``). Every process runs
in its own process group and is killed with it, even when a test fails.

    with start_redis(9541) as redis:
        ...  redis.url, redis.stop(), redis.start()

    with start_postgres(9542) as pg:
        ...  pg.url("kopir"), pg.stop(), pg.start(), pg.restart()

    s3 = start_s3(9501)          # moto's S3 server, in this process
    s3.endpoint                  # "http://127.0.0.1:9501"
    s3.stop(); s3.start()        # down (connections refused) and back, same data

Functions here are independent of each other (another helper may add its own).
"""

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
PG_USER = "postgres"


def _pg_bin():
    """The directory of ``initdb`` and ``pg_ctl``: on the PATH, or Debian's
    newest /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb") or shutil.which("initdb", path="/usr/local/bin")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name),
    )
    if versions:
        return versions[-1].parent
    raise RuntimeError("PostgreSQL's initdb not found (apt install postgresql)")


def port_open(port, host=HOST):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


def wait_for_port(port, *, open_=True, timeout=30, what="the service"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if port_open(port) == open_:
            return
        time.sleep(0.05)
    state = "open" if open_ else "close"
    raise RuntimeError(f"{what} did not {state} port {port} in {timeout} s")


def stop_group(process, timeout=10):
    """Stop ``process`` and its process group: TERM, then KILL."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout)


class Service:
    """Base of the handles: context manager, stop on exit."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.stop()


# --- Redis ---------------------------------------------------------------------


class Redis(Service):
    """A ``redis-server`` without persistence on ``port``."""

    def __init__(self, port):
        self.port = port
        self.url = f"redis://{HOST}:{port}/0"
        self.dir = Path(tempfile.mkdtemp(prefix=f"kopir-redis-{port}-"))
        self.log_path = self.dir / "redis.log"
        self.process = None

    def start(self):
        if port_open(self.port):
            raise RuntimeError(f"port {self.port} is already in use")
        self.process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                HOST,
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
                "--logfile",
                str(self.log_path),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for_port(self.port, what="redis-server")
        return self

    def stop(self):
        stop_group(self.process)
        self.process = None

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def start_redis(port):
    """A private Redis on ``port``, started."""
    redis = Redis(port)
    try:
        return redis.start()
    except BaseException:
        redis.close()
        raise


# --- PostgreSQL ----------------------------------------------------------------


class Postgres(Service):
    """A private PostgreSQL cluster (``initdb``, trust auth for loopback) on
    ``port``, run as the ``postgres`` OS user when the tests run as root."""

    def __init__(self, port):
        self.port = port
        self.root = Path(tempfile.mkdtemp(prefix=f"kopir-pg-{port}-"))
        self.data = self.root / "data"
        self.log_path = self.root / "postgres.log"
        self._as_user = []
        if os.geteuid() == 0:
            self._as_user = ["runuser", "-u", PG_USER, "--"]
            entry = pwd.getpwnam(PG_USER)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._initialised = False
        self.bin = _pg_bin()

    def url(self, database="postgres"):
        return f"postgres://{PG_USER}@{HOST}:{self.port}/{database}"

    def _run(self, *args, check=True, timeout=120):
        return subprocess.run(
            [*self._as_user, *args],
            check=check,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.root,
        )

    def init(self):
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            PG_USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self._initialised = True

    def start(self):
        if not self._initialised:
            self.init()
        if port_open(self.port):
            raise RuntimeError(f"port {self.port} is already in use")
        options = (
            f"-p {self.port} -c listen_addresses={HOST} -k {self.root} "
            "-c fsync=off -c full_page_writes=off"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.log_path),
            "-w",
            "-t",
            "60",
            "start",
        )
        wait_for_port(self.port, what="PostgreSQL")
        return self

    def stop(self, mode="fast"):
        """Stop the cluster (``immediate`` is a crash: no shutdown checkpoint,
        every open transaction simply gone)."""
        if not self._initialised or not (self.data / "postmaster.pid").exists():
            return
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-m",
            mode,
            "-w",
            "-t",
            "60",
            "stop",
            check=False,
        )
        wait_for_port(self.port, open_=False, what="PostgreSQL")

    def restart(self, mode="fast"):
        self.stop(mode)
        return self.start()

    def create_database(self, name):
        self._run(
            str(self.bin / "psql") if (self.bin / "psql").exists() else "psql",
            "-h",
            HOST,
            "-p",
            str(self.port),
            "-U",
            PG_USER,
            "-d",
            "postgres",
            "-c",
            f'CREATE DATABASE "{name}"',
        )

    def log_tail(self, chars=3000):
        try:
            return self.log_path.read_text()[-chars:]
        except OSError:
            return ""

    def close(self):
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres(port):
    """A private PostgreSQL cluster on ``port``, initialised and started."""
    postgres = Postgres(port)
    try:
        return postgres.start()
    except BaseException:
        postgres.close()
        raise


# --- S3 (moto's server, in this process) -----------------------------------------

S3_ACCESS_KEY = "kopir-test"
S3_SECRET_KEY = "kopir-test-secret"
S3_REGION = "us-east-1"


def free_port():
    """A port nobody listens on now, for a service of this test run: the first
    free one of ``TEST_PORT_RANGE`` (``9500-9519``) when set, else any."""
    first, _, last = os.environ.get("TEST_PORT_RANGE", "").partition("-")
    candidates = range(int(first), int(last or first) + 1) if first else [0]
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError(f"No free port in TEST_PORT_RANGE={first}-{last}.")


class S3Server:
    """moto's S3-compatible server (``moto[server]``) in a thread of this
    process. Its buckets live in this process, so they survive ``stop()`` and
    ``start()``: a restart is an outage, not a loss of data."""

    def __init__(self, port):
        self.port = port
        self.endpoint = f"http://127.0.0.1:{port}"
        self._server = None

    def start(self):
        import logging

        from moto.server import ThreadedMotoServer

        # One line per request on stderr otherwise.
        logging.getLogger("werkzeug").setLevel(logging.ERROR)

        self._server = ThreadedMotoServer(
            ip_address="127.0.0.1", port=self.port, verbose=False
        )
        self._server.start()
        wait_for_port(self.port, what="the S3 server")
        return self

    def stop(self):
        """Stop serving and close the socket: clients are refused at once."""
        if self._server is None:
            return
        self._server.stop()
        self._server._server.server_close()
        self._server = None
        wait_for_port(self.port, open_=False, what="the S3 server")

    @property
    def running(self):
        return self._server is not None

    def client(self, signed=True):
        """A boto3 S3 client of this server (``signed=False``: anonymous)."""
        import boto3
        from botocore import UNSIGNED
        from botocore.config import Config

        config = Config(
            s3={"addressing_style": "path"},
            retries={"max_attempts": 1},
            connect_timeout=2,
            **({} if signed else {"signature_version": UNSIGNED}),
        )
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=S3_ACCESS_KEY,
            aws_secret_access_key=S3_SECRET_KEY,
            region_name=S3_REGION,
            config=config,
        )

    def create_bucket(self, name):
        self.client().create_bucket(Bucket=name)
        return name

    def environment(self, bucket, prefix=""):
        """The environment variables (kopir/settings/storage.py) of ``bucket``."""
        return {
            "STORAGE_URL": f"s3://{bucket}/{prefix}".rstrip("/"),
            "S3_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": S3_ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": S3_SECRET_KEY,
            "AWS_S3_REGION_NAME": S3_REGION,
        }


def start_s3(port=None):
    """moto's S3 server on 127.0.0.1:``port`` (a free one when None)."""
    return S3Server(port or free_port()).start()


# --- S3 (moto's server, in a process of its own) ---------------------------------


class S3Process(S3Server, Service):
    """``S3Server`` with ``moto_server`` in a process of its own: the cluster
    bench's hosts and workers share it like a real bucket (its data is lost
    when it stops)."""

    def __init__(self, port, log_path=None):
        super().__init__(port)
        self.log_path = log_path
        self.process = None

    def start(self):
        if port_open(self.port):
            raise RuntimeError(f"port {self.port} is already in use")
        import sys

        binary = Path(sys.executable).with_name("moto_server")
        cmd = (
            [str(binary)] if binary.exists() else [sys.executable, "-m", "moto.server"]
        )
        with open(self.log_path or os.devnull, "w") as log:
            self.process = subprocess.Popen(
                [*cmd, "-H", HOST, "-p", str(self.port)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for_port(self.port, what="moto_server")
        return self

    def stop(self):
        stop_group(self.process)
        self.process = None

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None


def start_s3_process(port, log_path=None):
    """moto's S3 server on ``port``, in its own process, started."""
    server = S3Process(port, log_path)
    try:
        return server.start()
    except BaseException:
        server.stop()
        raise
