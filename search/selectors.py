"""Reads of search: the live editions that match a reader's query, as the results page shows them."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import override

from . import highlight
from .backends import Row, backend_for
from .query import Query


@dataclass(frozen=True)
class Hit:
    """One result: the edition's title with the matched words marked, its address, date and snippet."""

    edition_id: int
    article_id: int
    title: SafeString
    url: str
    published_at: datetime
    snippet: SafeString


def _hit(row: Row, query: Query) -> Hit:
    # In the query's language (the caller's override).
    url = reverse("articles:detail", kwargs={"pk": row.article_id, "slug": row.slug or "-"})
    text = "\n".join(part for part in (row.lead, row.body) if part)
    return Hit(
        edition_id=row.edition_id,
        article_id=row.article_id,
        title=highlight.highlighted(row.title, query),
        url=url,
        published_at=row.published_at,
        snippet=highlight.snippet(text, query),
    )


class Results(Sequence):
    """
    The matches of a query as Django's Paginator reads them, for the page
    `number` of `per_page`: that page and the total are read by one query,
    when the paginator first asks for the count. A page past the end costs
    one more (the count alone); any other slice, a query of its own.
    """

    def __init__(self, query: Query, *, at: datetime, number: int, per_page: int):
        self.query = query
        self.at = at
        self.window = ((number - 1) * per_page, per_page)
        self.backend = backend_for(connection)

    @cached_property
    def _page(self) -> tuple[list[Hit], int]:
        if self.query.is_empty:
            return [], 0
        offset, limit = self.window
        hits, total = self._read(offset, limit)
        if total is None:
            if offset == 0:
                return [], 0
            with connection.cursor() as cursor:
                total = self.backend.count(cursor, self.query, at=self.at)
        return hits, total

    def _read(self, offset: int, limit: int) -> tuple[list[Hit], int | None]:
        with connection.cursor() as cursor:
            rows, total = self.backend.page(cursor, self.query, at=self.at, offset=offset, limit=limit)
        with override(self.query.language):
            return [_hit(row, self.query) for row in rows], total

    def count(self) -> int:
        return self._page[1]

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self.count())
        if self.query.is_empty or stop <= start:
            return []
        offset, limit = self.window
        if start == offset and stop - start <= limit:
            return self._page[0][: stop - start]
        return self._read(start, stop - start)[0]


def search_results(*, query: Query, number: int = 1, per_page: int = 10, at: datetime | None = None) -> Results:
    """
    The editions of `query.language` live at `at` (default: now) that match
    `query`, best first (a match in the title above one in the lead, above
    one in the text), then newest first, for Paginator(results, per_page).page(number).
    Nothing when the query looks for nothing.
    """
    return Results(query, at=at or timezone.now(), number=number, per_page=per_page)
