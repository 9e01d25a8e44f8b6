"""
What the article change form costs on a long article: opening (GET) and
saving (POST) the admin form of a 150-section article with text in four
languages, in milliseconds and in queries.

On a fresh SQLite database in a temporary directory (DEBUG off, no Redis),
it makes the article as bench/revisions.py does (150 sections, each with a
heading and a paragraph in hy, ru, en and tr, live in all four), logs in a
superuser with the test client, and prints the median over a few runs of:

- GET of the change form: the publication panel, the form and its 150
  section forms rendered;
- POST of the whole form, one section's text changed, as a browser sends it
  after the last save (with its version and snapshot), revision included;

and the number of queries each makes (the same for 3 sections as for 150),
and the size of the page the GET sends.

    .venv/bin/python bench/editor.py              # 5 runs of each
    .venv/bin/python bench/editor.py --runs 9 --sections 300
"""

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path
from bench.revisions import form_data, make_article, median_ms  # noqa: E402


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (the median is printed)")
    parser.add_argument("--sections", type=int, default=150, help="sections of the article")
    args = parser.parse_args()
    if args.runs < 1 or args.sections < 1:
        parser.error("--runs and --sections must be at least 1")
    return args


def counting(queries: list):
    """A database execute wrapper that notes each query in `queries`."""

    def wrapper(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    return wrapper


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        standalone.setup_django(Path(workdir), DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver")
        standalone.plain_static()
        from django.contrib.auth import get_user_model
        from django.db import connection
        from django.test import Client

        from articles import conflicts

        client = Client(HTTP_ACCEPT_LANGUAGE="en")
        client.force_login(get_user_model().objects.create_superuser("bench", password=None))

        def measure(sections: int) -> dict:
            article = make_article(sections)
            url = f"/admin/articles/article/{article.pk}/change/"
            data = form_data(article)

            sizes = []

            def get(run, _prepared):
                response = client.get(url)
                assert response.status_code == 200, response.status_code
                sizes.append(len(response.content))

            def post(run, opened):
                response = client.post(url, {**data, **opened, "sections-0-body_en": f"Changed in run {run}."})
                assert response.status_code == 302, response.status_code

            def opened(run):
                # What the form carries when it is opened again after the last save (articles/conflicts.py).
                return conflicts.opened(article)

            get(-1, None)
            post(-1, opened(-1))  # warm up: templates, content types, the first revision
            get_queries, post_queries = [], []
            with connection.execute_wrapper(counting(get_queries)):
                get(-2, None)
            prepared = opened(-2)
            with connection.execute_wrapper(counting(post_queries)):
                post(-2, prepared)
            return {
                "get_ms": median_ms(args.runs, get),
                "post_ms": median_ms(args.runs, post, opened),
                "get_queries": len(get_queries),
                "post_queries": len(post_queries),
                "get_kb": sizes[-1] // 1024,
            }

        small, large = measure(3), measure(args.sections)
        print(f"article change form, median of {args.runs}; sections in 4 languages, live in all")
        print(f"  {'':<24} {'3 sections':>14} {f'{args.sections} sections':>16}")
        for name, key, unit in [
            ("GET (open the form)", "get_ms", "ms"),
            ("POST (save, revision)", "post_ms", "ms"),
            ("GET queries", "get_queries", ""),
            ("POST queries", "post_queries", ""),
            ("GET page size (KB)", "get_kb", ""),
        ]:
            fmt = "{:>11.1f} ms" if unit else "{:>14d}"
            fmt_large = "{:>13.1f} ms" if unit else "{:>16d}"
            print(f"  {name:<24} {fmt.format(small[key])} {fmt_large.format(large[key])}")


if __name__ == "__main__":
    main()
