"""
What pasting a long text costs: the three steps of the admin's import into
one language of an existing article (articles/admin/imports.py), in
milliseconds, and the size of the signed review that step two carries.

On a fresh SQLite database in a temporary directory (DEBUG off, no Redis),
it makes an article of N sections in Armenian and a Russian text of as many
sections (about 1 MB at 150), then times the median, over a few runs, of:

- step one's POST: the text split and the review page rendered;
- the confirmation's POST: the signed review read, the text split again,
  the sections' Russian text written, and the revision made;
- importer.parse alone.

    .venv/bin/python bench/paste.py                 # 5 runs, 150 sections
    .venv/bin/python bench/paste.py --runs 9 --sections 300
"""

import argparse
import re
import statistics
import sys
import tempfile
import time
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path

PARAGRAPH = (
    "Правительство утвердило новую программу, которая будет выполнена до конца года, "
    "и сообщило, что первые работы начнутся\nуже в понедельник на трёх улицах города. "
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (the median is printed)")
    parser.add_argument("--sections", type=int, default=150, help="sections of the article and of the text")
    args = parser.parse_args()
    if args.runs < 1 or args.sections < 1:
        parser.error("--runs and --sections must be at least 1")
    return args


def russian_text(sections: int) -> str:
    parts = ["Длинная статья", "Первый абзац, он станет лидом."]
    for number in range(1, sections + 1):
        parts += [f"Раздел {number}", *[PARAGRAPH * 3] * 7]
    return "\n\n".join(parts) + "\n"


def median_ms(runs: int, once) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        once(run)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        standalone.setup_django(Path(workdir), DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver")
        from django.contrib.auth import get_user_model
        from django.test import Client

        from articles import conflicts, importer
        from articles.models import Article, Section

        # The review page names static files.
        standalone.plain_static()
        article = Article.objects.create(source_language="hy", title_hy="Երկար հոդված")
        Section.objects.bulk_create(
            Section(article=article, position=n, heading_hy=f"Բաժին {n}", body_hy="Տեքստ։")
            for n in range(1, args.sections + 1)
        )
        text = russian_text(args.sections)
        client = Client()
        client.force_login(get_user_model().objects.create_superuser("bench", password=None))
        url = f"/admin/articles/article/{article.pk}/import/ru/"
        reviews = []

        def review(run):
            data = {"text": text.replace("Длинная", f"Длинная {run}"), "lead": "on", **conflicts.opened(article)}
            response = client.post(url, data)
            assert response.status_code == 200, response.status_code
            reviews.append(unescape(re.search(r'name="review" value="([^"]+)"', response.content.decode())[1]))

        def save(run):
            response = client.post(url, {"review": reviews[run], "_save": "1"})
            assert response.status_code == 302, response.status_code

        review(-1)
        save(-1)  # warm up: templates, content types, the first revision
        reviews.clear()
        # Each review is saved before the next is made: one made earlier would be refused as a lost edit.
        steps = {"step one POST (split + review page)": [], "confirmation POST (split + write + revision)": []}
        for run in range(args.runs):
            for name, step in zip(steps, (review, save), strict=True):
                started = time.perf_counter()
                step(run)
                steps[name].append((time.perf_counter() - started) * 1000)
        figures = {name: statistics.median(times) for name, times in steps.items()}
        figures["importer.parse alone"] = median_ms(args.runs, lambda run: importer.parse(text))
        size = len(text.encode())
        print(f"text: {size / 1024:.0f} KiB, {args.sections} sections; median of {args.runs}")
        for name, ms in figures.items():
            print(f"  {name:<48} {ms:8.1f} ms")
        print(f"  the signed review carries {len(reviews[0]) / 1024:.0f} KiB")
        assert Article.objects.get().sections.filter(heading_ru=f"Раздел {args.sections}").exists()


if __name__ == "__main__":
    main()
