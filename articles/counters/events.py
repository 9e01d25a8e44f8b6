"""What is counted: an event (a view or a share of an edition by a client), and the day it falls on."""

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property

from django.utils import timezone

VIEW, SHARE = "v", "s"
# How much of an event's seen key the visitor cookie keeps (see `Event.mark`).
MARK_LENGTH = 12


@dataclass(frozen=True)
class Event:
    """One view or share of an edition by a client."""

    kind: str
    edition_id: int
    client: str
    network: str = ""
    # The client sent no visitor cookie: it is handed one with this response,
    # and there is no window of its to look up before writing one.
    new: bool = False
    # What the client's visitor cookie says of the first event counted for it
    # (see visitors.py): that event's mark, and when its window ends (see `window_end_ms`).
    first: tuple[str, int] | None = None
    # When it happened; its window, in the store and in the cookie, starts then.
    at: datetime = field(default_factory=lambda: timezone.now())

    @cached_property  # asked several times per count; the event never changes
    def seen_key(self) -> str:
        raw = "\x1f".join([self.kind, str(self.edition_id), self.network, self.client])
        return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()

    @property
    def mark(self) -> str:
        """The start of the seen key: enough to tell this event from the client's others."""
        return self.seen_key[:MARK_LENGTH]

    @property
    def in_first_window(self) -> bool:
        """
        Whether the client's cookie shows this event is the first one counted
        for it, in a window still open: counted already, with no store to ask.
        """
        return self.first is not None and self.first[0] == self.mark and _micros(self.at) < self.first[1] * 1000

    def window_end_ms(self, window_seconds: int) -> int:
        """When the window this event opens ends, in milliseconds since 1970, rounded up: never before the store's."""
        return -(-_micros(self.at + timedelta(seconds=window_seconds)) // 1000)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _micros(at: datetime) -> int:
    return (at - _EPOCH) // timedelta(microseconds=1)


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
