"""
Whether the list page stays flat in time as the site grows: on a fresh
database (SQLite in a temporary directory, or a throwaway PostgreSQL
database with `--postgres`), the site grows to each of `--sizes` articles,
each live in the four languages, and at each size prints the median time
of /en/ (page 1 and a deep page) as a reader gets it: rendered (no worker
has it yet, as after a publication), served from the worker's page cache,
and served after asking the database whether anything changed (which a
worker does once a second), with the queries each costs.

    .venv/bin/python bench/list_scale.py                        # 1,000, 10,000, 100,000 articles
    .venv/bin/python bench/list_scale.py --sizes 1000 20000 --runs 5
    .venv/bin/python bench/list_scale.py --postgres postgres://postgres@127.0.0.1:5432/postgres
"""

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path

LANGUAGES = ("hy", "ru", "en", "tr")
# Where the deep page is: the hundredth, as far as a reader paging back through a week goes.
DEEP_PAGE = 100


def grow(start: int, end: int) -> None:
    """Articles `start` to `end`, live in every language, one every five minutes back from now."""
    batch = 5000
    for first in range(start, end, batch):
        standalone.add_live_articles(
            range(first, min(first + batch, end)),
            every_minutes=5,
            lead=lambda n, code: f"The lead of article {n}, one sentence as the newsroom writes it.",
        )


def measure(client, url: str, runs: int, *, cached: bool, recheck: bool = False) -> tuple[float, int]:
    """
    The median time of `url` over `runs`, and the queries of one more request,
    in the same state: rendered each time, or served from the page cache,
    asking the database whether content changed (`recheck`, once a second
    per worker in production) or not.
    """
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    from articles import pages

    def request():
        if not cached:
            pages.clear()
        with override_settings(PAGE_RECHECK_SECONDS=0 if recheck else 3600):
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    request()  # the page cache filled, the database's pages warm
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        request()
        times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        request()
    return statistics.median(times), len(queries)


def report(client, size: int, runs: int) -> None:
    print(f"{size:>7} articles ({size * len(LANGUAGES)} live editions)")
    for url in ("/en/", f"/en/?page={DEEP_PAGE}"):
        for how, cached, recheck in [("rendered", False, False), ("served", True, False), ("rechecked", True, True)]:
            seconds, queries = measure(client, url, runs, cached=cached, recheck=recheck)
            label = f"{url} ({how})"
            print(f"  {label:28} {seconds * 1000:8.2f} ms  {queries} queries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="a PostgreSQL server's database to connect to; the bench makes its own database there and drops it",
    )
    options = parser.parse_args()
    sizes = sorted(options.sizes)
    if sizes[0] < DEEP_PAGE * 10:
        parser.error(f"the smallest size must have a page {DEEP_PAGE}: at least {DEEP_PAGE * 10} articles")
    with tempfile.TemporaryDirectory() as workdir:
        environment = {"DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver", "DJANGO_PAGE_RECHECK_SECONDS": "1"}
        database = None
        if options.postgres:
            database = f"bench_list_{uuid.uuid4().hex[:8]}"
            _admin(options.postgres, f"CREATE DATABASE {database}")
            environment["DATABASE_URL"] = options.postgres.rsplit("/", 1)[0] + "/" + database
        try:
            standalone.setup_django(Path(workdir), **environment)
            standalone.plain_static()
            from django.core.management import call_command

            call_command("createcachetable")
            from django.db import connection
            from django.test import Client

            print(f"{connection.vendor}, {options.runs} runs a figure")
            client = Client()
            done = 0
            for size in sizes:
                grow(done, size)
                done = size
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("ANALYZE")
                report(client, size, options.runs)
        finally:
            if database:
                from django.db import connections

                connections.close_all()
                _admin(options.postgres, f"DROP DATABASE IF EXISTS {database}")


def _admin(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


if __name__ == "__main__":
    main()
