"""
How much memory a gunicorn worker takes when its page cache is full.

Serves a fresh SQLite copy of the demo, plus ARTICLES long articles (each page
about PAGE_KB kilobytes), under gunicorn (2 sync workers, DEBUG off), reads
every article page and list page a few times over so that both workers fill
their caches past the bound, and prints each worker's resident memory
(VmRSS) after start, after the demo's pages, and at the end, beside the
cache's bound (DJANGO_PAGE_CACHE_MB, 64 by default).

    .venv/bin/python bench/memory.py
    DJANGO_PAGE_CACHE_MB=16 .venv/bin/python bench/memory.py --articles 60

It only talks to 127.0.0.1 and stops the gunicorn it started.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import (  # noqa: E402 - after the project root is on the path
    Backend,
    bench_env,
    http_get,
    manage,
    prepare_database,
    start_server,
    stop,
    wait_until_up,
)

MAKE_ARTICLES = """
from articles import services
from articles.models import Article, Section
paragraph = "Քաղաքապետարանը հայտնել է, որ նոր երթուղին կգործի փորձնական կարգով։ " * 12
for n in range({count}):
    article = Article.objects.create(source_language="hy", title_hy=f"Երկար հոդված {{n}}")
    Section.objects.bulk_create(
        Section(article=article, position=p, heading_hy=f"Բաժին {{p}}", body_hy=paragraph)
        for p in range({sections})
    )
    services.article_publish(article=article, language="hy")
    print(article.get_absolute_url("hy"))
"""


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def workers(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--page-kb", type=int, default=2000, help="about how large each long article's page is")
    args = parser.parse_args()
    sections = max(1, args.page_kb * 1024 // 1700)  # a section's heading and body: about 1.7 KB of HTML
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        workdir = Path(tmp)
        env = bench_env(Backend(database_url=f"sqlite:///{workdir / 'memory.sqlite3'}", redis_url=""), workdir)
        prepare_database(env)
        urls = manage(env, "shell", "-c", MAKE_ARTICLES.format(count=args.articles, sections=sections)).split()
        urls = [url for url in urls if url.startswith("/hy/articles/")]
        server = start_server("site", "cms.wsgi", "/healthz", env, workdir)
        try:
            wait_until_up(server)
            pids = workers(server.process.pid)
            started = [rss_kb(pid) for pid in pids]
            for _ in range(4):
                for path in ["/hy/", "/ru/", "/en/", "/tr/"]:
                    http_get(server.port, path)
            demo = [rss_kb(pid) for pid in pids]
            size = len(http_get(server.port, urls[0])[2].encode())
            for _ in range(3):
                for url in urls:
                    status, _type, _body = http_get(server.port, url)
                    assert status == 200, (url, status)
            time.sleep(0.5)
            full = [rss_kb(pid) for pid in pids]
        finally:
            stop(server)
    bound = float(env.get("DJANGO_PAGE_CACHE_MB", "64"))
    print(f"\nPage cache bound per worker: {bound:g} MB (DJANGO_PAGE_CACHE_MB)")
    total = args.articles * size / 1024 / 1024
    print(f"{args.articles} long articles of {size / 1024 / 1024:.1f} MB each: {total:.0f} MB of pages")
    print(f"{'worker':>8} {'started':>9} {'demo read':>10} {'all read':>9}  MB")
    for pid, a, b, c in zip(pids, started, demo, full, strict=True):
        print(f"{pid:>8} {a / 1024:>9.0f} {b / 1024:>10.0f} {c / 1024:>9.0f}")
    print(f"At most {max(full) / 1024:.0f} MB per worker with a full cache.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
