"""Kopir web servers in their own processes (gunicorn, one worker each), as the
hosts behind a load balancer: same database, same Redis, own memory.

Requests carry ``Host: localhost`` whichever server they reach, as a proxy in
front of several hosts would send them (the page cache keys on the host).
"""

import contextlib
import os
import re
import subprocess
import time
from pathlib import Path

import requests

from tests.services import HOST, stop_group, wait_for_port

ROOT = Path(__file__).resolve().parent.parent.parent
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
PUBLIC_HOST = "localhost"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class WebServer:
    """``gunicorn kopir.wsgi`` on ``port`` with ``env`` added to ours."""

    def __init__(self, port, env, log_path):
        self.port = port
        self.env = env
        self.log_path = Path(log_path)
        self.process = None
        self._log = None

    def start(self, timeout=90):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.hosts.server_settings",
            "KOPIR_2FA_REQUIRED": "false",
            "ACCESS_LOG": "true",
            "PYTHONUNBUFFERED": "1",
            **self.env,
        }
        self._log = open(self.log_path, "a")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(GUNICORN),
                "kopir.wsgi",
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                "1",
                "--threads",
                "2",
                "--timeout",
                "60",
                "--graceful-timeout",
                "2",
                # Not the shared ~/.gunicorn/gunicorn.ctl of every other gunicorn.
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_port(self.port, timeout=timeout, what="gunicorn")
            self.wait(lambda: self.get("/healthz").status_code == 200, "healthz")
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self):
        stop_group(self.process)
        self.process = None
        if self._log:
            self._log.close()
            self._log = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def log(self):
        with contextlib.suppress(OSError):
            return self.log_path.read_text()
        return ""

    def url(self, path):
        return f"http://{HOST}:{self.port}{path}"

    def request(self, method, path, session=None, **kwargs):
        headers = {"Host": PUBLIC_HOST, **kwargs.pop("headers", {})}
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 30)
        return (session or requests).request(
            method, self.url(path), headers=headers, **kwargs
        )

    def get(self, path, session=None, **kwargs):
        return self.request("GET", path, session, **kwargs)

    def post(self, path, data, session, **kwargs):
        """A form POST with the CSRF token of the session's cookie."""
        token = session.cookies.get("csrftoken")
        return self.request(
            "POST",
            path,
            session,
            data={"csrfmiddlewaretoken": token, **data},
            headers={"Referer": self.url(path)},
            **kwargs,
        )

    def sign_in(self, username, password, session=None):
        """Through the real sign-in form; returns the session (cookies)."""
        session = session or requests.Session()
        form = self.get("/admin/login/", session)
        assert form.status_code == 200, form.status_code
        token = CSRF.search(form.text).group(1)
        response = self.request(
            "POST",
            "/admin/login/",
            session,
            data={
                "csrfmiddlewaretoken": token,
                "username": username,
                "password": password,
                "next": "/admin/",
            },
            headers={"Referer": self.url("/admin/login/")},
        )
        assert response.status_code == 302, (response.status_code, response.text[-500:])
        assert response.headers["Location"] == "/admin/", response.headers
        return session

    def wait(self, condition, what, timeout=30):
        end = time.monotonic() + timeout
        while True:
            try:
                if condition():
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > end:
                raise AssertionError(
                    f"gave up waiting for {what}; server log:\n{self.log()[-3000:]}"
                )
            if self.process is not None and self.process.poll() is not None:
                raise AssertionError(f"the server died:\n{self.log()[-3000:]}")
            time.sleep(0.1)
