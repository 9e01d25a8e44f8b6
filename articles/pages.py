"""
Rendering of the reader pages, with the rendered HTML cached per worker.

A page is cached under a key made of everything it shows that can change
(the article's last save, which editions are live, the publication time),
so an edit is visible at once on every worker without any invalidation
message. What is per request, the counters and the CSRF token, is written
into the cached HTML on the way out. The header strips, footer and "Most
read" block inside it may lag by at most PAGE_SECONDS.
"""

import hashlib
import re
import secrets
import time
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import caches
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from catalogs import runtime

from . import selectors
from .models import Article
from .sharing import NETWORKS

PAGE_SECONDS = 60
# Markers unique to this process, so no text an author writes can collide.
_NONCE = secrets.token_hex(8)
VIEWS_MARK = f"views-{_NONCE}"
SHARES_MARK = f"shares-{_NONCE}"
CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')


def _page_cache():
    return caches["pages"]


def _key(kind: str, *parts: str) -> str:
    # The catalog version: an edited interface string must show on cached pages too.
    parts = (*parts, str(runtime.loaded_version()))
    return f"{kind}:" + hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()


def _fill(html: str, request, *, views: int, shares: int) -> str:
    html = html.replace(VIEWS_MARK, str(views)).replace(SHARES_MARK, str(shares))
    # One masked token serves every form of the page; masking is not free.
    token = get_token(request)
    return CSRF_INPUT.sub(lambda m: f"{m[1]}{token}{m[2]}", html)


def article_page(request, *, state: selectors.ArticleState, live, language: str, views: int, shares: int) -> str:
    """The article page's HTML for `request`, rendered once per version and worker."""
    edition = state.editions[language]
    key = _key(
        "article",
        request.get_host(),
        str(state.pk),
        language,
        get_language(),
        state.updated_at.isoformat(),
        ",".join(live),
        edition.published_at.isoformat(),
    )
    html = _page_cache().get(key)
    if html is None:
        article = Article.objects.filter(pk=state.pk).first()
        if article is None:  # deleted since this worker last looked
            raise Http404("No such article.")
        html = render_article(request, article=article, language=language, live=live, published_at=edition.published_at)
        _page_cache().set(key, html, timeout=PAGE_SECONDS)
    return _fill(html, request, views=views, shares=shares)


def render_article(request, *, article, language, live, published_at, preview=False, views=None, shares=None):
    """Render the article template; counters are markers unless given."""
    article.published_at = published_at
    article.views = VIEWS_MARK if views is None else views
    article.shares = SHARES_MARK if shares is None else shares
    return render_to_string(
        "articles/article_detail.html",
        {
            "article": article,
            "sections": selectors.article_sections(article=article, language=language),
            "switcher": selectors.article_switcher(article=article, current=language, live=live),
            "networks": NETWORKS.values(),
            "most_read": [] if preview else selectors.most_read(language=language),
            "preview": preview,
        },
        request=request,
    )


@dataclass(frozen=True)
class CachedList:
    html: str
    version: tuple
    # The next scheduled publication: the page must show it from then on.
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
    key = f"state:{pk}"
    state = _page_cache().get(key, _MISSING)
    if state is _MISSING:
        state = selectors.article_state(pk=pk)
        _page_cache().set(key, state, timeout=settings.PAGE_RECHECK_SECONDS)
    return state


_MISSING = object()


def list_page(request, *, language: str, page: str) -> str:
    """
    The list page's HTML, rendered once per worker until an article or
    edition changes (seen within PAGE_RECHECK_SECONDS), or a scheduled
    edition comes due (at once).
    """
    key = _key("list", request.get_host(), language, get_language(), page)
    version = _content_version()
    now = timezone.now()
    cached = _page_cache().get(key)
    if cached is not None and cached.version == version and (cached.valid_until is None or now < cached.valid_until):
        return cached.html
    html = render_to_string("articles/article_list.html", _list_context(language=language, page=page), request=request)
    _page_cache().set(
        key,
        CachedList(html=html, version=version, valid_until=selectors.next_scheduled(language=language, after=now)),
        timeout=PAGE_SECONDS,
    )
    return html


def _list_context(*, language: str, page: str) -> dict:
    """What the list template shows; a bad page (zero, past the end, not a number) is a 404, never a 500."""
    paginator = Paginator(selectors.article_list(language=language), settings.ARTICLES_PER_PAGE)
    try:
        page_obj = paginator.page(page)
    except InvalidPage:
        raise Http404("No such page.") from None
    return {
        "articles": list(page_obj.object_list),
        "page_obj": page_obj,
        "paginator": paginator,
        "is_paginated": page_obj.has_other_pages(),
        "switcher": selectors.language_switcher(
            current=language, urls={code: f"/{code}/" for code in selectors.LANGUAGE_CODES}
        ),
        "most_read": selectors.most_read(language=language),
    }
