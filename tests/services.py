"""Private services on loopback for tests that need the real thing (and for the
fault tests, which stop and start them): never the machine's shared ones.

    s3 = start_s3(9501)          # moto's S3 server, in this process
    s3.endpoint                  # "http://127.0.0.1:9501"
    s3.stop(); s3.start()        # down (connections refused) and back, same data
"""

import os
import socket
import time

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


def wait_for_port(port, timeout=10, up=True):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                if up:
                    return
        except OSError:
            if not up:
                return
        time.sleep(0.05)
    raise RuntimeError(f"Port {port} still {'closed' if up else 'open'}.")


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
        wait_for_port(self.port)
        return self

    def stop(self):
        """Stop serving and close the socket: clients are refused at once."""
        if self._server is None:
            return
        self._server.stop()
        self._server._server.server_close()
        self._server = None
        wait_for_port(self.port, up=False)

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
