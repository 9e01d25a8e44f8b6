"""
What the sitemaps and a feed cost as the site grows: on a fresh SQLite
database in a temporary directory, `--articles` articles live in the four
languages (a quarter of them published in the last two days), then the
median time, size and query count of /sitemap.xml (the list, or the index
of its pages past 10,000 addresses), its first page (built, and kept in the
shared cache: the database cache here, as without Redis), /sitemap-news.xml
and /en/feed/, as a search engine or feed reader gets them.

    .venv/bin/python bench/sitemaps.py                  # 2,000 articles, 5 runs
    .venv/bin/python bench/sitemaps.py --articles 12000 --runs 3
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path

LANGUAGES = ("hy", "ru", "en", "tr")


def fill(count: int) -> None:
    # Newest first, one every ten minutes: a quarter of them inside the news sitemap's two days at 2,000.
    standalone.add_live_articles(range(count), every_minutes=10)


def measure(client, url: str, runs: int, *, kept: bool) -> tuple[float, int, int]:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _run in range(runs):
        if not kept:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    if not kept:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    # The database cache's own queries (get, set, culling) are counted too.
    return statistics.median(times), len(response.content), len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        standalone.setup_django(Path(workdir), DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver")
        from django.core.management import call_command
        from django.test import Client

        call_command("createcachetable")
        fill(options.articles)
        client = Client()
        print(f"{options.articles} articles live in {len(LANGUAGES)} languages ({options.articles * 4} addresses)")
        for url, kept in [
            ("/sitemap.xml", False),
            ("/sitemap.xml?p=1", False),
            ("/sitemap.xml?p=1", True),
            ("/sitemap-news.xml", False),
            ("/en/feed/", False),
        ]:
            seconds, size, queries = measure(client, url, options.runs, kept=kept)
            label = f"{url} ({'kept' if kept else 'built'})" if url == "/sitemap.xml?p=1" else url
            print(f"  {label:26} {seconds * 1000:8.1f} ms  {size / 1024:8.0f} KB  {queries} queries")


if __name__ == "__main__":
    main()
