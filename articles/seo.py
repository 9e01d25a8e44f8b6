"""
What a search engine or a shared link reads of a reader page: its head.

The canonical address and the hreflang alternates (of the live editions
only, with x-default), Open Graph and the Twitter card, the meta
description, and on the article page a JSON-LD NewsArticle. Every address
is absolute, from SITE_URL, never from the request's Host: the head is part
of the cached page (articles/pages.py).
"""

import json
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, override

from photos.selectors import JPEG, WIDTH, Picture

from .texts import EditionText

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Open Graph names a locale, not a language: the country each edition is read in first.
OG_LOCALES = {"hy": "hy_AM", "ru": "ru_RU", "en": "en_US", "tr": "tr_TR"}
# About what a search result shows of a description; a longer lead is cut between words.
DESCRIPTION_LENGTH = 160
# The publisher's logo (static/img/logo.png), as NewsArticle's publisher names it.
LOGO = "img/logo.png"
LOGO_SIZE = (512, 512)
# Escaped inside a <script> data block so that no text can end it or start a
# comment there ("</script>", "<!--"), nor break a line for an old parser
# (U+2028, U+2029); JSON reads them back as the same characters.
_JSON_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def absolute(url: str) -> str:
    """`url` on the site's own address, unless it already names one."""
    return url if "://" in url else settings.SITE_URL + url


def site_time(value: datetime | None) -> str | None:
    """`value` in ISO 8601 with the site's zone (Asia/Yerevan, +04:00), as structured data wants it."""
    if value is None:
        return None
    return timezone.localtime(value, ZoneInfo(settings.TIME_ZONE)).isoformat(timespec="seconds")


def description(text: str) -> str:
    """`text` on one line, cut between words to at most DESCRIPTION_LENGTH characters, an ellipsis included."""
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    # Room for the ellipsis; the word the limit falls in is left out whole (a text of one long word is cut in it).
    cut = text[: DESCRIPTION_LENGTH - 1]
    if text[len(cut)] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:—–-") + "…"


def json_ld(data: dict) -> SafeString:
    """`data` as a JSON-LD script element that no value inside it can end."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    # Safe: every "<", ">" and "&" is escaped above, so the text cannot close the element.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@dataclass(frozen=True)
class Alternate:
    language: str
    url: str


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int
    alt: str = ""


@dataclass(frozen=True)
class Head:
    """The head of a reader page as search engines and link previews read it."""

    # Open Graph's og:type: "article" or "website".
    kind: str
    title: str
    description: str
    site_name: str
    locale: str
    # Absent on a page that must not be indexed (a preview): then no canonical, no alternates.
    canonical: str | None = None
    alternates: tuple[Alternate, ...] = ()
    x_default: str | None = None
    locale_alternates: tuple[str, ...] = ()
    image: Image | None = None
    # "summary_large_image" with a photo of 1200 × 630, "summary" with the logo.
    card: str = "summary"
    published_time: str | None = None
    modified_time: str | None = None
    # The article page's JSON-LD NewsArticle.
    structured_data: dict | None = None

    @property
    def indexable(self) -> bool:
        return self.canonical is not None

    @property
    def json_ld(self) -> SafeString:
        return json_ld(self.structured_data) if self.structured_data else SafeString("")


def site_name(language: str) -> str:
    with override(language):
        return gettext("Newsroom")


def logo() -> Image:
    return Image(url=absolute(static(LOGO)), width=LOGO_SIZE[0], height=LOGO_SIZE[1])


def _alternates(live_urls: dict[str, str]) -> tuple[Alternate, ...]:
    return tuple(Alternate(code, absolute(live_urls[code])) for code in LANGUAGE_CODES if code in live_urls)


def article_head(
    *,
    text: EditionText,
    url: str,
    live_urls: dict[str, str],
    pictures: dict[str, Picture],
    published_at: datetime | None,
    modified_at: datetime | None,
    preview: bool = False,
) -> Head:
    """
    The head of an article page in `text.language`: its alternates are the
    editions in `live_urls` (the live ones, this one among them); x-default
    is the default language's edition, else the first live one in the
    site's order. A preview is not indexed: no canonical, no alternates, no JSON-LD.
    """
    language = text.language
    name = site_name(language)
    picture = pictures.get(text.cover)
    social = picture.social if picture else None
    image = Image(absolute(social.url), social.width, social.height, text.cover_alt) if social else None
    canonical = None if preview else absolute(url)
    alternates = () if preview else _alternates(live_urls)
    x_default = None
    if alternates:
        x_default = next((a.url for a in alternates if a.language == settings.LANGUAGE_CODE), alternates[0].url)
    # Scheduled for later than its text was published: modified no earlier than published.
    modified_at = max(filter(None, [published_at, modified_at]), default=None)
    head = Head(
        kind="article",
        title=text.title,
        description=description(text.description),
        site_name=name,
        locale=OG_LOCALES[language],
        canonical=canonical,
        alternates=alternates,
        x_default=x_default,
        locale_alternates=tuple(OG_LOCALES[a.language] for a in alternates if a.language != language),
        image=image,
        card="summary_large_image" if image else "summary",
        published_time=site_time(published_at),
        modified_time=site_time(modified_at),
    )
    if preview:
        return head
    return replace(head, structured_data=_news_article(head, text=text, picture=picture))


def _news_article(head: Head, *, text: EditionText, picture: Picture | None) -> dict:
    """schema.org's NewsArticle for the page of `head`."""
    images = []
    if picture is not None:
        widest = picture.family(WIDTH, JPEG)
        images = [absolute(row.url) for row in [picture.social, widest[-1] if widest else None] if row]
    publisher = {
        "@type": "Organization",
        "name": head.site_name,
        "url": settings.SITE_URL + "/",
        "logo": {"@type": "ImageObject", "url": logo().url, "width": LOGO_SIZE[0], "height": LOGO_SIZE[1]},
    }
    # Contributors have no page of their own to link to: a name alone. Unsigned, the newsroom is its author.
    authors = [{"@type": "Person", "name": name} for name in text.byline if name]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": head.canonical},
        "url": head.canonical,
        "headline": text.title,
        "description": head.description,
        "image": images,
        "datePublished": head.published_time,
        "dateModified": head.modified_time,
        "author": authors or [{"@type": "Organization", "name": head.site_name, "url": settings.SITE_URL + "/"}],
        "publisher": publisher,
        "inLanguage": text.language,
    }
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def category_head(*, name: str, language: str, page: int, urls: dict[str, str]) -> Head:
    """
    The head of a category page named `name` in `language`: its first page
    has the same category in the other languages (`urls`) as alternates; a
    later page is its own canonical, as the list page's is.
    """
    with override(language):
        text = gettext("The latest articles in %(category)s, newest first.") % {"category": name}
    return _paged_head(title=name, description=text, language=language, page=page, urls=urls)


def list_head(*, language: str, page: int) -> Head:
    """
    The head of the list page of `language`: its first page has the other
    editions' lists as alternates and the site's root (which sends a reader
    to their language) as x-default; a later page is its own canonical, without
    alternates, since the other editions' page N holds other articles.
    """
    with override(language):
        title = gettext("Latest news")
        text = gettext("The latest articles of the newsroom, newest first.")
    urls = {code: f"/{code}/" for code in LANGUAGE_CODES}
    return _paged_head(title=title, description=text, language=language, page=page, urls=urls, x_default="/")


def _paged_head(
    *, title: str, description: str, language: str, page: int, urls: dict[str, str], x_default: str | None = None
) -> Head:
    # A list's page N holds other articles in each edition: only the first page has alternates.
    own = absolute(urls[language])
    first = page == 1
    alternates = _alternates(urls) if first else ()
    return Head(
        kind="website",
        title=title,
        description=description,
        site_name=site_name(language),
        locale=OG_LOCALES[language],
        canonical=own if first else f"{own}?page={page}",
        alternates=alternates,
        x_default=absolute(x_default) if first and x_default else None,
        locale_alternates=tuple(OG_LOCALES[a.language] for a in alternates if a.language != language),
        image=logo(),
    )
