"""
Real servers for the tests that need them: the project under gunicorn on the
test database, and plain HTTP requests to it. Each server is started on a
free port of 127.0.0.1 and ended by its process id.
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[1]
# One agent per reader; not "reader-{}": bot lists take agents with "reader" in them for feed readers.
UA = "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0 person-{}"


def fetch(base, method, path, headers=None, body=None, *, timeout=30):
    """One request on a new connection: (status, headers, body)."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read().decode()
    finally:
        conn.close()


def cookies_of(response_headers) -> str:
    """The cookies a response set, as a Cookie header sends them back."""
    return "; ".join(value.split(";", 1)[0] for name, value in response_headers if name.lower() == "set-cookie")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def project_env(**extra):
    """The environment of a project process on this test database (and this pass's Redis)."""
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_DEBUG": "1"}
    if settings.REDIS_URL:
        env["REDIS_URL"] = settings.REDIS_URL
    return {**env, **extra}


def stop(process, *, timeout=20):
    """End a process this test started: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serve(*, workers: int, log=None, **env):
    """The project under gunicorn on this test database, its log in the file `log` if given; yields its address."""
    port = free_port()
    # A file, not a pipe: workers that log a lot (Redis down) must never block on a full pipe.
    with open(log, "w+b") if log else tempfile.TemporaryFile() as output:
        process = subprocess.Popen(  # noqa: S603 - our own server
            [sys.executable, "-m", "gunicorn", "cms.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
            cwd=BASE_DIR,
            env=project_env(**env),
            stdout=subprocess.DEVNULL,
            stderr=output,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    if fetch(base, "GET", "/healthz")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.2)
            else:
                output.seek(0)
                pytest.fail("gunicorn did not start: " + output.read().decode(errors="replace")[-2000:])
            yield base
        finally:
            stop(process)
