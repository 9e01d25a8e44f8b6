"""
Where views and shares are counted.

Two stores keep the same promise, that every first view or share of a client
in the window adds exactly one, and no other does:

- DatabaseCounter (the default): one short write transaction per counted
  event. A SeenClient row decides, with an atomic insert, whether the client is
  new in the window; the edition's total and its day's row are then added to
  with UPDATE ... + 1 and an upsert.
- RedisCounter (when REDIS_URL is set): the window is a Redis key set with NX
  and the increment goes to a pending hash, both in one script; the
  `flush_counters` command moves pending counts into the database in batches
  that are applied exactly once. If Redis fails, counting falls back to the
  database.
"""

import hashlib
import logging
import sqlite3
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from cachetools import TLRUCache
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, IntegrityError, connection, connections, transaction
from django.utils import timezone

from .models import DailyCount, Edition, FlushedBatch, SeenClient

logger = logging.getLogger(__name__)

VIEW, SHARE = "v", "s"
REDIS_RETRY_SECONDS = 10
# Per worker: the clients whose open window it remembers (about 300 bytes
# each, some 15 MB in all), and the editions whose pending figures it keeps.
WINDOWS_KEPT = 50_000
FIGURES_KEPT = 1_000
PENDING = "counts:pending"
BATCHES = "counts:batches"
BATCH_PREFIX = "counts:batch:"


@dataclass(frozen=True)
class Event:
    """One view or share of an edition by a client."""

    kind: str
    edition_id: int
    client: str
    network: str = ""
    # The visitor token handed out with this response, if any: recorded as
    # seen too, so the client's next request, with the cookie, is not counted again.
    alias: str = ""

    def _seen(self, client: str) -> str:
        raw = "\x1f".join([self.kind, str(self.edition_id), self.network, client])
        return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()

    @property
    def seen_key(self) -> str:
        return self._seen(self.client)

    @property
    def alias_key(self) -> str:
        return self._seen(self.alias) if self.alias else ""


# The site's current day, the instants it starts and ends, and the zone it
# is in: every count needs the day, and converting to local time costs more
# than the rest of building the count.
_day: tuple[date, datetime, datetime, object] | None = None


def today(now: datetime | None = None) -> date:
    """The day, in the site's time zone, that `now` (default: this moment) falls on."""
    global _day
    now = now or timezone.now()
    zone = timezone.get_default_timezone()  # cached by Django, and reset when TIME_ZONE changes
    cached = _day  # read once: another thread may replace it meanwhile
    if cached is not None and cached[3] is zone and cached[1] <= now < cached[2]:
        return cached[0]
    day = timezone.localtime(now, zone).date()
    midnight = datetime.min.time()
    _day = (
        day,
        datetime.combine(day, midnight, tzinfo=zone),
        datetime.combine(day + timedelta(days=1), midnight, tzinfo=zone),
        zone,
    )
    return day


def _daily_upsert_sql() -> str:
    table = DailyCount._meta.db_table
    return (
        f"INSERT INTO {table} (edition_id, day, views, shares) VALUES (%s, %s, %s, %s) "  # noqa: S608 - the model's own table name
        f"ON CONFLICT (edition_id, day) DO UPDATE SET "
        f"views = {table}.views + excluded.views, shares = {table}.shares + excluded.shares"
    )


def _edition_add_sql() -> str:
    table = Edition._meta.db_table
    return f"UPDATE {table} SET views = views + %s, shares = shares + %s WHERE id = %s"  # noqa: S608 - the model's own table name


@cache
def _seen_insert_sql(rows: int) -> str:
    table = SeenClient._meta.db_table
    # Inserted, or taken over when the previous window has expired: either way
    # the row changes and counts as new; otherwise it does not.
    values = ", ".join(["(%s, %s)"] * rows)
    return (
        f"INSERT INTO {table} (digest, expires_at) VALUES {values} "  # noqa: S608 - the model's own table name
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
            cursor.execute(_daily_upsert_sql(), [edition_id, ops.adapt_datefield_value(day), views, shares])


def sqlite_write_if_first(db, statements, rows: int) -> tuple[bool, tuple | None]:
    """
    Run `statements` in one write transaction on SQLite, the rest only if the
    first changed `rows` rows; returns whether it did, and the row the last
    statement returned, if any.

    SQLite's own busy handler sleeps a whole millisecond and more before it
    retries a lock, which two workers writing a few hundred times a second
    would spend mostly asleep: the write lock is taken here with busy_timeout
    at 0 and retried after microseconds, up to the configured timeout.
    """
    db.ensure_connection()
    # Raw sqlite3 errors become Django's DatabaseError, which callers handle.
    with db.wrap_database_errors:
        return _sqlite_write_if_first(db.connection, statements, rows, db.settings_dict.get("OPTIONS", {}))


def _sqlite_write_if_first(raw, statements, rows, options) -> tuple[bool, tuple | None]:
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
        first_sql, first_params = statements[0]
        if raw.execute(_qmark(first_sql), first_params).rowcount != rows:
            raw.execute("ROLLBACK")
            return False, None
        for sql, params in statements[1:]:
            row = raw.execute(_qmark(sql), params).fetchone()
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    return True, row


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
        now = timezone.now()
        if not event.alias:
            seen, figures = self._seen(db, event, ops.adapt_datetimefield_value(now))
            if seen or figures is None:
                # A returning client counted in this window: the insert below
                # would change nothing, but it would queue for the write lock.
                # Or the edition is gone: nothing to count.
                return False, figures
        views, shares = (1, 0) if event.kind == VIEW else (0, 1)
        expires_at = ops.adapt_datetimefield_value(now + timedelta(seconds=settings.COUNT_WINDOW_SECONDS))
        # The client, and the visitor token it is handed with this response:
        # the token's row is always new, so the event counts when every row changed.
        seen = [event.seen_key, expires_at, *((event.alias_key, expires_at) if event.alias else ())]
        rows = len(seen) // 2
        # The edition's update last: it returns the figures it leaves, where
        # the database has UPDATE ... RETURNING (SQLite 3.35 and later, as for
        # INSERT ... RETURNING, which Django's flag is about; PostgreSQL).
        returning = db.features.can_return_columns_from_insert
        statements = [
            (_seen_insert_sql(rows), [*seen, ops.adapt_datetimefield_value(now)]),
            (_daily_upsert_sql(), [event.edition_id, ops.adapt_datefield_value(today(now)), views, shares]),
            (_edition_count_sql() if returning else _edition_add_sql(), [views, shares, event.edition_id]),
        ]
        if db.vendor == "sqlite" and db.get_autocommit() and not db.in_atomic_block:
            counted, figures = sqlite_write_if_first(db, statements, rows)
            return counted, figures if returning else None
        with transaction.atomic(), db.cursor() as cursor:
            cursor.execute(*statements[0])
            if cursor.rowcount != rows:
                if cursor.rowcount:  # the visitor token's row: not to be kept
                    transaction.set_rollback(True)
                return False, None
            for statement in statements[1:]:
                cursor.execute(*statement)
            return True, cursor.fetchone() if returning else None

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


# Every Redis call of the counter: count an event (when KEYS[3] is not empty)
# and return {counted, the milliseconds left of the client's window (-1 when
# there is none), the sums of the fields in ARGV[3..]} over the pending hash
# and the batches in flight.
# KEYS: pending hash, set of batches, seen key or "", alias key or "".
# ARGV: window, field to add one to, fields to sum.
COUNT_SCRIPT = """
local counted, left = 0, -1
if KEYS[3] ~= '' then
  if redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[1]) then
    if KEYS[4] ~= '' then redis.call('SET', KEYS[4], '1', 'EX', ARGV[1]) end
    redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
    counted, left = 1, ARGV[1] * 1000
  else
    left = redis.call('PTTL', KEYS[3])
  end
end
local hashes = redis.call('SMEMBERS', KEYS[2])
table.insert(hashes, KEYS[1])
local result = {counted, left}
for i = 3, #ARGV do result[i] = 0 end
for _, name in ipairs(hashes) do
  local values = redis.call('HMGET', name, unpack(ARGV, 3))
  for i, value in ipairs(values) do
    if value then result[i + 2] = result[i + 2] + tonumber(value) end
  end
end
return result
"""

# KEYS: pending hash, new batch name, set of batches. Moves pending into the
# batch and records it in one step, so a flush that dies leaves no orphan.
SEAL_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], KEYS[2])
  return 1
end
return 0
"""


def _field(kind: str, edition_id: int, day: date) -> str:
    return f"{kind}:{edition_id}:{day.isoformat()}"


def _pending_fields(edition_id: int) -> list[str]:
    # Today's and yesterday's: a flush runs every minute, so older ones are gone.
    day = today()
    days = [day, day - timedelta(days=1)]
    return [_field(kind, edition_id, day) for kind in (VIEW, SHARE) for day in days]


class RedisCounter:
    """
    Counts into Redis first; `flush` moves the counts into the database.

    Redis alone decides whether a client is new in its window. A worker
    remembers what Redis answered, a client's window open until a given
    moment, so that a returning reader's next views in that window, which
    Redis could only refuse, cost no round trip; with them the page shows
    the pending figures this worker last read, at most PAGE_RECHECK_SECONDS
    old, like the database figure beside them.
    """

    def __init__(self, url: str):
        import redis

        self.errors = (redis.RedisError, OSError)
        self.redis = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        self.seal_script = self.redis.register_script(SEAL_SCRIPT)
        self.count_script = self.redis.register_script(COUNT_SCRIPT)
        self.fallback = DatabaseCounter()
        self.down_until = 0.0
        # Seen key -> the moment (time.monotonic) its window in Redis ends, or later.
        self.windows = TLRUCache(maxsize=WINDOWS_KEPT, ttu=lambda _key, until, _now: until)
        # Edition -> its pending (views, shares), read with a Redis call.
        self.figures = TLRUCache(
            maxsize=FIGURES_KEPT, ttu=lambda _key, _value, now: now + settings.PAGE_RECHECK_SECONDS
        )
        self.lock = threading.Lock()  # cachetools' caches are not thread-safe

    def forget(self) -> None:
        """Drop what this worker remembers of windows and figures (for tests that empty Redis)."""
        with self.lock:
            self.windows.clear()
            self.figures.clear()

    def _available(self) -> bool:
        # After a failure, go straight to the database for a while instead of
        # making every request wait for Redis's connect timeout.
        return time.monotonic() >= self.down_until

    def _failed(self) -> None:
        logger.warning("Redis unavailable: counting in the database for %s s", REDIS_RETRY_SECONDS, exc_info=True)
        self.down_until = time.monotonic() + REDIS_RETRY_SECONDS

    def record(self, event: Event) -> bool:
        return self.count_and_pending(event, event.edition_id)[0]

    def count_and_figures(self, event: Event | None, edition) -> tuple[bool, int, int]:
        """Count `event`, if any; returns whether it counted and the figures to show: the database's plus pending."""
        counted, views, shares = self.count_and_pending(event, edition.id)
        return counted, edition.views + views, edition.shares + shares

    def pending(self, edition_id: int) -> tuple[int, int]:
        """Counts of the edition not yet in the database (today's and yesterday's), read now."""
        _counted, views, shares = self._call(None, edition_id)
        return views, shares

    def count_and_pending(self, event: Event | None, edition_id: int) -> tuple[bool, int, int]:
        """
        Count `event`, if any, and read the edition's pending figures, in one
        round trip; none for a view this worker knows Redis would refuse.
        """
        with self.lock:
            if event is not None and self.windows.get(event.seen_key) is not None:
                event = None  # its window is open: not counted
            figures = self.figures.get(edition_id) if event is None else None
        if figures is not None:
            return False, *figures
        return self._call(event, edition_id)

    def _call(self, event: Event | None, edition_id: int) -> tuple[bool, int, int]:
        if not self._available():
            counted = self.fallback.record(event) if event else False
            return bool(counted), int(counted), 0
        asked_at = time.monotonic()
        try:
            counted, left_ms, *sums = self.count_script(
                keys=[
                    PENDING,
                    BATCHES,
                    f"counts:seen:{event.seen_key}" if event else "",
                    f"counts:seen:{event.alias_key}" if event and event.alias else "",
                ],
                args=[
                    settings.COUNT_WINDOW_SECONDS,
                    _field(event.kind, event.edition_id, today()) if event else "",
                    *_pending_fields(edition_id),
                ],
            )
        except self.errors:
            self._failed()
            counted = self.fallback.record(event) if event else False
            return bool(counted), int(counted), 0
        views_today, views_yesterday, shares_today, shares_yesterday = (int(value) for value in sums)
        views, shares = views_today + views_yesterday, shares_today + shares_yesterday
        with self.lock:
            if left_ms > 0:
                # The window ends `left_ms` after Redis answered, so no earlier than this.
                until = asked_at + left_ms / 1000
                self.windows[event.seen_key] = until
                if counted and event.alias:  # set with the same expiry, no earlier
                    self.windows[event.alias_key] = until
            if settings.PAGE_RECHECK_SECONDS > 0:
                self.figures[edition_id] = (views, shares)
        return bool(counted), views, shares

    def flush(self, *, pause=None) -> int:
        """
        Move every pending count into the database; returns how many batches were applied.

        Each batch is sealed in Redis, applied in one database transaction that
        also records its name, and only then deleted. A flush that dies leaves
        its batch listed: the next flush applies it if the database has not,
        or just deletes it if it has. Several hosts may flush at once.
        """
        self.seal_script(keys=[PENDING, f"{BATCH_PREFIX}{uuid.uuid4().hex}", BATCHES])
        applied = 0
        # No lock: two flushes of one batch race to record its name in the
        # database, and the unique constraint lets exactly one of them apply it.
        for raw_name in sorted(self.redis.smembers(BATCHES)):
            name = raw_name.decode()
            applied += self._apply_batch(name, pause=pause)
            self.redis.delete(name)
            self.redis.srem(BATCHES, name)
        return applied

    def _apply_batch(self, name: str, *, pause=None) -> int:
        counts = self.redis.hgetall(name)
        totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        daily: dict[tuple[int, date], list[int]] = defaultdict(lambda: [0, 0])
        for raw_field, raw_value in counts.items():
            kind, edition_id, day = raw_field.decode().split(":")
            slot = 0 if kind == VIEW else 1
            totals[int(edition_id)][slot] += int(raw_value)
            daily[(int(edition_id), date.fromisoformat(day))][slot] += int(raw_value)
        with transaction.atomic():
            try:
                with transaction.atomic():
                    FlushedBatch.objects.create(key=name)
            except IntegrityError:
                logger.info("batch %s was already applied", name)
                return 0
            # Counts of editions deleted meanwhile have nowhere to go; the
            # others are locked so that none is deleted before the commit.
            existing = set(Edition.objects.select_for_update().filter(pk__in=totals).values_list("pk", flat=True))
            apply_counts(
                {k: v for k, v in totals.items() if k in existing},
                {k: v for k, v in daily.items() if k[0] in existing},
            )
            if pause:
                pause("before-commit")
        if pause:
            pause("after-commit")
        return 1

    def prune(self) -> int:
        # A batch left in Redis is retried by the next flush, within minutes;
        # a week of batch names is far more than that needs.
        FlushedBatch.objects.filter(flushed_at__lt=timezone.now() - timedelta(days=7)).delete()
        return self.fallback.prune()


@cache
def counter() -> DatabaseCounter | RedisCounter:
    """The store configured for this process."""
    if settings.REDIS_URL:
        return RedisCounter(settings.REDIS_URL)
    return DatabaseCounter()


def figures(edition) -> tuple[int, int]:
    """Views and shares to show for `edition`: the database figure plus what is still pending in Redis."""
    pending_views, pending_shares = counter().pending(edition.id)
    return edition.views + pending_views, edition.shares + pending_shares


def count_view(edition, client: str | None, *, alias: str = "") -> tuple[bool, int, int]:
    """
    Count a view of `edition` by `client` (None: a bot, not counted; `alias`:
    the visitor token handed out to it) and return whether it counted and
    the views and shares to show, given the figures `edition` carries as
    read before. Never raises to the reader.
    """
    event = Event(kind=VIEW, edition_id=edition.id, client=client, alias=alias) if client else None
    try:
        return counter().count_and_figures(event, edition)
    except DatabaseError:
        logger.exception("count dropped: database error for %s", event)
        return False, edition.views, edition.shares


def record(event: Event) -> bool:
    """Count `event` if it is the client's first in the window; never raises to the reader."""
    try:
        return counter().record(event)
    except DatabaseError:
        logger.exception("count dropped: database error for %s", event)
        return False
