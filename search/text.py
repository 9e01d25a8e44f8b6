"""
Words as search compares them, the same on both databases.

A word is a run of letters and digits. It is compared in a normal form:
NFKC, lower case (Turkish dotted and dotless i kept apart), and Armenian
`և` written `եւ` as the reformed and the classical spelling both read it
(NFKC alone does it for the ligature, lower case for its capital `ԵՒ`).
Its stem is Snowball's for the edition's language, the algorithm that
PostgreSQL's text search configurations use too.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from pathlib import Path

import Stemmer
from django.utils.html import strip_tags

from articles import markup

# The Snowball algorithm, and PostgreSQL's text search configuration, of each edition.
SNOWBALL = {"hy": "armenian", "ru": "russian", "en": "english", "tr": "turkish"}
WORD = re.compile(r"[^\W_]+")
# Turkish capitals lower-cased as Turkish writes them (Python's lower() gives "i̇" for "İ").
_TURKISH = str.maketrans({"I": "ı", "İ": "i"})


def normal(text: str, language: str) -> str:
    """`text` in the form search compares: NFKC, lower case, `և` as `եւ`."""
    if language == "tr":
        text = text.translate(_TURKISH)
    return unicodedata.normalize("NFKC", text).lower().replace("և", "եւ")


@lru_cache(maxsize=len(SNOWBALL))
def stop_words(language: str) -> frozenset[str]:
    """
    The words PostgreSQL's configuration for `language` leaves out of its
    index (search/stopwords/, copied from its tsearch_data; Armenian has none):
    a query leaves them out on both databases, so that both find the same.
    """
    path = Path(__file__).with_name("stopwords") / f"{SNOWBALL[language]}.txt"
    if not path.exists():
        return frozenset()
    return frozenset(
        normal(line.strip(), language) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    )


def words(text: str, language: str) -> list[str]:
    """The words of `text` in their normal form, in order."""
    return WORD.findall(normal(text, language))


@lru_cache(maxsize=len(SNOWBALL))
def _stemmer(language: str):
    stemmer = Stemmer.Stemmer(SNOWBALL[language])
    # Its own cache of words already stemmed: a newsroom's vocabulary repeats.
    stemmer.maxCacheSize = 50_000
    return stemmer


def stems(words_: list[str], language: str) -> list[str]:
    """The Snowball stems of `words_` (normal forms) in `language`."""
    return _stemmer(language).stemWords(words_)


def stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


# What may be markup in a section body (articles/markup.py): emphasis, links,
# quotes, escapes, entities, list items. A body without any is its own text.
_MAY_BE_MARKUP = re.compile(r"[*_\[\]<>&\\`]|^\s*(?:[-+]|\d+[.)])\s", re.MULTILINE)


def plain(body: str) -> str:
    """A section body's text as readers read it, without its markup (links' addresses left out)."""
    if not _MAY_BE_MARKUP.search(body):
        # Most paragraphs: rendering them would only cost time.
        return body.strip()
    return unescape(strip_tags(markup.render(body))).strip()


@dataclass(frozen=True)
class Document:
    """The published text of one edition as search reads it: plain text, in three weights."""

    edition_id: int
    language: str
    title: str
    lead: str
    body: str


def document(*, edition_id: int, language: str, title: str, lead: str, sections) -> Document:
    """The Document of a published text; `sections` as Edition.sections stores them (headings and bodies)."""
    parts = []
    for section in sections or ():
        if section.get("heading"):
            parts.append(section["heading"].strip())
        if section.get("body"):
            parts.append(plain(section["body"]))
    return Document(
        edition_id=edition_id,
        language=language,
        title=title.strip(),
        lead=lead.strip(),
        body="\n".join(part for part in parts if part),
    )
