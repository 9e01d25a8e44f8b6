"""
Where views and shares are counted.

Two stores keep the same promise, that every first view or share of a client
in the window adds exactly one, and no other does:

- DatabaseCounter (the default): one short write transaction per counted
  event. A SeenClient row decides, with an atomic insert, whether the client is
  new in the window; the day's row and the edition's total are then added to
  with UPDATE ... + 1 (the day's first count inserts its row).
- RedisCounter (when REDIS_URL is set): the window is a Redis key set with NX
  and the increment goes to a pending hash, both in one script; the
  `flush_counters` command moves pending counts into the database in batches
  that are applied exactly once. If Redis fails, counting falls back to the
  database, and each worker settles what it counted there in Redis once
  Redis answers again (see RedisCounter).

The stores live in database.py and redis_store.py; this module chooses one
and is what the rest of the site calls.
"""

import logging
from functools import cache

from django.conf import settings
from django.db import DatabaseError

from .database import DatabaseCounter, apply_counts
from .events import SHARE, VIEW, Event, today
from .redis_store import BATCH_PREFIX, BATCHES, PENDING, RedisCounter

__all__ = [
    "BATCHES",
    "BATCH_PREFIX",
    "PENDING",
    "SHARE",
    "VIEW",
    "DatabaseCounter",
    "Event",
    "RedisCounter",
    "apply_counts",
    "count_view",
    "counter",
    "figures",
    "record",
    "today",
]

logger = logging.getLogger(__name__)


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


def count_view(edition, event: Event | None) -> tuple[bool, int, int]:
    """
    Count `event`, a view of `edition` (None: a bot's, not counted), and
    return whether it counted and the views and shares to show, given the
    figures `edition` carries as read before. Never raises to the reader.
    """
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
