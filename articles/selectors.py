"""Reads shared by the reader pages, the feed, the sitemap and the admin."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone

from .models import Article, DailyCount, Edition, Section, SiteSettings

logger = logging.getLogger(__name__)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def article_list(*, language: str):
    """Published articles in `language`, newest first, with their edition's figures."""
    return Article.objects.published(language).only(
        "id", "cover", "updated_at", f"title_{language}", f"slug_{language}", f"lead_{language}"
    )


def article_sections(*, article: Article, language: str) -> list[Section]:
    """The sections of `article` that have text in `language`, in reading order."""
    sections = Section.objects.filter(article=article).only(
        "id", "article_id", "position", "level", f"heading_{language}", f"body_{language}"
    )
    return [section for section in sections if section.has_text(language)]


def article_get_published(*, pk: int, language: str) -> Article:
    """The article `pk` as published in `language`, with its edition's figures; 404 otherwise."""
    return get_object_or_404(Article.objects.published(language), pk=pk)


def article_get_any(*, pk: int) -> Article:
    """The article `pk` whatever its state, with its editions; 404 when it does not exist."""
    return get_object_or_404(Article.objects.prefetch_related("editions"), pk=pk)


@dataclass(frozen=True)
class ArticleState:
    """An article and all its language editions, as one query reads them."""

    article: Article
    editions: dict[str, Edition]
    live: tuple[str, ...]


def article_state(*, pk: int, at=None) -> ArticleState | None:
    """The article `pk` with its editions and the languages live at `at`; None if it has no edition."""
    at = at or timezone.now()
    editions = list(Edition.objects.filter(article_id=pk).select_related("article"))
    if not editions:
        return None
    article = editions[0].article
    by_language = {edition.language: edition for edition in editions}
    live = tuple(
        code
        for code in LANGUAGE_CODES
        if code in by_language and by_language[code].is_live(at) and article.has_text(code)
    )
    return ArticleState(article=article, editions=by_language, live=live)


def article_live_languages(*, article: Article, at=None) -> list[str]:
    """The languages in which `article` is live, in the site's order (editions prefetched)."""
    at = at or timezone.now()
    live = {
        edition.language
        for edition in article.editions.all()
        if edition.is_live(at) and article.has_text(edition.language)
    }
    return [code for code in LANGUAGE_CODES if code in live]


@dataclass(frozen=True)
class SwitcherLink:
    language: str
    label: str
    url: str | None
    current: bool


def language_switcher(*, current: str, urls: dict[str, str]) -> list[SwitcherLink]:
    """One link per site language; `urls` maps the languages that have a target to it."""
    return [
        SwitcherLink(
            language=code,
            label=settings.LANGUAGE_LABELS[code],
            url=urls.get(code),
            current=code == current,
        )
        for code in LANGUAGE_CODES
    ]


def article_switcher(*, article: Article, current: str, live) -> list[SwitcherLink]:
    """The switcher of an article page: the same article in each language it is live in."""
    urls = {code: article.get_absolute_url(code) for code in {*live, current} if article.has_text(code)}
    return language_switcher(current=current, urls=urls)


def most_read(*, language: str, days: int = 7, limit: int = 5) -> list[Article]:
    """
    The `limit` live articles of `language` with the most views in the last
    `days` days (today included); cached for a minute in the shared cache.
    """
    key = f"most-read:{language}:{days}:{limit}:{timezone.localdate().isoformat()}"
    return _cached(key, 60, lambda: _most_read(language=language, days=days, limit=limit))


def _most_read(*, language: str, days: int, limit: int) -> list[Article]:
    since = timezone.localdate() - timedelta(days=days - 1)
    ranked = list(
        DailyCount.objects.filter(day__gte=since, edition__language=language, views__gt=0)
        .values("edition__article_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-edition__article_id")[: limit * 2]
        .values_list("edition__article_id", "total")
    )
    order = {article_id: rank for rank, (article_id, _total) in enumerate(ranked)}
    return sorted(article_list(language=language).filter(pk__in=order), key=lambda article: order[article.pk])[:limit]


def article_daily_counts(*, article: Article, days: int) -> list[tuple]:
    """
    The last `days` days with views or shares of `article`, newest first, as
    (day, {language: (views, shares)}).
    """
    since = timezone.localdate() - timedelta(days=days - 1)
    rows = (
        DailyCount.objects.filter(edition__article=article, day__gte=since)
        .values_list("day", "edition__language", "views", "shares")
        .order_by("-day")
    )
    by_day: dict = {}
    for day, language, views, shares in rows:
        by_day.setdefault(day, {})[language] = (views, shares)
    return list(by_day.items())


def _cached(key: str, timeout: int, compute):
    """`compute()`, kept in the shared cache for `timeout` seconds; a failing cache only costs the computation."""
    try:
        value = cache.get(key)
    except Exception:
        logger.warning("cache unavailable for %s", key, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, timeout=timeout)
        except Exception:
            logger.warning("cache unavailable for %s", key, exc_info=True)
    return value


def site_settings() -> SiteSettings | None:
    """The site-wide settings row, if the press secretary saved one."""
    return SiteSettings.objects.filter(pk=1).first()
