"""Private services on loopback for fault tests: never the machine's shared ones.

redis = start_redis(9521)  # a redis-server of its own, nothing saved
redis.url                  # redis://127.0.0.1:9521/0
redis.stop()
"""

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


class ServiceError(Exception):
    pass


def port_open(port, host=HOST):
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def wait_for_port(port, timeout=30, process=None, what="the service"):
    deadline = time.monotonic() + timeout
    while not port_open(port):
        if process is not None and process.poll() is not None:
            raise ServiceError(f"{what} exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise ServiceError(f"{what} did not open port {port} in {timeout} s")
        time.sleep(0.05)


class Redis:
    """A redis-server on its own port, in a directory of its own, saving nothing."""

    def __init__(self, port):
        self.port = port
        self.url = f"redis://{HOST}:{port}/0"
        self.directory = Path(tempfile.mkdtemp(prefix=f"kopir-redis-{port}-"))
        self.process = None

    def start(self):
        if port_open(self.port):
            raise ServiceError(f"Port {self.port} is taken already.")
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
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for_port(self.port, process=self.process, what="redis-server")
        return self

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def start_redis(port):
    return Redis(port).start()
