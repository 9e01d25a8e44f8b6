"""
Scale mode: counts go to Redis first, in one script that also decides the
window, and `flush_counters` moves them into the database in batches applied
exactly once.
"""

import logging
import time
import uuid
from collections import defaultdict, deque
from datetime import date, timedelta

from cachetools import TLRUCache
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..caches import WorkerCache
from ..models import Edition, FlushedBatch
from .database import DatabaseCounter, apply_counts
from .events import SHARE, VIEW, Event, today

logger = logging.getLogger(__name__)

REDIS_RETRY_SECONDS = 10
# Per worker: the clients whose open window it remembers (about 300 bytes
# each, some 15 MB in all), and the editions whose pending figures it keeps.
WINDOWS_KEPT = 50_000
FIGURES_KEPT = 1_000
# Per worker: the counts made in the database while Redis was unreachable,
# to settle once it answers (about 250 bytes each, some 12 MB in all).
UNSETTLED_KEPT = 50_000
PENDING = "counts:pending"
BATCHES = "counts:batches"
BATCH_PREFIX = "counts:batch:"


# Every Redis call of the counter: count an event (when KEYS[3] is not empty)
# and return {counted, the milliseconds left of the client's window (-1 when
# there is none), the sums of the fields in ARGV[3..]} over the pending hash
# and the batches in flight.
# KEYS: pending hash, set of batches, seen key or "".
# ARGV: window, field to add one to, fields to sum.
COUNT_SCRIPT = """
local counted, left = 0, -1
if KEYS[3] ~= '' then
  if redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[1]) then
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
# redis-py sends a command again when its answer is lost: sent twice, the
# script must not rename the counts that came since over the sealed batch.
SEAL_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 and redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], KEYS[2])
  return 1
end
return 0
"""

# Settles one count made in the database while Redis could not be reached.
# KEYS: the event's seen key, its settled mark, pending hash. ARGV: when the
# database's window for it ends (ms since 1970), the pending field it counts in.
# Returns 0 when there is nothing to do (that window is over, or this count
# was settled already), 1 when Redis knew no window of the client (it has the
# database's now, so Redis will not count the client again in it), 2 when
# Redis had one: then the client was counted in both stores less than a
# window apart (Redis's window began at most a window ago, the database's
# ends later than now), one count too many, and the database's is taken back.
SETTLE_SCRIPT = """
local now = redis.call('TIME')
if tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) >= tonumber(ARGV[1]) then return 0 end
if not redis.call('SET', KEYS[2], '1', 'NX', 'PXAT', ARGV[1]) then return 0 end
if redis.call('SET', KEYS[1], '1', 'NX', 'PXAT', ARGV[1]) then return 1 end
redis.call('HINCRBY', KEYS[3], ARGV[2], -1)
return 2
"""
# Counts settled per request once Redis answers again, in one round trip:
# few enough that the reader whose request it is waits a millisecond or two,
# not the whole queue (50,000 take 500 requests of one worker).
SETTLE_BATCH = 100


def _seen(seen_key: str) -> str:
    return f"counts:seen:{seen_key}"


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

    Redis decides whether a client is new in its window (but for a new
    reader's visitor cookie, which carries its first window). A worker
    remembers what Redis answered, a client's window open until a given
    moment, so that a returning reader's next views in that window, which
    Redis could only refuse, cost no round trip; with them the page shows
    the pending figures this worker last read, at most PAGE_RECHECK_SECONDS
    old, like the database figure beside them.

    While Redis cannot be reached, the database counts. It knows none of
    the windows Redis holds, and a count whose answer was lost as Redis died
    may be in Redis already, so the worker keeps what it counted there and
    settles it once Redis answers again (SETTLE_SCRIPT): a client Redis had
    counted in its window is taken back out, and the database's windows go
    into Redis, so that those clients are not counted again there either.
    """

    def __init__(self, url: str):
        import redis

        self.errors = (redis.RedisError, OSError)
        self.redis = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        self.seal_script = self.redis.register_script(SEAL_SCRIPT)
        self.count_script = self.redis.register_script(COUNT_SCRIPT)
        self.settle_script = self.redis.register_script(SETTLE_SCRIPT)
        self.fallback = DatabaseCounter()
        self.down_until = 0.0
        # What the database counted while Redis was unreachable, to settle:
        # (seen key, end of the window in ms since 1970, pending field). Past
        # the bound the oldest are dropped unsettled, and counted here.
        self.unsettled: deque[tuple[str, int, str]] = deque(maxlen=UNSETTLED_KEPT)
        self.unsettled_dropped = 0
        # Seen key -> the moment (time.monotonic) its window in Redis ends, or later.
        self.windows = WorkerCache(TLRUCache(maxsize=WINDOWS_KEPT, ttu=lambda _key, until, _now: until))
        # Edition -> its pending (views, shares), read with a Redis call.
        self.figures = WorkerCache(
            TLRUCache(maxsize=FIGURES_KEPT, ttu=lambda _key, _value, now: now + settings.PAGE_RECHECK_SECONDS)
        )

    def forget(self) -> None:
        """Drop what this worker remembers of windows, figures and counts to settle (for tests that empty Redis)."""
        self.windows.clear()
        self.figures.clear()
        self.unsettled.clear()

    @property
    def address(self) -> str:
        """Where Redis is, for messages: host, port and database, never the password."""
        options = self.redis.connection_pool.connection_kwargs
        place = options.get("path") or f"{options.get('host', 'localhost')}:{options.get('port', 6379)}"
        return f"{place}/{options.get('db', 0)}"

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
        if event is not None and (event.in_first_window or self.windows.get(event.seen_key) is not None):
            event = None  # its window is open: not counted
        figures = self.figures.get(edition_id) if event is None else None
        if figures is not None:
            return False, *figures
        return self._call(event, edition_id)

    def _call(self, event: Event | None, edition_id: int) -> tuple[bool, int, int]:
        if self.unsettled and self._available():
            # Before this count, whose client may be one of them.
            self.settle()
        if not self._available():
            return self._in_database(event)
        asked_at = time.monotonic()
        try:
            counted, left_ms, *sums = self.count_script(
                keys=[
                    PENDING,
                    BATCHES,
                    _seen(event.seen_key) if event else "",
                ],
                args=[
                    settings.COUNT_WINDOW_SECONDS,
                    _field(event.kind, event.edition_id, today()) if event else "",
                    *_pending_fields(edition_id),
                ],
            )
        except self.errors:
            self._failed()
            return self._in_database(event)
        views_today, views_yesterday, shares_today, shares_yesterday = (int(value) for value in sums)
        views, shares = views_today + views_yesterday, shares_today + shares_yesterday
        if left_ms > 0:
            # The window ends `left_ms` after Redis answered, so no earlier than this.
            until = asked_at + left_ms / 1000
            self.windows.set(event.seen_key, until)
        if settings.PAGE_RECHECK_SECONDS > 0:
            self.figures.set(edition_id, (views, shares))
        return bool(counted), views, shares

    def _in_database(self, event: Event | None) -> tuple[bool, int, int]:
        """Count `event`, if any, in the database, as while Redis cannot be reached; no pending figures to show."""
        counted = self.fallback.record(event) if event else False
        if counted:
            # Not remembered in self.windows: once settled, the client's window
            # may be the one Redis had, which ends earlier.
            if len(self.unsettled) == self.unsettled.maxlen:
                self.unsettled_dropped += 1
            self.unsettled.append(
                (
                    event.seen_key,
                    event.window_end_ms(settings.COUNT_WINDOW_SECONDS),
                    _field(event.kind, event.edition_id, today(event.at)),
                )
            )
        return counted, int(counted), 0

    def settle(self) -> int:
        """
        Settle, in Redis, up to SETTLE_BATCH of the counts this worker made in
        the database while Redis was unreachable (see SETTLE_SCRIPT); returns
        how many of them Redis had counted too, and were taken back. Each is
        settled once, however often this is asked.
        """
        counts = []
        try:
            while len(counts) < SETTLE_BATCH:
                counts.append(self.unsettled.popleft())
        except IndexError:
            pass  # all of them (another thread may have taken the last ones)
        if not counts:
            return 0
        try:
            pipe = self.redis.pipeline(transaction=False)
            for seen_key, end_ms, field in counts:
                self.settle_script(
                    keys=[_seen(seen_key), f"counts:settled:{seen_key}:{end_ms}", PENDING],
                    args=[end_ms, field],
                    client=pipe,
                )
            results = pipe.execute()
        except self.errors:
            # Settled again later: the marks make the ones that went through answer 0.
            self.unsettled.extendleft(reversed(counts))
            self._failed()
            return 0
        taken_back = results.count(2)
        dropped, self.unsettled_dropped = self.unsettled_dropped, 0
        logger.info(
            "Redis answers again: %s counts made in the database settled, %s of them also in Redis and taken back"
            " (%s dropped unsettled)",
            len(counts),
            taken_back,
            dropped,
        )
        return taken_back

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
