"""
The matched words of a result, marked: the same on both databases, since it
is done here from the stems of the query's words (search/query.py), not by
either database's headline function. The text is escaped piece by piece and
only our own <mark> elements are added, so no author's text is ever markup
and no mark falls inside a tag.
"""

from bisect import bisect_left
from html import escape

from django.utils.safestring import SafeString, mark_safe

from .query import Query
from .text import WORD

# How many words a snippet shows, and how many of them come before its first match.
SNIPPET_WORDS = 30
BEFORE = 8
ELLIPSIS = "…"


def _render(text: str, spans: list[tuple[int, int]], marked: list[bool], start: int, end: int) -> str:
    """Escaped `text` from word `start` to word `end`, each marked word in <mark>."""
    html, position = [], spans[start][0]
    for index in range(start, end):
        begin, stop = spans[index]
        html.append(escape(_gap(text[position:begin])))
        word = escape(text[begin:stop])
        html.append(f"<mark>{word}</mark>" if marked[index] else word)
        position = stop
    return "".join(html)


def _gap(between: str) -> str:
    """
    What a snippet shows between two words: a line break (a heading and its
    paragraph, two paragraphs) read on one line becomes the paragraph's own
    closing punctuation and a space, or " · " when it has none.
    """
    if "\n" not in between:
        return between
    closing = between.strip()
    return f"{closing} " if closing else " · "


def highlighted(text: str, query: Query) -> SafeString:
    """All of `text`, escaped, with the query's words marked (a title)."""
    spans = [match.span() for match in WORD.finditer(text)]
    if not spans:
        return mark_safe(escape(text))  # noqa: S308 - escaped
    marked = query.looks_for([text[begin:end] for begin, end in spans])
    html = escape(text[: spans[0][0]]) + _render(text, spans, marked, 0, len(spans)) + escape(text[spans[-1][1] :])
    return mark_safe(html)  # noqa: S308 - every piece escaped above


def snippet(text: str, query: Query, *, size: int = SNIPPET_WORDS) -> SafeString:
    """
    About `size` words of `text` around its first run of matches, escaped,
    with the query's words marked and an ellipsis where text is left out;
    the start of the text when none of its words matches.
    """
    spans = [match.span() for match in WORD.finditer(text)]
    if not spans:
        return SafeString("")
    marked = query.looks_for([text[begin:end] for begin, end in spans])
    # The window of `size` words that starts at a match and holds the most
    # of them, moved to start a few words before that first one.
    found = [index for index, is_marked in enumerate(marked) if is_marked]
    best_start = 0
    if found:
        first = max(found, key=lambda index: (bisect_left(found, index + size) - bisect_left(found, index), -index))
        best_start = max(0, min(first - BEFORE, len(spans) - size))
    end = min(len(spans), best_start + size)
    html = _render(text, spans, marked, best_start, end)
    # Left out before the window: an ellipsis; else what opens the text too.
    html = (ELLIPSIS + " " if best_start > 0 else escape(text[: spans[0][0]].lstrip())) + html
    if end < len(spans):
        html += " " + ELLIPSIS
    else:  # the text's last word: its closing punctuation too
        html += escape(text[spans[-1][1] :].rstrip())
    return mark_safe(html)  # noqa: S308 - every piece escaped in _render
