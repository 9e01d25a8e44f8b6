"""
What one counted view writes on SQLite: pages added to the log, and time.

A counted view is one write transaction, and on SQLite its commit writes
one frame (a page, with two system calls) to the write-ahead log for each
page the transaction changed: most of what a count costs. This script counts
views as the article page does (articles.services, the visitor cookie as
the browser sends it back), in one process, on a fresh SQLite database in a
temporary directory, and prints for each kind of reader the log frames and
the microseconds per view:

- new reader: no visitor cookie; its window is written, and the cookie it is
  handed says so;
- returning reader: back with that cookie on the same article, in the
  window: not counted, no write (the figures are read);
- returning reader, new article: the cookie, on an article it has not read.

Before measuring it counts WARM_UP views from other clients, so the window
table has the size of a few seconds of a busy site. The frame counts do not
depend on the machine; the times do (run it twice to see the spread).

    .venv/bin/python bench/count_writes.py              # 2000 views of each kind
    .venv/bin/python bench/count_writes.py --views 5000
"""

import argparse
import secrets
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path

WARM_UP = 20_000
ROUNDS = 3
AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--views", type=int, default=2000, help="views of each kind per round")
    args = parser.parse_args()
    if args.views < 1:
        parser.error("--views must be at least 1")
    return args


def setup_django(workdir: Path) -> None:
    # No checkpoint while measuring: every frame a count adds stays in the log.
    standalone.setup_django(workdir, DJANGO_SQLITE_CHECKPOINT_SECONDS="0")


def make_editions(count: int) -> list:
    from articles import services
    from articles.models import Article, Edition

    editions = []
    for n in range(count):
        article = Article.objects.create(source_language="hy", title_hy=f"Բենչ {n}", lead_hy="")
        services.article_publish(article=article, language="hy")
        editions.append(Edition.objects.get(article=article, language="hy"))
    return editions


def log_frames(path: Path, page_size: int) -> int:
    wal = Path(f"{path}-wal")
    size = wal.stat().st_size if wal.exists() else 0
    return max(size - 32, 0) // (page_size + 24)


def new_client():
    """A reader with no visitor cookie, as visitors.py makes one."""
    from articles.visitors import Client

    return Client(key="a:" + secrets.token_hex(16), is_bot=False, new_token=secrets.token_urlsafe(18))


def returning_client(cookie: str):
    """The reader that sends the visitor cookie `cookie` back."""
    from django.test import RequestFactory

    from articles.visitors import client_from_request

    return client_from_request(RequestFactory().get("/", HTTP_COOKIE=f"visitor={cookie}", HTTP_USER_AGENT=AGENT))


def cookie_for(client, counted) -> str:
    """The visitor cookie the site hands `client` after a view that counted `counted` (or nothing)."""
    from django.http import HttpResponse

    from articles.visitors import remember_client

    response = HttpResponse()
    remember_client(response, client, counted)
    return response.cookies["visitor"].value


def measure(views: list, database: Path, page_size: int) -> tuple[float, float, list]:
    """
    Count `views` ((edition, client) each) as the article page does; returns
    log frames per view, µs per view, and what each count returned.
    """
    from articles import services

    before = log_frames(database, page_size)
    seconds = 0.0
    results = []
    for edition, client in views:
        started = time.perf_counter()
        counted, _views, _shares = services.edition_view_record(edition=edition, client=client)
        seconds += time.perf_counter() - started
        results.append(counted)
    return (log_frames(database, page_size) - before) / len(views), seconds / len(views) * 1e6, results


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="count-writes-") as tmp:
        workdir = Path(tmp)
        setup_django(workdir)
        from django.db import connection

        from articles import services

        database = workdir / "db.sqlite3"
        first, second, other = make_editions(3)
        for _ in range(WARM_UP):
            services.edition_view_record(edition=other, client=new_client())
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_autocheckpoint = 0")
            cursor.execute("PRAGMA page_size")
            page_size = cursor.fetchone()[0]

        rows = {}
        for _ in range(ROUNDS):
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            readers = [new_client() for _ in range(args.views)]
            frames, micros, counted = measure([(first, reader) for reader in readers], database, page_size)
            runs = {"new reader": (frames, micros, counted)}
            cookies = [cookie_for(reader, event) for reader, event in zip(readers, counted, strict=True)]
            returning = [returning_client(cookie) for cookie in cookies]
            for name, article in (("returning reader", first), ("returning reader, new article", second)):
                runs[name] = measure([(article, reader) for reader in returning], database, page_size)
            for name, (frames, micros, counted) in runs.items():
                if name not in rows or micros < rows[name][1]:
                    rows[name] = (frames, micros, sum(event is not None for event in counted))

    print(f"SQLite {sqlite3.sqlite_version}, page size {page_size} bytes; {args.views} views of each kind,")
    print(f"best of {ROUNDS} rounds, after {WARM_UP} views of other clients.\n")
    print(f"{'':32} {'log frames/view':>16} {'µs/view':>9} {'counted':>8}")
    for name, (frames, micros, counted) in rows.items():
        print(f"{name:32} {frames:16.2f} {micros:9.1f} {counted:8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
