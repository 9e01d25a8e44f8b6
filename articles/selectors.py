"""Reads shared by the reader pages, the feed, the sitemap and the admin."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone

from .models import Article, Edition, Section, SiteSettings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def article_list(*, language: str):
    """Published articles in `language`, newest first, with their edition's figures."""
    return Article.objects.published(language).only(
        "id", "cover", f"title_{language}", f"slug_{language}", f"lead_{language}"
    )


def article_get_published(*, pk: int, language: str) -> Article:
    """The article `pk` as published in `language`, with its sections; 404 otherwise."""
    sections = Section.objects.only("id", "article_id", "position", "level", f"heading_{language}", f"body_{language}")
    return get_object_or_404(
        Article.objects.published(language).prefetch_related(Prefetch("sections", queryset=sections)),
        pk=pk,
    )


def article_get_any(*, pk: int) -> Article:
    """The article `pk` whatever its state, with its editions; 404 when it does not exist."""
    return get_object_or_404(Article.objects.prefetch_related("editions", "sections"), pk=pk)


def article_live_languages(*, article: Article, at=None) -> list[str]:
    """The languages in which `article` is live, in the site's order."""
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


def article_switcher(*, article: Article, current: str) -> list[SwitcherLink]:
    """The switcher of an article page: each live edition of the same article."""
    editions = Edition.objects.filter(
        article=article,
        status=Edition.Status.PUBLISHED,
        published_at__lte=timezone.now(),
    ).values_list("language", flat=True)
    live = set(editions) | {current}
    urls = {code: article.get_absolute_url(code) for code in live if article.has_text(code)}
    return language_switcher(current=current, urls=urls)


def site_settings() -> SiteSettings | None:
    """The site-wide settings row, if the press secretary saved one."""
    return SiteSettings.objects.filter(pk=1).first()
