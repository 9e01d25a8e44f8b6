"""
A reader's search, parsed once in Python so that both databases read it alike.

The syntax is PostgreSQL's websearch_to_tsquery's: words are all required,
"a quoted phrase" wants its words in that order, `OR` between two terms
takes either, and `-word` (or `-"phrase"`) leaves out the articles that
have it. Anything else typed (`*`, `:`, `&|!()`, an unbalanced quote) is
only a separator between words: no character a reader types reaches a
database as syntax. The backends turn a Query into their own expression
with the words as parameters or quoted strings (search/backends/).
"""

import re
from dataclasses import dataclass
from functools import cached_property

from . import text
from .text import normal

# The longest search read, in characters; a longer one is refused (400), not cut silently.
MAX_LENGTH = 256
# Words beyond these are ignored: enough for any headline, and the query's size stays bounded.
MAX_WORDS = 12
# A word this short, or shorter, is the start of a word: "бюд" finds "бюджет".
PREFIX_LENGTH = 3
# Snowball leaves some Armenian and Turkish endings on a word ("kütüphanesi"
# becomes "kütüphanes", "kütüphane" becomes "kütüpha"): there, a word also
# finds the words whose stem is its own less up to this many letters, and those
# whose stem starts with its own.
SHORTENED = frozenset({"hy", "tr"})
SHORTEN_BY = 3
SHORTEST_STEM = 5

_CHUNK = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')


@dataclass(frozen=True)
class Term:
    """Words that must all be there, in this order when there are several (a phrase)."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Clause:
    """Either of its terms (`a OR b`); a negated clause leaves out what has it."""

    terms: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class Forms:
    """What a single word matches: the stems it equals, and the stems it starts."""

    exact: tuple[str, ...]
    prefixes: tuple[str, ...]


def word_forms(word: str, language: str) -> Forms:
    """The stems that `word` (a normal form) matches in `language`, on both databases and in highlighting."""
    stem = text.stem(word, language)
    if len(word) <= PREFIX_LENGTH:
        return Forms(exact=(), prefixes=(stem,))
    if language not in SHORTENED or len(stem) < SHORTEST_STEM:
        return Forms(exact=(stem,), prefixes=())
    shorter = tuple(stem[:-cut] for cut in range(1, SHORTEN_BY + 1) if len(stem) - cut >= SHORTEST_STEM)
    return Forms(exact=shorter, prefixes=(stem,))


@dataclass(frozen=True)
class Query:
    language: str
    clauses: tuple[Clause, ...]

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(clause for clause in self.clauses if not clause.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(clause for clause in self.clauses if clause.negated)

    @property
    def is_empty(self) -> bool:
        """Nothing to look for: no word, or only words to leave out (which would list the whole edition)."""
        return not self.positive

    @cached_property
    def marked(self) -> Forms:
        """Every stem that a highlighted word may have or start with: those of the words looked for."""
        exact, prefixes = set(), set()
        for clause in self.positive:
            for term in clause.terms:
                for word in term.words:
                    forms = word_forms(word, self.language)
                    exact.update(forms.exact)
                    prefixes.update(forms.prefixes)
        return Forms(exact=tuple(sorted(exact)), prefixes=tuple(sorted(prefixes)))

    @cached_property
    def _looked_at(self) -> dict[str, bool]:
        return {}

    def looks_for(self, tokens: list[str]) -> list[bool]:
        """
        Whether each of `tokens`, words as written in a text, is one this
        query looks for (highlighting). Remembered per token: a text repeats
        its words, and a page of results shares most of them.
        """
        known = self._looked_at
        new = [token for token in dict.fromkeys(tokens) if token not in known]
        if new:
            exact, prefixes = self.marked.exact, self.marked.prefixes
            # A stem starts as its word does (Snowball changes endings): a
            # word that does not start as one of the stems is no match, and
            # most words of a text are told so without being stemmed.
            every = exact + prefixes
            length = min(2, *(len(stem) for stem in every)) if every else 0
            heads = {stem[:length] for stem in every}
            candidates = []
            for token in new:
                if normal(token[:length], self.language)[:length] in heads:
                    candidates.append(token)
                else:
                    known[token] = False
            forms = [text.words(token, self.language) for token in candidates]
            # One call into the stemmer for all of them.
            stems = iter(text.stems([word for words in forms for word in words], self.language))
            for token, words in zip(candidates, forms, strict=True):
                found = [next(stems) for _word in words]
                known[token] = any(stem in exact or stem.startswith(prefixes) for stem in found)
        return [known[token] for token in tokens]


def parse(q: str, language: str) -> Query:
    """The Query that the reader's text `q` asks for in `language` (already cleaned of control characters)."""
    items: list = []  # Clause, or "OR" between two of them
    count = 0
    for match in _CHUNK.finditer(q):
        quoted_minus, quoted, minus, chunk = match.groups()
        if quoted is None and not minus and chunk.upper() == "OR":
            items.append("OR")
            continue
        found = text.words(quoted if quoted is not None else chunk, language)
        if quoted is None:
            # As PostgreSQL does: a stop word is no word to look for, except inside a phrase.
            stop = text.stop_words(language)
            found = [word for word in found if word not in stop]
        found = found[: MAX_WORDS - count]
        if not found:
            continue
        count += len(found)
        items.append(Clause(terms=(Term(tuple(found)),), negated=bool(quoted_minus or minus)))
        if count >= MAX_WORDS:
            break
    clauses: list[Clause] = []
    joining = False
    for item in items:
        if item == "OR":
            joining = bool(clauses) and not clauses[-1].negated
            continue
        if joining and not item.negated:
            clauses[-1] = Clause(terms=clauses[-1].terms + item.terms)
        else:
            clauses.append(item)
        joining = False
    return Query(language=language, clauses=tuple(clauses))
