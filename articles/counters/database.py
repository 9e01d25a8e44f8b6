"""
The default store: counts written straight into the database, one short
transaction per counted event, with SeenClient rows as the window.
"""

import sqlite3
import time
from datetime import date, timedelta
from functools import cache

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.utils import timezone

from ..models import DailyCount, Edition, SeenClient
from .events import VIEW, Event, today


@cache
def _daily_upsert_sql() -> str:
    table = DailyCount._meta.db_table
    return (
        f"INSERT INTO {table} (edition_id, day, views, shares) VALUES (%s, %s, %s, %s) "  # noqa: S608 - the model's own table name
        f"ON CONFLICT (edition_id, day) DO UPDATE SET "
        f"views = {table}.views + excluded.views, shares = {table}.shares + excluded.shares"
    )


@cache
def _daily_add_sql() -> str:
    table = DailyCount._meta.db_table
    return f"UPDATE {table} SET views = views + %s, shares = shares + %s WHERE edition_id = %s AND day = %s"  # noqa: S608 - the model's own table name


def _daily_step(edition_id: int, day, views: int, shares: int) -> tuple:
    """
    Add to an edition's day: an UPDATE, and the upsert only when the day has
    no row yet. On SQLite an upsert into the AUTOINCREMENT table also writes
    the sqlite_sequence page, a second page in every commit, even when it
    only updates; the UPDATE writes the row's page alone.
    """
    return (
        _daily_add_sql(),
        [views, shares, edition_id, day],
        (_daily_upsert_sql(), [edition_id, day, views, shares]),
    )


@cache
def _edition_add_sql() -> str:
    table = Edition._meta.db_table
    return f"UPDATE {table} SET views = views + %s, shares = shares + %s WHERE id = %s"  # noqa: S608 - the model's own table name


@cache
def _seen_insert_sql() -> str:
    table = SeenClient._meta.db_table
    # Inserted, or taken over when the previous window has expired: either way
    # the row changes and counts as new; otherwise it does not.
    return (
        f"INSERT INTO {table} (digest, expires_at) VALUES (%s, %s) "  # noqa: S608 - the model's own table name
        f"ON CONFLICT (digest) DO UPDATE SET expires_at = excluded.expires_at "
        f"WHERE {table}.expires_at <= %s"
    )


def apply_counts(totals: dict[int, list[int]], daily: dict[tuple[int, date], list[int]]) -> None:
    """Add views and shares to editions and their days; runs inside the caller's transaction."""
    ops = connection.ops
    with connection.cursor() as cursor:
        # Hand-written like the rest of this path: it runs on every counted view.
        for edition_id, (views, shares) in totals.items():
            cursor.execute(_edition_add_sql(), [views, shares, edition_id])
        for (edition_id, day), (views, shares) in daily.items():
            _execute(cursor, _daily_step(edition_id, ops.adapt_datefield_value(day), views, shares))


def _execute(cursor, step: tuple, *, qmark: bool = False) -> None:
    """
    Run a step on `cursor`: (sql, params), or (sql, params, otherwise), where
    `otherwise` runs if the first changed no row. `qmark`: a raw sqlite3
    cursor, which takes ? for %s.
    """
    sql, params, *otherwise = step
    cursor.execute(_qmark(sql) if qmark else sql, params)
    if otherwise and cursor.rowcount == 0:
        other_sql, other_params = otherwise[0]
        cursor.execute(_qmark(other_sql) if qmark else other_sql, other_params)


def sqlite_write_if_first(db, statements) -> tuple[bool, tuple | None]:
    """
    Run `statements` (steps as _execute takes them) in one write transaction
    on SQLite, the rest only if the first changed a row; returns whether it
    did, and the row the last statement returned, if any.

    SQLite's own busy handler sleeps a whole millisecond and more before it
    retries a lock, which two workers writing a few hundred times a second
    would spend mostly asleep: the write lock is taken here with busy_timeout
    at 0 and retried after microseconds, up to the configured timeout.
    """
    db.ensure_connection()
    # Raw sqlite3 errors become Django's DatabaseError, which callers handle.
    with db.wrap_database_errors:
        return _sqlite_write_if_first(db.connection, statements, db.settings_dict.get("OPTIONS", {}))


def _sqlite_write_if_first(raw, statements, options) -> tuple[bool, tuple | None]:
    timeout = options.get("timeout", 5)
    deadline = time.monotonic() + timeout
    delay = 0.00002
    raw.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.002)
    finally:
        raw.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    try:
        counted, row = _execute_if_first(raw.cursor(), statements, qmark=True, fetch=True)
        raw.execute("COMMIT" if counted else "ROLLBACK")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    return counted, row


def _execute_if_first(cursor, statements, *, qmark: bool = False, fetch: bool) -> tuple[bool, tuple | None]:
    """
    Run `statements` (steps as _execute takes them) on `cursor`, the rest only
    if the first changed a row; whether it did, and with `fetch` the row the
    last statement returned.
    """
    _execute(cursor, statements[0], qmark=qmark)
    if cursor.rowcount != 1:
        return False, None
    for step in statements[1:]:
        _execute(cursor, step, qmark=qmark)
    return True, cursor.fetchone() if fetch else None


@cache
def _qmark(sql: str) -> str:
    return sql.replace("%s", "?")


@cache
def _seen_and_figures_sql() -> str:
    seen, edition = SeenClient._meta.db_table, Edition._meta.db_table
    return (
        f"SELECT EXISTS (SELECT 1 FROM {seen} WHERE digest = %s AND expires_at > %s), views, shares "  # noqa: S608 - the models' own table names
        f"FROM {edition} WHERE id = %s"
    )


@cache
def _edition_count_sql() -> str:
    return f"{_edition_add_sql()} RETURNING views, shares"


@cache
def _figures_sql() -> str:
    return f"SELECT views, shares FROM {Edition._meta.db_table} WHERE id = %s"  # noqa: S608 - the model's own table name


class DatabaseCounter:
    """
    Counts straight into the database, deduplicating with SeenClient rows.

    A count returns the edition's figures as it left them, and a returning
    reader's window check reads them too, so the page shows every reader
    the figures of this moment, never fewer than they saw a second ago.
    """

    def record(self, event: Event) -> bool:
        return self._record(event)[0]

    def _record(self, event: Event) -> tuple[bool, tuple[int, int] | None]:
        """Whether `event` counted, and the edition's figures afterwards if they were read."""
        db = connections[DEFAULT_DB_ALIAS]
        ops = db.ops
        now = event.at
        if event.in_first_window:
            return False, None
        if not event.new:
            seen, figures = self._seen(db, event, ops.adapt_datetimefield_value(now))
            if seen or figures is None:
                # A returning client counted in this window: the insert below
                # would change nothing, but it would queue for the write lock.
                # Or the edition is gone: nothing to count.
                return False, figures
        views, shares = (1, 0) if event.kind == VIEW else (0, 1)
        expires_at = ops.adapt_datetimefield_value(now + timedelta(seconds=settings.COUNT_WINDOW_SECONDS))
        # The edition's update last: it returns the figures it leaves, where
        # the database has UPDATE ... RETURNING (SQLite 3.35 and later, as for
        # INSERT ... RETURNING, which Django's flag is about; PostgreSQL).
        returning = db.features.can_return_columns_from_insert
        statements = [
            (_seen_insert_sql(), [event.seen_key, expires_at, ops.adapt_datetimefield_value(now)]),
            _daily_step(event.edition_id, ops.adapt_datefield_value(today(now)), views, shares),
            (_edition_count_sql() if returning else _edition_add_sql(), [views, shares, event.edition_id]),
        ]
        if db.vendor == "sqlite" and db.get_autocommit() and not db.in_atomic_block:
            counted, figures = sqlite_write_if_first(db, statements)
            return counted, figures if returning else None
        with transaction.atomic(), db.cursor() as cursor:
            return _execute_if_first(cursor, statements, fetch=returning)

    @staticmethod
    def _seen(db, event: Event, now) -> tuple[bool, tuple[int, int] | None]:
        """
        Whether the client of `event` is in a window still open at `now`, and
        the edition's figures: a read, which waits for no writer.
        """
        with db.cursor() as cursor:
            cursor.execute(_seen_and_figures_sql(), [event.seen_key, now, event.edition_id])
            row = cursor.fetchone()
        return (bool(row[0]), (row[1], row[2])) if row else (False, None)

    def pending(self, edition_id: int) -> tuple[int, int]:
        return 0, 0

    def count_and_figures(self, event: Event | None, edition) -> tuple[bool, int, int]:
        """
        Count `event`, if any; returns whether it counted and the views and
        shares to show, given the figures `edition` carries as read before.
        """
        if event is None:
            return False, edition.views, edition.shares
        counted, figures = self._record(event)
        if figures is None:
            # Not counted though maybe new (a client that keeps no cookie), or
            # no RETURNING: read them, as the worker's may be a second old.
            with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
                cursor.execute(_figures_sql(), [event.edition_id])
                figures = cursor.fetchone()
        return (counted, *figures) if figures else (counted, edition.views, edition.shares)

    def prune(self) -> int:
        """Forget clients whose window has passed."""
        deleted, _ = SeenClient.objects.filter(expires_at__lte=timezone.now()).delete()
        return deleted
