"""
How long a long article's change form takes to become usable in a browser:
the time from navigation to the section editor's `article-editor-ready`
mark (static/admin/articles/editor.js), and to the page's load event, in
Debian's Chromium, for an article of `--sections` sections with text in hy,
ru, en and tr.

On a fresh SQLite database in a temporary directory, served by Django's
runserver on a free port of 127.0.0.1 (DEBUG on, so that the admin's static
files need no collectstatic), stopped by its process id at the end.

    .venv/bin/python bench/editor_browser.py                 # 150 sections, 5 runs
    .venv/bin/python bench/editor_browser.py --sections 30 --runs 3
"""

import argparse
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path
from bench.revisions import make_article  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
PASSWORD = secrets.token_urlsafe(16)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - our own server on 127.0.0.1
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sections", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        port = free_port()
        environment = {"DJANGO_DEBUG": "1", "DJANGO_SITE_URL": f"http://127.0.0.1:{port}"}
        standalone.setup_django(Path(workdir), **environment)
        from django.contrib.auth import get_user_model

        get_user_model().objects.create_superuser("bench", password=PASSWORD)
        article = make_article(args.sections)
        server = subprocess.Popen(  # noqa: S603 - this project's own manage.py
            [sys.executable, str(ROOT / "manage.py"), "runserver", f"127.0.0.1:{port}", "--noreload"],
            env={**os.environ, **environment},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(base + "/healthz")
            ready, loaded = measure(base, article.pk, args.runs)
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"article change form in Chromium, {args.sections} sections in 4 languages, median of {args.runs}")
    print(f"  editor ready   {statistics.median(ready):8.0f} ms after navigation (runs: {fmt(ready)})")
    print(f"  load event     {statistics.median(loaded):8.0f} ms after navigation (runs: {fmt(loaded)})")


def fmt(values) -> str:
    return ", ".join(f"{value:.0f}" for value in values)


def measure(base: str, pk: int, runs: int) -> tuple[list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    ready, loaded = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="en-US")
        page.goto(base + "/admin/login/")
        page.fill("#id_username", "bench")
        page.fill("#id_password", PASSWORD)
        page.locator("input[type=submit]").click()
        page.wait_for_url("**/admin/")
        url = base + f"/admin/articles/article/{pk}/change/"
        page.goto(url)  # warm up: the server's templates, the browser's cache of static files
        for _run in range(runs):
            page.goto(url, wait_until="load")
            page.wait_for_function("performance.getEntriesByName('article-editor-ready').length > 0")
            ready.append(page.evaluate("performance.getEntriesByName('article-editor-ready')[0].startTime"))
            loaded.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
        browser.close()
    return ready, loaded


if __name__ == "__main__":
    main()
