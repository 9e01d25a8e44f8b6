"""
Who is reading: the client identity that views and shares are counted by.

A client is its visitor cookie when it sends one, else its IP address and user
agent together. Empty user agents, and those a well-kept list names (crawlers,
previewers, monitors, HTTP libraries, headless browsers), are bots and never
count: see is_bot.

A client without the cookie is handed one with a new random token, and is
that token from its next request on. Its first event (a view, or a share)
was counted under its address and agent, though, so the cookie also says
which event that was (a mark, the start of the event's seen key: the
article, language, kind and network) and when its window ends: the
client's next such events, now under the token, are known to be counted
already, and the first count writes one window, not two.
The cookie reads `<token>.<mark>.<end of the window, in ms, base 36>`, or
just the token when the first request counted nothing. Editing it can only
keep one's own views from counting.
"""

import functools
import hashlib
import re
import secrets
from dataclasses import dataclass, replace

from cachetools import LRUCache
from crawlerdetect.providers import crawlers, exclusions
from django.conf import settings
from django.utils.http import base36_to_int, int_to_base36

from cms.proxies import client_address

from .caches import WorkerCache
from .counters.events import MARK_LENGTH, Event

# Bots are told by CrawlerDetect's list: the patterns of JayBizzle/Crawler-Detect
# (some 1,460 crawlers, previewers, monitors, HTTP libraries and headless
# browsers, and the browser tokens to ignore first), kept by its maintainers,
# who also drop patterns that catch real browsers, and shipped in each release
# of the `crawlerdetect` package (pinned in requirements.txt). It was chosen
# over the crawler-user-agents list, which misses `Java/`, `PostmanRuntime` and
# an upper-case `CURL/`, and takes an Android build (AP3A.240617.008, on many
# OPPO phones) for a crawler, so Instagram's in-app browser there would not
# count; over ua-parser, whose "Spider" misses every HTTP library above; and
# over device-detector (Matomo's lists), 20 MB with three compiled
# dependencies to parse far more than this needs. The package's own matcher is too slow on hostile agents to use as it
# is (see _list_chunks); its list is used as it is.
#
# What the list misses, this site adds; searched in the lowered agent.
SUPPLEMENT_BOTS = re.compile(
    r"^node$"  # Node's own fetch (its older versions send "undici", which the list has)
    r"|^deno/|^bun/"  # the fetch of Deno and of Bun
    r"|^java-http-client/"  # Java's java.net.http client (the list has HttpURLConnection's "Java/")
    r"|cardyb"  # Bluesky's link-card fetcher
)
# What the list takes for a bot in a real browser's agent, removed before the
# list is searched, as the list's own exclusions are: the carrier's name in
# Facebook's in-app browser ("FBCR/OrangeBotswana" has "bot" in it).
SUPPLEMENT_EXCLUSIONS = re.compile(r"FBCR/[^;\]]*", re.IGNORECASE)
# Long enough for every real browser; bounds the matching work on hostile input.
MAX_USER_AGENT = 512
# Verdicts kept per worker: real agents repeat, so most requests only look one
# up. At most this many agents of MAX_USER_AGENT characters: a few megabytes.
MAX_VERDICTS = 10_000
# Patterns per compiled chunk of the list (see _list_chunks): of 10 to 100,
# 16 to 25 measured fastest.
LIST_CHUNK = 20
VISITOR_COOKIE = re.compile(rf"^([A-Za-z0-9_-]{{16,64}})(?:\.([0-9a-f]{{{MARK_LENGTH}}})\.([0-9a-z]{{1,12}}))?$")

_verdicts = WorkerCache(LRUCache(maxsize=MAX_VERDICTS))
# A leading [...]* can match the empty string, so it changes where a search
# finds a match but never whether it finds one.
_LEADING_STARRED_CLASS = re.compile(r"^\[(?:\\.|[^\\\]])+\]\*")
# An escaped letter or digit other than \d, \s, \w and \b (\D, \x41, \1, ...)
# can mean something else once lowered.
_CASED_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[^\W_dswb]")


def is_bot(user_agent: str) -> bool:
    """
    Whether a client sending this User-Agent is a bot, never counted: an
    empty agent, or one the list or the supplement names. Only the first
    MAX_USER_AGENT characters are read; verdicts are kept per worker.
    """
    agent = (user_agent or "").strip()[:MAX_USER_AGENT]
    if not agent:
        return True
    verdict = _verdicts.get(agent)
    if verdict is None:
        verdict = matches_bot_list(agent)
        _verdicts.set(agent, verdict)
    return verdict


def matches_bot_list(user_agent: str) -> bool:
    """Whether the supplement or CrawlerDetect's list names `user_agent`, as CrawlerDetect would (not cached)."""
    if SUPPLEMENT_BOTS.search(user_agent.lower()):
        return True
    agent = _list_exclusions().sub("", SUPPLEMENT_EXCLUSIONS.sub("", user_agent))
    if not agent:
        return False
    agent = agent.lower()
    return any(chunk.search(agent) for chunk in _list_chunks())


@functools.cache
def _list_exclusions() -> re.Pattern:
    return re.compile("|".join(exclusions.data), re.IGNORECASE)


@functools.cache
def _list_chunks() -> tuple[re.Pattern, ...]:
    """
    The list's patterns, compiled in chunks for searching a lowered agent.

    CrawlerDetect's own matcher searches one case-insensitive pattern of all
    1,460 alternatives, trying each at every position of the agent: about
    0.5 ms for a browser's agent, and 20 ms for a hostile one (a word of 500
    letters), which any client could send on every request. Lowered, sorted
    and cut into chunks, each chunk skips ahead to the characters its
    patterns can start with, which IGNORECASE prevents: about 60 µs and
    0.5 ms (bench/bots.py prints both). The verdicts are the same; a test
    compares them.
    """
    patterns = sorted(_for_lowered_agent(pattern) for pattern in crawlers.data)
    return tuple(
        re.compile("|".join(patterns[start : start + LIST_CHUNK])) for start in range(0, len(patterns), LIST_CHUNK)
    )


def _for_lowered_agent(pattern: str) -> str:
    """`pattern`, finding in a lowered agent what it finds case-insensitively in the agent."""
    pattern = _LEADING_STARRED_CLASS.sub("", pattern)
    return f"(?i:{pattern})" if _CASED_ESCAPE.search(pattern) else pattern.lower()


@dataclass(frozen=True)
class Client:
    """A counted client, and the visitor token to hand out when it had none."""

    key: str
    is_bot: bool
    new_token: str | None = None
    # From the cookie: the mark of the client's first counted event, and when its window ends (ms since 1970).
    first: tuple[str, int] | None = None

    def event(self, kind: str, edition_id: int, *, network: str = "") -> Event:
        """An event of this client, to count."""
        return Event(
            kind=kind,
            edition_id=edition_id,
            client=self.key,
            network=network,
            new=self.new_token is not None,
            first=self.first,
        )


def client_from_request(request) -> Client:
    """
    Identify the client of `request` for counting: its visitor cookie, else
    its address and agent together. A client without the cookie is given a
    new random one, which remember_client hands out with the window of the
    event it counted, so its next request, carrying the cookie, is the same
    client in the same window.
    """
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:MAX_USER_AGENT]
    bot = is_bot(user_agent)
    cookie = VISITOR_COOKIE.match(request.COOKIES.get(settings.VISITOR_COOKIE_NAME, ""))
    if cookie:
        token, mark, end = cookie.groups()
        first = (mark, base36_to_int(end)) if mark else None
        return Client(key=f"v:{token}", is_bot=bot, first=first)
    # The address as a trusted proxy forwards it, else REMOTE_ADDR (cms/proxies.py).
    key = "a:" + hashlib.blake2b(f"{client_address(request)}\x1f{user_agent}".encode(), digest_size=16).hexdigest()
    return Client(key=key, is_bot=bot, new_token=None if bot else secrets.token_urlsafe(18))


def remember_client(response, client: Client, counted: Event | None = None) -> None:
    """
    Hand out the visitor cookie chosen for a client that had none, with the
    window of `counted`, the event of this request if it counted.
    """
    if not client.new_token:
        return
    value = client.new_token
    if counted is not None:
        # The event as the token's client: how its next requests will be seen.
        mark = replace(counted, client=f"v:{value}").mark
        value = f"{value}.{mark}.{int_to_base36(counted.window_end_ms(settings.COUNT_WINDOW_SECONDS))}"
    response.set_cookie(
        settings.VISITOR_COOKIE_NAME,
        value,
        max_age=settings.VISITOR_COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=not settings.DEBUG and settings.SESSION_COOKIE_SECURE,
    )
