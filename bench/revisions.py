"""
What a revision costs on a long article: saving a 150-section article with
text in four languages, with its revision, in milliseconds.

On a fresh SQLite database in a temporary directory (DEBUG off, no Redis),
it makes the article (150 sections, each with a heading and a paragraph in
hy, ru, en and tr, live in all four), then times, over a few runs each, the
median of:

- the admin's change form: a POST of the whole form, one section's text
  changed, as a browser sends it (the test client, logged in as a superuser);
  the save, the formset of 150 sections and the revision of it all;
- the publishing service: services.article_publish of one language, which
  copies the text into the edition and makes its revision;
- the same POST with the revision left out, for what the form costs alone;
- the revision alone: editorial.revisions.article_revision around nothing,
  that is reading the article, its sections and editions back and storing
  them.

    .venv/bin/python bench/revisions.py              # 5 runs of each
    .venv/bin/python bench/revisions.py --runs 9 --sections 300
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
BODY = {
    "hy": "Կառավարությունը հաստատեց նոր ծրագիրը, որը կիրականացվի մինչև տարեվերջ։ " * 4,
    "ru": "Правительство утвердило новую программу, которая будет выполнена до конца года. " * 4,
    "en": "The government approved a new programme, to be carried out by the end of the year. " * 4,
    "tr": "Hükümet, yıl sonuna kadar uygulanacak yeni programı onayladı. " * 4,
}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (the median is printed)")
    parser.add_argument("--sections", type=int, default=150, help="sections of the article")
    args = parser.parse_args()
    if args.runs < 1 or args.sections < 1:
        parser.error("--runs and --sections must be at least 1")
    return args


def make_article(sections: int):
    from articles import services
    from articles.models import Article, Section

    article = Article.objects.create(
        source_language="hy", **{f"title_{code}": f"A long article {code}" for code in LANGUAGES}
    )
    Section.objects.bulk_create(
        Section(
            article=article,
            position=position,
            **{f"heading_{code}": f"{code} {position}" for code in LANGUAGES},
            **{f"body_{code}": BODY[code] for code in LANGUAGES},
        )
        for position in range(1, sections + 1)
    )
    for code in LANGUAGES:
        services.article_publish(article=article, language=code)
    return article


def form_data(article) -> dict:
    """What the change form posts for `article`, every section as it is."""
    data = {"source_language": article.source_language}
    for code in LANGUAGES:
        for name in ("title", "slug", "lead", "cover_alt"):
            data[f"{name}_{code}"] = getattr(article, f"{name}_{code}") or ""
    sections = list(article.sections.all())
    data.update({"sections-TOTAL_FORMS": len(sections), "sections-INITIAL_FORMS": len(sections)})
    for i, section in enumerate(sections):
        data.update({f"sections-{i}-id": section.pk, f"sections-{i}-article": article.pk})
        data.update({f"sections-{i}-position": section.position, f"sections-{i}-level": section.level})
        for code in LANGUAGES:
            data[f"sections-{i}-heading_{code}"] = getattr(section, f"heading_{code}") or ""
            data[f"sections-{i}-body_{code}"] = getattr(section, f"body_{code}") or ""
    return data


def median_ms(runs: int, once, prepare=lambda run: None) -> float:
    """The median time of `once(run, prepared)` over `runs` runs; `prepare(run)`, done before each, is not timed."""
    times = []
    for run in range(runs):
        prepared = prepare(run)
        started = time.perf_counter()
        once(run, prepared)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def without_revisions(measure):
    """`measure()` with the revision of each save left out: what the form costs on its own."""
    from contextlib import contextmanager
    from unittest import mock

    @contextmanager
    def no_revision(**kwargs):
        yield None

    with (
        mock.patch("articles.admin.history.article_revision", no_revision),
        mock.patch("articles.admin.history.revision_note"),
    ):
        return measure()


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        standalone.setup_django(Path(workdir), DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver")
        from django.contrib.auth import get_user_model
        from django.test import Client
        from reversion.models import Version

        from articles import conflicts, services
        from editorial.models import RevisionInfo
        from editorial.revisions import article_revision

        article = make_article(args.sections)
        client = Client()
        client.force_login(get_user_model().objects.create_superuser("bench", password=None))
        url = f"/admin/articles/article/{article.pk}/change/"
        data = form_data(article)

        def opened(run):
            # What the form carries when it is opened again after the last save (articles/conflicts.py).
            return conflicts.opened(article)

        def post(run, opened):
            response = client.post(url, {**data, **opened, "sections-0-body_en": f"Changed in run {run}."})
            assert response.status_code == 302, response.status_code

        def publish(run, _prepared):
            services.article_publish(article=article, language=LANGUAGES[run % len(LANGUAGES)])

        def revision(run, _prepared):
            with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
                pass

        post(-1, opened(-1))  # warm up: templates, content types, the first revision
        figures = {
            "admin change form POST (save + revision)": median_ms(args.runs, post, opened),
            "admin change form POST, revisions off": without_revisions(lambda: median_ms(args.runs, post, opened)),
            "services.article_publish (publish + revision)": median_ms(args.runs, publish),
            "the revision alone": median_ms(args.runs, revision),
        }
        versions = Version.objects.filter(revision_id=RevisionInfo.objects.latest("revision_id").revision_id)
        size = sum(len(data) for data in versions.values_list("serialized_data", flat=True))
        print(f"article: {args.sections} sections in {len(LANGUAGES)} languages, live in all; median of {args.runs}")
        for name, ms in figures.items():
            print(f"  {name:<48} {ms:8.1f} ms")
        print(f"  one revision stores {versions.count()} versions, {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
