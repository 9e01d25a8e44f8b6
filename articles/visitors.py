"""
Who is reading: the client identity that views and shares are counted by.

A client is its visitor cookie when it sends one, else its IP address and user
agent together. Known crawlers and empty user agents are bots and never count.

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

import hashlib
import re
import secrets
from dataclasses import dataclass, replace

from django.conf import settings
from django.utils.http import base36_to_int, int_to_base36

from cms.proxies import client_address

from .counters.events import MARK_LENGTH, Event

# Substrings of the user agents of crawlers, link previewers and monitors, in
# lower case: searched in the lowered agent, some ten times faster than IGNORECASE.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|"
    r"embedly|quora link preview|pinterest|vkshare|whatsapp|telegrambot|skypeuripreview|"
    r"bingpreview|mediapartners|adsbot|feedfetcher|feedparser|lighthouse|pingdom|"
    r"uptimerobot|statuscake|python-requests|python-urllib|go-http-client|wget|curl/|"
    r"httpclient|okhttp|scrapy|ia_archiver|yandex|baidu|"
    r"duckduckgo|petalbot|semrush|ahrefs|mj12|dotbot|bytespider|gptbot|ccbot|claudebot|"
    r"perplexity|applebot|amazonbot|dataforseo|seznam"
)
# Long enough for every real browser; bounds the regex work on hostile input.
MAX_USER_AGENT = 512
VISITOR_COOKIE = re.compile(rf"^([A-Za-z0-9_-]{{16,64}})(?:\.([0-9a-f]{{{MARK_LENGTH}}})\.([0-9a-z]{{1,12}}))?$")


def is_bot(user_agent: str) -> bool:
    user_agent = (user_agent or "").strip()[:MAX_USER_AGENT]
    return not user_agent or bool(BOT_PATTERN.search(user_agent.lower()))


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
