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

from django.core.cache import caches
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.translation import get_language

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
    return f"{kind}:" + hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()


def _fill(html: str, request, *, views: int, shares: int) -> str:
    html = html.replace(VIEWS_MARK, str(views)).replace(SHARES_MARK, str(shares))
    return CSRF_INPUT.sub(lambda m: f"{m[1]}{get_token(request)}{m[2]}", html)


def article_page(request, *, article: Article, language: str, live, published_at, views: int, shares: int) -> str:
    """The article page's HTML for `request`, rendered once per version and worker."""
    key = _key(
        "article",
        *[
            request.get_host(),
            str(article.pk),
            language,
            get_language(),
            article.updated_at.isoformat(),
            ",".join(live),
            published_at.isoformat() if published_at else "-",
        ],
    )
    html = _page_cache().get(key)
    if html is None:
        html = render_article(request, article=article, language=language, live=live, published_at=published_at)
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


def list_page(request, *, context: dict, signature: str) -> str:
    """The list page's HTML, rendered once per content signature and worker."""
    key = _key("list", request.get_host(), get_language(), signature)
    html = _page_cache().get(key)
    if html is None:
        html = render_to_string("articles/article_list.html", context, request=request)
        _page_cache().set(key, html, timeout=PAGE_SECONDS)
    return html
