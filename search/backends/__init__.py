"""
Full-text search with the database the site runs on: one interface, a backend per database.

Each backend keeps the search_document table (search.models.SearchDocument)
and its own index beside it, and answers a parsed Query (search/query.py)
with the live editions of the query's language, best first. The SQL is
written by hand: neither database's full-text syntax is in the ORM, and the
words of a query only ever reach it as parameters or quoted strings.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from ..query import Query
from ..text import Document


@dataclass(frozen=True)
class Row:
    """One edition found: what a result shows of it."""

    edition_id: int
    article_id: int
    title: str
    slug: str
    published_at: datetime
    lead: str
    body: str


class SearchBackend:
    """What search asks of a database; `cursor` is one of the connection the backend was chosen for."""

    def create(self, cursor) -> None:
        """Add the backend's index to the search_document table (the migration calls it)."""
        raise NotImplementedError

    def drop(self, cursor) -> None:
        raise NotImplementedError

    def store(self, cursor, documents: list[Document]) -> None:
        """Make `documents` searchable, in place of what their editions had."""
        raise NotImplementedError

    def remove(self, cursor, edition_ids: list[int]) -> None:
        cursor.execute(
            f"DELETE FROM search_document WHERE edition_id IN ({', '.join(['%s'] * len(edition_ids))})",  # noqa: S608 - placeholders only
            edition_ids,
        )

    def clear(self, cursor) -> None:
        cursor.execute("DELETE FROM search_document")

    def count(self, cursor, query: Query, *, at: datetime) -> int:
        """How many live editions of the query's language match it at `at`."""
        raise NotImplementedError

    def page(self, cursor, query: Query, *, at: datetime, offset: int, limit: int) -> tuple[list[Row], int | None]:
        """
        The matches from `offset`, at most `limit`: best first, then newest
        first; and how many there are in all, counted by the same query
        (None when the page is empty: past the end, or no match at all).
        """
        raise NotImplementedError


def backend_for(connection) -> SearchBackend:
    """The backend of `connection`'s database."""
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend(connection)
    if connection.vendor == "sqlite":
        from .sqlite import SQLiteBackend

        return SQLiteBackend(connection)
    raise NotImplementedError(f"No search backend for {connection.vendor}.")


def aware(value) -> datetime:
    # SQLite hands back text (or naive UTC), PostgreSQL aware datetimes.
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else value.replace(tzinfo=UTC)


def page_of(found) -> tuple[list[Row], int | None]:
    """
    A results page from both backends' query: rows of (id, article_id,
    title, slug, published_at, lead, body, total), and the total of matches
    (None on a page past them).
    """
    rows = [
        Row(edition_id, article_id, title, slug, aware(published_at), lead, body)
        for edition_id, article_id, title, slug, published_at, lead, body, _total in found
    ]
    return rows, (found[0][-1] if found else None)


def live_filter(connection, language: str, at: datetime) -> tuple[str, list]:
    """The SQL condition that readers see the edition `e` at `at` (as Edition.objects.live), and its parameters."""
    return (
        "e.language = %s AND e.status = 'published' AND e.published_at <= %s",
        [language, connection.ops.adapt_datetimefield_value(at)],
    )
