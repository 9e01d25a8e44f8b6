"""What is counted: an event (a view or a share of an edition by a client), and the day it falls on."""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils import timezone

VIEW, SHARE = "v", "s"


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
