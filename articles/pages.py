"""
Rendering of the reader pages, with the rendered HTML cached per worker.

A page is cached under a key made of everything it shows that can change
(the article's last save, which editions are live, the publication time),
so an edit is visible at once on every worker without any invalidation
message. What is per request, the counters, is written into the cached
HTML on the way out: the page holds nothing else of one reader's (the share
forms carry no CSRF token, see cms/origins.py). The header strips, footer and "Most
read" block inside it may lag by at most PAGE_SECONDS.

The cache is a plain bounded dictionary in the worker's memory, not one of
Django's cache backends: what it holds is immutable and read on every
request, and the local-memory backend would unpickle a whole page each time.
"""

import re
import secrets
import time
from dataclasses import dataclass
from datetime import datetime

from cachetools import TLRUCache, TTLCache
from django.conf import settings
from django.db.models import F
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, override

from catalogs import runtime
from photos.selectors import Picture, renditions_for

from . import selectors, seo
from .caches import WorkerCache
from .models import Edition
from .sharing import NETWORKS
from .texts import EditionText

PAGE_SECONDS = 60
MAX_PAGES = 1000
# Markers unique to this process, so no text an author writes can collide.
_NONCE = secrets.token_hex(8)
VIEWS_MARK = f"views-{_NONCE}"
SHARES_MARK = f"shares-{_NONCE}"
# Where the breaking-news band goes on every cached page: it ends at its time, whatever the page's version.
BAND_MARK = f"band-{_NONCE}"
_VIEWS, _SHARES, _BAND = (mark.encode() for mark in (VIEWS_MARK, SHARES_MARK, BAND_MARK))
_MARKS = re.compile(b"(" + b"|".join((_VIEWS, _SHARES, _BAND)) + b")")


def _weight(value) -> int:
    """What a cached page costs the worker: its bytes (the article's parts, or the list's)."""
    return sum(map(len, value.parts if isinstance(value, CachedList) else value))


# Bounded in bytes, not entries: one article can be megabytes. Read on each
# clear(), so a changed PAGE_CACHE_BYTES applies then.
_pages = WorkerCache(lambda: TTLCache(maxsize=settings.PAGE_CACHE_BYTES, ttl=PAGE_SECONDS, getsizeof=_weight))
# Read when a state is stored, so a changed setting applies to the next one.
_states = WorkerCache(TLRUCache(maxsize=MAX_PAGES, ttu=lambda _key, _value, now: now + settings.PAGE_RECHECK_SECONDS))


def clear() -> None:
    """Forget every page and article state this worker holds."""
    _pages.clear()
    _states.clear()
    _band.clear()
    _version_checked.update(at=float("-inf"), version=None)


def _key(kind: str, *parts) -> tuple:
    # The catalog version: an edited interface string must show on cached pages too.
    return (kind, *parts, runtime.loaded_version())


def _split(html: str) -> tuple[bytes, ...]:
    """The page as bytes, split so that the odd items are the markers to fill in."""
    return tuple(_MARKS.split(html.encode()))


def _fill(parts: tuple[bytes, ...], *, language: str, views: int = 0, shares: int = 0) -> bytes:
    if len(parts) == 1:
        return parts[0]
    values = {_VIEWS: str(views).encode(), _SHARES: str(shares).encode(), _BAND: band_html(language).encode()}
    return b"".join(values[part] if index % 2 else part for index, part in enumerate(parts))


# The breaking editions, read from the shared cache at most every PAGE_RECHECK_SECONDS per worker.
_band = WorkerCache(TLRUCache(maxsize=1, ttu=lambda _key, _value, now: now + settings.PAGE_RECHECK_SECONDS))


def band_html(language: str) -> str:
    """The breaking-news band of `language` at this moment, linking to the edition; empty when none is breaking."""
    editions = _band.get("editions", _MISSING) if settings.PAGE_RECHECK_SECONDS > 0 else _MISSING
    if editions is _MISSING:
        editions = selectors.breaking_editions()
        _band.set("editions", editions)
    if not editions:  # most of the time: no clock to read
        return ""
    breaking = selectors.breaking_in(editions, language=language)
    if breaking is None:
        return ""
    return render_to_string("includes/breaking.html", {"breaking": breaking})


def article_page(request, *, state: selectors.ArticleState, live, language: str, views: int, shares: int) -> bytes:
    """The article page's HTML for `request`: its published text, rendered once per version and worker."""
    edition = state.editions[language]
    # The versions of what the page shows: this edition's published text and
    # state, and the other live editions' addresses for the switcher. Nothing of
    # the request's headers: its absolute links are the site's own (SITE_URL).
    key = _key(
        "article",
        state.pk,
        language,
        get_language(),
        edition.updated_at,
        tuple((code, state.editions[code].slug) for code in live),
    )
    parts = _pages.get(key)
    if parts is None:
        # The article's category comes with the edition (a join), in this language.
        published = (
            Edition.objects.filter(pk=edition.id)
            .annotate(
                category_id=F("article__category_id"),
                category_name=F(f"article__category__name_{language}"),
                category_slug=F(f"article__category__slug_{language}"),
            )
            .first()
        )
        if published is None:  # deleted since this worker last looked
            raise Http404("No such article.")
        html = render_edition(
            request,
            text=EditionText.from_edition(published),
            category=_category_link(published.category_id, published.category_name, published.category_slug),
            article_id=state.pk,
            published_at=published.published_at,
            modified_at=published.text_published_at,
            url=published.get_absolute_url(),
            switcher=selectors.article_switcher(state=state, current=language, live=live),
        )
        parts = _split(html)
        _pages.set(key, parts)
    return _fill(parts, language=language, views=views, shares=shares)


def preview_page(request, *, article, language: str, expires_at=None) -> str:
    """
    The working text of `article` in `language` as readers would see it once
    published, for an editor or a preview link (which works until
    `expires_at`, said in the banner): not cached, not counted.
    """
    edition = Edition.objects.filter(article=article, language=language).first()
    state = selectors.article_state(pk=article.pk)
    live = tuple(code for code in state.live_at(timezone.now()) if code != language) if state else ()
    category = article.category
    with override(language):
        return render_edition(
            request,
            text=EditionText.from_working(article, language),
            category=_category_link(
                category and category.pk,
                category and getattr(category, f"name_{language}", ""),
                category and getattr(category, f"slug_{language}", ""),
            ),
            article_id=article.pk,
            published_at=edition.published_at if edition else None,
            url=article.get_absolute_url(language),
            switcher=selectors.article_switcher(
                state=state or selectors.ArticleState(pk=article.pk, editions={}),
                current=language,
                live=live,
                current_url=article.get_absolute_url(language),
            ),
            preview=True,
            preview_expires=expires_at,
            views=edition.views if edition else 0,
            shares=edition.shares if edition else 0,
        )


def _category_link(pk, name, slug) -> selectors.CategoryLink | None:
    """The article's category as its page links to it; None when it has none, or none named in this language."""
    if not (pk and name and slug):
        return None
    return selectors.CategoryLink(pk=pk, name=name, url=reverse("articles:category", kwargs={"slug": slug}))


@dataclass(frozen=True)
class ArticlePage:
    """What the article template shows of an edition: its text, where it lives, and its figures."""

    text: EditionText
    article_id: int
    url: str
    published_at: datetime | None
    views: object
    shares: object
    # The renditions of the photos it shows, read once (photos.selectors.renditions_for).
    pictures: dict[str, Picture]
    category: selectors.CategoryLink | None = None


def render_edition(
    request,
    *,
    text: EditionText,
    article_id,
    published_at,
    url,
    switcher,
    category=None,
    modified_at=None,
    preview=False,
    preview_expires=None,
    views=None,
    shares=None,
) -> str:
    """
    Render the article template for `text`, a published text or, for a
    preview, a working one; the counters are markers unless they are given.
    """
    page = ArticlePage(
        text=text,
        article_id=article_id,
        url=url,
        published_at=published_at,
        views=VIEWS_MARK if views is None else views,
        shares=SHARES_MARK if shares is None else shares,
        pictures=renditions_for(text.photo_names),
        category=category,
    )
    context = {
        "page": page,
        "head": seo.article_head(
            text=text,
            url=url,
            live_urls={link.language: link.url for link in switcher if link.url},
            pictures=page.pictures,
            published_at=published_at,
            modified_at=modified_at,
            preview=preview,
        ),
        "switcher": switcher,
        "networks": NETWORKS.values(),
        "most_read": [] if preview else selectors.most_read(language=text.language),
        # The band, filled in on the way out (a preview, not cached, has it from the context processor).
        **({} if preview else {"breaking_band": BAND_MARK}),
        # Related articles lag as "Most read" does (a minute in the shared cache): no query on a warm page.
        "related": []
        if preview or category is None
        else selectors.related(article_id=article_id, category_id=category.pk, language=text.language),
        "preview": preview,
        "preview_expires": preview_expires,
    }
    return render_to_string("articles/article_detail.html", context, request=request)


@dataclass(frozen=True)
class CachedList:
    parts: tuple[bytes, ...]
    version: tuple
    # The next scheduled publication or end of a pin: the page must change then.
    valid_until: datetime | None


_version_checked = {"at": float("-inf"), "version": None}


def _content_version() -> tuple:
    # Asked of the database at most every PAGE_RECHECK_SECONDS per worker: on
    # PostgreSQL the round trip is most of what a cached list page costs.
    now = time.monotonic()
    if now - _version_checked["at"] >= settings.PAGE_RECHECK_SECONDS:
        _version_checked.update(at=now, version=selectors.content_version())
    return _version_checked["version"]


def article_state(pk: int):
    """
    The article's editions as selectors.article_state reads them, kept per
    worker for PAGE_RECHECK_SECONDS: publication times are compared with the
    clock on every request, so a scheduled edition still goes live on time.
    """
    if settings.PAGE_RECHECK_SECONDS <= 0:
        return selectors.article_state(pk=pk)
    state = _states.get(pk, _MISSING)
    if state is _MISSING:
        state = selectors.article_state(pk=pk)
        _states.set(pk, state)
    return state


_MISSING = object()


def list_page(request, *, language: str, page: str) -> bytes:
    """
    The list page's HTML, rendered once per worker until an article or
    edition changes (seen within PAGE_RECHECK_SECONDS), or a scheduled
    edition comes due (at once).
    """
    number = _page_number(page)
    return _listing(
        request,
        key=_key("list", language, get_language(), number),
        language=language,
        template="articles/article_list.html",
        context=lambda: _list_context(language=language, page=number),
    )


def category_page(request, *, language: str, slug: str, page: str) -> bytes:
    """
    A category's page of `language`, cached as the list page is; 404 for a
    slug no category has there (not cached: only real pages take room).
    """
    number = _page_number(page)
    return _listing(
        request,
        key=_key("category", language, get_language(), slug, number),
        language=language,
        template="articles/category.html",
        context=lambda: _category_context(language=language, slug=slug, page=number),
    )


def _listing(request, *, key, language: str, template: str, context) -> bytes:
    version = _content_version()
    now = timezone.now()
    cached = _pages.get(key)
    if cached is not None and cached.version == version and (cached.valid_until is None or now < cached.valid_until):
        return _fill(cached.parts, language=language)
    parts = _split(render_to_string(template, {**context(), "breaking_band": BAND_MARK}, request=request))
    valid_until = selectors.next_list_change(language=language, after=now)
    _pages.set(key, CachedList(parts=parts, version=version, valid_until=valid_until))
    return _fill(parts, language=language)


def _page_number(page: str) -> int:
    """
    The page asked for. Only plain digits name one ("01" is page 1, one cache
    entry); anything else that int() would take ("0_1", " 1", "+1", other
    scripts' digits) is a 404, so nobody can fill the cache with one page.
    """
    if not (page.isascii() and page.isdigit() and len(page) <= 9):
        raise Http404("No such page.")
    return int(page)


@dataclass(frozen=True)
class ListPage:
    """
    One page of a list, as the pagination template reads it (the names of
    Django's Page): found without counting the list, so a page costs the same
    at a hundred thousand articles as at a thousand. A COUNT(*) of the live
    editions read every one of them: 70 ms at 100,000 articles on PostgreSQL.
    """

    number: int
    object_list: list
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    def previous_page_number(self) -> int:
        return self.number - 1

    def next_page_number(self) -> int:
        return self.number + 1


def list_page_of(editions, page: int, *, per_page: int) -> ListPage:
    """
    Page `page` of `editions`, read as `per_page` + 1 rows: the one more says
    whether there is a next page. A page past the end is a 404, the first
    page never (an empty edition has one, saying so).
    """
    if page < 1:
        raise Http404("No such page.")
    start = (page - 1) * per_page
    rows = list(editions[start : start + per_page + 1])
    if page > 1 and not rows:
        raise Http404("No such page.")
    return ListPage(number=page, object_list=rows[:per_page], has_next=len(rows) > per_page)


def _paginated(editions, page: int, *, on_top=()) -> dict:
    """
    A page of `editions` as the card list shows it, `on_top` of the first
    page above them; a bad page (zero, past the end) is a 404, never a 500.
    """
    page_obj = list_page_of(editions, page, per_page=settings.ARTICLES_PER_PAGE)
    articles = [*(on_top if page == 1 else ()), *page_obj.object_list]
    return {
        "articles": articles,
        # One query for the thumbnails of the whole page, none when no article has a cover.
        "pictures": renditions_for(edition.cover for edition in articles),
        "page_obj": page_obj,
        "is_paginated": page_obj.has_other_pages(),
    }


def _list_context(*, language: str, page: int) -> dict:
    """
    What the list template shows: the pinned editions on top of page 1, then
    the others, newest first; page 1 has the categories' blocks below them.
    """
    pinned = selectors.pinned(language=language)
    others = selectors.unpinned(language=language, pinned_ids=[edition.pk for edition in pinned])
    paginated = _paginated(others, page, on_top=pinned)
    categories = selectors.categories_named(language=language)
    blocks = []
    if page == 1 and categories:
        shown = [edition.pk for edition in paginated["articles"]]
        blocks = selectors.category_blocks(language=language, categories=categories, shown=shown)
    return {
        **paginated,
        # Read once for the navigation and the blocks.
        "nav_categories": categories,
        "blocks": blocks,
        "head": seo.list_head(language=language, page=page),
        "switcher": selectors.language_switcher(
            current=language, urls={code: f"/{code}/" for code in selectors.LANGUAGE_CODES}
        ),
        "most_read": selectors.most_read(language=language),
    }


def _category_context(*, language: str, slug: str, page: int) -> dict:
    """What the category template shows; the switcher lands on the same category in each language it is named in."""
    category = selectors.category_get(slug=slug, language=language)
    urls = selectors.category_urls(category)
    name = getattr(category, f"name_{language}")
    return {
        **_paginated(selectors.category_articles(category=category, language=language), page),
        "category": category,
        "category_name": name,
        "current_category": category.pk,
        "feed_url": reverse("articles:category-feed", kwargs={"slug": slug}),
        "head": seo.category_head(name=name, language=language, page=page, urls=urls),
        "switcher": selectors.language_switcher(current=language, urls=urls),
        "most_read": selectors.most_read(language=language),
    }
