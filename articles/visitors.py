"""
Who is reading: the client identity that views and shares are counted by.

A client is its visitor cookie when it sends one, else its IP address and user
agent together. Known crawlers and empty user agents are bots and never count.
"""

import base64
import hashlib
import re
from dataclasses import dataclass

from django.conf import settings

# Substrings of the user agents of crawlers, link previewers and monitors.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|"
    r"embedly|quora link preview|pinterest|vkshare|whatsapp|telegrambot|skypeuripreview|"
    r"bingpreview|mediapartners|adsbot|feedfetcher|feedparser|lighthouse|pingdom|"
    r"uptimerobot|statuscake|python-requests|python-urllib|go-http-client|wget|curl/|"
    r"httpclient|okhttp|scrapy|ia_archiver|yandex|baidu|"
    r"duckduckgo|petalbot|semrush|ahrefs|mj12|dotbot|bytespider|gptbot|ccbot|claudebot|"
    r"perplexity|applebot|amazonbot|dataforseo|seznam",
    re.IGNORECASE,
)
# Long enough for every real browser; bounds the regex work on hostile input.
MAX_USER_AGENT = 512
VISITOR_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def is_bot(user_agent: str) -> bool:
    user_agent = (user_agent or "").strip()[:MAX_USER_AGENT]
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


@dataclass(frozen=True)
class Client:
    """A counted client, and the visitor token to hand out when it had none."""

    key: str
    is_bot: bool
    new_token: str | None = None


def _first_contact_token(address: str, user_agent: str) -> str:
    # The token a client without a cookie is counted by, and then given: its
    # next request, with the cookie, is the same client in the same window.
    digest = hashlib.blake2b(
        f"{address}\x1f{user_agent}".encode(), key=settings.SECRET_KEY.encode()[:64], digest_size=18
    )
    return base64.urlsafe_b64encode(digest.digest()).decode()


def client_from_request(request) -> Client:
    """Identify the client of `request` for counting: its visitor cookie, else its address and agent."""
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:MAX_USER_AGENT]
    bot = is_bot(user_agent)
    token = request.COOKIES.get(settings.VISITOR_COOKIE_NAME, "")
    if VISITOR_TOKEN.match(token):
        return Client(key=token, is_bot=bot)
    token = _first_contact_token(request.META.get("REMOTE_ADDR", ""), user_agent)
    return Client(key=token, is_bot=bot, new_token=None if bot else token)


def remember_client(response, client: Client) -> None:
    """Hand out the visitor cookie chosen for a client that had none."""
    if client.new_token:
        response.set_cookie(
            settings.VISITOR_COOKIE_NAME,
            client.new_token,
            max_age=settings.VISITOR_COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=not settings.DEBUG and settings.SESSION_COOKIE_SECURE,
        )
