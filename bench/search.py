"""
What a reader's search costs on a large archive: 100,000 live editions (a
quarter per language) of generated text, then a few hundred varied queries
(frequent and rare words, two words, a phrase, OR, a minus, a short prefix)
through the selector and paginator the results page uses, the first page of
ten read and its snippets marked; the p50 and p99 of those, in milliseconds.

It runs on a throwaway database and removes it when done: a SQLite file in
a temporary directory, or, when DATABASE_URL names a PostgreSQL server, the
database h_search_bench on that server (created, then dropped).

    .venv/bin/python bench/search.py                     # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/search.py
    .venv/bin/python bench/search.py --editions 20000 --queries 200
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path

LANGUAGES = ("hy", "ru", "en", "tr")
BENCH_DATABASE = "h_search_bench"
# Real words of each language, the most frequent first, then made-up ones
# from its letters: an archive's vocabulary, frequent words and a long tail.
WORDS = {
    "hy": "և որ է են այս նա համար հետ կառավարություն քաղաքապետարան Երևան բյուջե նախարար խորհրդարան "
    "որոշում ծրագիր տնտեսություն դպրոց հիվանդանոց ճանապարհ քաղաք գյուղ նախագահ վարչապետ ընտրություններ "
    "օրենք դատարան ոստիկանություն սահման բանակ մշակույթ թատրոն գրադարան համալսարան ուսանող աշխատավարձ "
    "թոշակ հարկ գործարան արտահանում ներմուծում գյուղատնտեսություն եղանակ ձյուն անձրև ֆուտբոլ մրցաշար",
    "ru": "и в не на что с по это правительство бюджет мэрия Ереван министр парламент решение программа "
    "экономика школа больница дорога город село президент премьер выборы закон суд полиция граница армия "
    "культура театр библиотека университет студент зарплата пенсия налог завод экспорт импорт сельское "
    "хозяйство погода снег дождь футбол турнир",
    "en": "the and of to in is for on government budget city hall Yerevan minister parliament decision "
    "programme economy school hospital road town village president prime election law court police border "
    "army culture theatre library university student salary pension tax factory export import agriculture "
    "weather snow rain football tournament",
    "tr": "ve bir bu da için ile gibi daha hükümet bütçe belediye Erivan bakan meclis karar program ekonomi okul "
    "hastane "
    "yol şehir köy cumhurbaşkanı başbakan seçim yasa mahkeme polis sınır ordu kültür tiyatro kütüphane "
    "üniversite öğrenci maaş emekli vergi fabrika ihracat ithalat tarım hava kar yağmur futbol turnuva",
}
LETTERS = {
    "hy": "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    "ru": "абвгдежзийклмнопрстуфхцчшщыэюя",
    "en": "abcdefghijklmnopqrstuvwxyz",
    "tr": "abcçdefgğhıijklmnoöprsştuüvyz",
}
ENDINGS = {
    "hy": ["ի", "ը", "ն", "ով", "ում", "ներ", "ների", "ից"],
    "ru": ["а", "у", "ом", "ы", "ами", "ах", "е", "ов"],
    "en": ["s", "ed", "ing", "er", "ly"],
    "tr": ["ler", "lar", "si", "sı", "de", "da", "nin", "ı"],
}
# Made-up words per language: the long tail of an archive's vocabulary.
TAIL = 30_000
# The real words past the first few (the language's commonest) take ranks
# spread over this range: frequent, but each in a fraction of the articles, as in news.
CONTENT_RANKS = (30, 3000)
STOP_WORDS = 8


@cache
def vocabulary(language: str) -> list[str]:
    """The words of `language`, most frequent first: a few stop words, then real words among made-up ones."""
    rng = random.Random(f"vocabulary-{language}")  # noqa: S311 - made-up words, not a secret
    real = WORDS[language].split()
    stop, content = real[:STOP_WORDS], real[STOP_WORDS:]
    content += [word + ending for word in content for ending in ENDINGS[language]]
    letters = LETTERS[language]
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(TAIL)]
    for word in content:
        words.insert(rng.randint(*CONTENT_RANKS), word)
    return stop + words


def texts(language: str, words: list[str], rng: random.Random):
    """Endless (title, lead, sections) of `language`, word frequencies Zipf-like."""
    weights = [1 / (rank + 1) for rank in range(len(words))]
    cumulative = []
    total = 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)

    def sentence(count: int) -> str:
        chosen = rng.choices(words, cum_weights=cumulative, k=count)
        return " ".join(chosen).capitalize() + "."

    while True:
        sections = [
            {"level": 2, "heading": sentence(rng.randint(2, 5)), "body": " ".join(sentence(12) for _ in range(8))}
            for _ in range(rng.randint(1, 3))
        ]
        yield sentence(rng.randint(4, 9)), sentence(rng.randint(15, 30)), sections


def fill(count: int, rng: random.Random) -> None:
    from django.db import transaction
    from django.utils import timezone

    from articles.models import Article, Edition

    now = timezone.now()
    per_language = count // len(LANGUAGES)
    generators = {code: texts(code, vocabulary(code), rng) for code in LANGUAGES}
    batch = 2000
    with transaction.atomic():
        for start in range(0, per_language, batch):
            size = min(batch, per_language - start)
            articles = Article.objects.bulk_create(
                Article(source_language="hy", title_hy=f"Article {start + n}") for n in range(size)
            )
            editions = []
            for n, article in enumerate(articles):
                for code in LANGUAGES:
                    title, lead, sections = next(generators[code])
                    editions.append(
                        Edition(
                            article=article,
                            language=code,
                            status=Edition.Status.PUBLISHED,
                            # One every ten minutes, over about two years.
                            published_at=now - timedelta(minutes=10 * (start + n) + 1),
                            title=title[:200],
                            slug=f"article-{start + n}",
                            lead=lead,
                            sections=[{**section, "id": None} for section in sections],
                            text_published_at=now,
                        )
                    )
            Edition.objects.bulk_create(editions, batch_size=batch)


def query(kind: str, language: str, rng: random.Random) -> str:
    """A search of `kind` (one of KINDS) in `language`."""
    real = WORDS[language].split()[STOP_WORDS:]
    rare = vocabulary(language)[-TAIL // 2 :]
    one, two = rng.choice(real), rng.choice(real)
    if kind == "frequent word":
        return one
    if kind == "rare word":
        return rng.choice(rare)
    if kind == "two words":
        return f"{one} {two}"
    if kind == "phrase":
        return f'"{one} {two}"'
    if kind == "OR":
        return f"{one} OR {rng.choice(rare)}"
    if kind == "minus":
        return f"{one} -{two}"
    if kind == "short prefix":
        return one[:3]
    return one + rng.choice(ENDINGS[language])  # another form of a word


KINDS = ("frequent word", "rare word", "two words", "phrase", "OR", "minus", "short prefix", "word form")


def search_once(language: str, q: str) -> int:
    """One search as the results page makes it: the count, the first page, its marked snippets."""
    from django.core.paginator import Paginator

    from search.query import parse
    from search.selectors import search_results

    page = Paginator(search_results(query=parse(q, language), number=1, per_page=10), 10).page(1)
    hits = list(page.object_list)
    return page.paginator.count if hits or page.paginator.count else 0


def timed(spent: list[float]):
    """A database execute wrapper adding each query's time to spent[0]."""

    def wrapper(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent[0] += time.perf_counter() - started

    return wrapper


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def bench_url() -> str | None:
    """The throwaway PostgreSQL database's URL on DATABASE_URL's server, or None for SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        return None
    return urlunsplit(urlsplit(url)._replace(path=f"/{BENCH_DATABASE}"))


def postgres(url: str, statement: str) -> None:
    import psycopg

    maintenance = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as connection:
        connection.execute(statement)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--editions", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    options = parser.parse_args()
    rng = random.Random(7)  # noqa: S311 - made-up text, not a secret
    url = bench_url()
    with tempfile.TemporaryDirectory() as workdir:
        if url:
            postgres(url, f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")
            postgres(url, f"CREATE DATABASE {BENCH_DATABASE}")
        try:
            standalone.setup_django(Path(workdir), **({"DATABASE_URL": url} if url else {}))
            from django.db import connection

            from search.services import search_index_rebuild

            started = time.perf_counter()
            fill(options.editions, rng)
            filled = time.perf_counter() - started
            started = time.perf_counter()
            indexed = search_index_rebuild()
            index_seconds = time.perf_counter() - started
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("VACUUM ANALYZE search_document")
                    cursor.execute("ANALYZE articles_edition")
            print(
                f"{connection.vendor}: {indexed} editions indexed in {index_seconds:.1f} s (written in {filled:.1f} s)",
                flush=True,
            )
            asked = [
                (KINDS[n % len(KINDS)], LANGUAGES[n // len(KINDS) % len(LANGUAGES)]) for n in range(options.queries)
            ]
            asked = [(kind, language, query(kind, language, rng)) for kind, language in asked]
            for _kind, language, q in asked[:20]:  # warm the caches
                search_once(language, q)
            times, by_kind, in_sql = [], {}, {}
            for kind, language, q in asked:
                spent = [0.0]
                started = time.perf_counter()
                with connection.execute_wrapper(timed(spent)):
                    search_once(language, q)
                elapsed = (time.perf_counter() - started) * 1000
                times.append(elapsed)
                by_kind.setdefault(kind, []).append(elapsed)
                # What the database took of it; the rest is Python (parsing, marking the snippets).
                in_sql.setdefault(kind, []).append(spent[0] * 1000)
            print(
                f"  {len(times)} searches: p50 {statistics.median(times):.1f} ms, p99 {percentile(times, 0.99):.1f} ms"
            )
            for kind in KINDS:
                values, sql = by_kind[kind], in_sql[kind]
                print(
                    f"    {kind:14} p50 {statistics.median(values):7.1f} ms  p99 {percentile(values, 0.99):7.1f} ms"
                    f"  (SQL p50 {statistics.median(sql):6.1f} ms)"
                )
            connection.close()
        finally:
            if url:
                postgres(url, f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")


if __name__ == "__main__":
    main()
