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
    The matches of a query as Django's Paginator reads them: count() is one
    query, a slice is one more (the page of results), nothing else.
    """

    def __init__(self, query: Query, *, at: datetime):
        self.query = query
        self.at = at
        self.backend = backend_for(connection)

    @cached_property
    def _count(self) -> int:
        if self.query.is_empty:
            return 0
        with connection.cursor() as cursor:
            return self.backend.count(cursor, self.query, at=self.at)

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self._count)
        if self.query.is_empty or stop <= start:
            return []
        with connection.cursor() as cursor:
            rows = self.backend.page(cursor, self.query, at=self.at, offset=start, limit=stop - start)
        with override(self.query.language):
            return [_hit(row, self.query) for row in rows]


def search_results(*, query: Query, at: datetime | None = None) -> Results:
    """
    The editions of `query.language` live at `at` (default: now) that match
    `query`, best first (a match in the title above one in the lead, above
    one in the text), then newest first. Nothing when the query looks for nothing.
    """
    return Results(query, at=at or timezone.now())
