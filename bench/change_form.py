"""
What opening a long article's change form costs: the median time of a GET
of the admin's change form and the size of the page, for an article of
`--sections` sections with text in hy, ru, en and tr.

On a fresh SQLite database in a temporary directory (DEBUG on, so that the
admin's static files need no collectstatic; no Redis), logged in as a
superuser through the test client.

    .venv/bin/python bench/change_form.py               # 150 sections, 5 runs
    .venv/bin/python bench/change_form.py --sections 50 --runs 9
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sections", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        standalone.setup_django(Path(workdir), DJANGO_DEBUG="1")
        from django.contrib.auth import get_user_model
        from django.test import Client

        from articles.models import Article, Section

        article = Article(source_language="hy", **{f"title_{code}": f"Title {code}" for code in LANGUAGES})
        article.save()
        Section.objects.bulk_create(
            Section(
                article=article,
                position=position,
                **{f"heading_{code}": f"Heading {position}" for code in LANGUAGES},
                **{f"body_{code}": "A paragraph of the body. " * 12 for code in LANGUAGES},
            )
            for position in range(1, options.sections + 1)
        )
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(get_user_model().objects.create_superuser("bench", "", "bench-not-secret"))
        url = f"/admin/articles/article/{article.pk}/change/"
        client.get(url)  # templates loaded and compiled
        times, size = [], 0
        for _ in range(options.runs):
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
            size = len(response.content)
        print(
            f"change form, {options.sections} sections: {statistics.median(times) * 1000:.0f} ms "
            f"(median of {options.runs}), {size / 1024:.0f} KB"
        )


if __name__ == "__main__":
    main()
