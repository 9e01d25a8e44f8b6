"""Reads shared by the reader pages, the feed, the sitemap and the admin."""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, F, Max, OuterRef, Q, Subquery, Sum, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import override

from editorial.models import Activity

from .models import Article, Category, DailyCount, Edition, SiteSettings, TextRevision, has_text

logger = logging.getLogger(__name__)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


# What a list of editions shows: the published text's title, slug, lead, cover and byline.
LISTED = ("id", "article_id", "language", "title", "slug", "lead", "cover", "cover_alt", "byline", "published_at")


def article_list(*, language: str):
    """
    The editions of `language` readers see, newest first: their published
    text, and their article's category as `category_name` and `category_slug`
    in that language (empty when it has none there), from the same query.
    """
    return (
        Edition.objects.live(language)
        .only(*LISTED)
        .annotate(
            category_name=F(f"article__category__name_{language}"),
            category_slug=F(f"article__category__slug_{language}"),
        )
    )


def pinned(*, language: str, at=None) -> list[Edition]:
    """
    The live editions of `language` pinned at `at` (default: now), newest
    first: a few, read by the pins' index (each marked `pinned`).
    """
    at = at or timezone.now()
    # Filtered on the pin's time alone in SQL, so that every database reads
    # the pins' index (a few rows, whatever their language); with the
    # language and state in the query, SQLite walked the live editions'
    # index instead, all of them (100 ms at 100,000 articles). The language
    # and whether each is live are checked here.
    rows = (
        Edition.objects.filter(pinned_until__gt=at)
        .order_by()
        .only(*LISTED, "status")
        .annotate(
            category_name=F(f"article__category__name_{language}"),
            category_slug=F(f"article__category__slug_{language}"),
        )
    )
    editions = sorted(
        (edition for edition in rows if edition.language == language and edition.is_live(at)),
        key=lambda edition: (edition.published_at, edition.article_id),
        reverse=True,
    )
    for edition in editions:
        edition.pinned = True
    return editions


def unpinned(*, language: str, pinned_ids):
    """The live editions of `language` but those `pinned_ids`, newest first: the front page under its pins."""
    return article_list(language=language).exclude(pk__in=list(pinned_ids))


def category_get(*, slug: str, language: str) -> Category:
    """The category whose `language` slug is `slug` and which has a name there; 404 otherwise."""
    return get_object_or_404(Category.objects.filter(has_text(language, "name")), **{f"slug_{language}": slug})


def category_articles(*, category: Category, language: str):
    """The editions of `language` in `category` readers see, newest first (as article_list has them)."""
    return article_list(language=language).filter(article__category=category)


@dataclass(frozen=True)
class CategoryLink:
    pk: int
    name: str
    url: str


def categories_named(*, language: str) -> list[CategoryLink]:
    """The categories named in `language`, in their order, with their address there: one query."""
    rows = (
        Category.objects.filter(has_text(language, "name"), has_text(language, "slug"))
        .order_by("position", "pk")
        .values_list("pk", f"name_{language}", f"slug_{language}")
    )
    with override(language):
        return [
            CategoryLink(pk=pk, name=name, url=reverse("articles:category", kwargs={"slug": slug}))
            for pk, name, slug in rows
        ]


@dataclass(frozen=True)
class CategoryBlock:
    category: CategoryLink
    editions: list[Edition]


# The blocks are made of the newest live editions of a language, this many:
# the page costs the same at a hundred thousand articles as at a thousand.
BLOCKS_FROM = 300


def category_blocks(
    *, language: str, categories: list[CategoryLink], shown=(), per_category: int = 3
) -> list[CategoryBlock]:
    """
    For each of `categories` (categories_named) with live articles in
    `language` among its BLOCKS_FROM newest, besides the editions `shown`
    (their ids), its newest `per_category` of them, in the categories'
    order. One query, however many categories: a window numbers each
    category's editions.
    """
    newest = article_list(language=language).values("pk")[:BLOCKS_FROM]
    numbered = Window(
        RowNumber(),
        partition_by=[F("article__category_id")],
        order_by=[F("published_at").desc(), F("article_id").desc()],
    )
    rows = (
        article_list(language=language)
        .filter(pk__in=newest, article__category__isnull=False)
        .exclude(pk__in=list(shown))
        .annotate(block=F("article__category_id"), rank=numbered)
        .filter(rank__lte=per_category)
    )
    found: dict[int, list[Edition]] = {}
    for edition in rows:  # newest first, as article_list has them
        found.setdefault(edition.block, []).append(edition)
    return [CategoryBlock(category=link, editions=found[link.pk]) for link in categories if link.pk in found]


def category_urls(category: Category) -> dict[str, str]:
    """The address of `category` in each language it is named in, for the switcher and the alternates."""
    return {code: category.get_absolute_url(code) for code in LANGUAGE_CODES if category.has_name(code)}


def edition_get_live(*, pk: int, language: str) -> Edition:
    """The `language` edition of article `pk` as readers see it; 404 when it is not live."""
    return get_object_or_404(Edition.objects.live(language), article_id=pk)


def article_get_any(*, pk: int) -> Article:
    """The article `pk` whatever its state, with its editions; 404 when it does not exist."""
    return get_object_or_404(Article.objects.prefetch_related("editions"), pk=pk)


@dataclass(frozen=True)
class EditionState:
    id: int
    language: str
    status: str
    published_at: datetime | None
    views: int
    shares: int
    # When its state or published text last changed: the version of its page.
    updated_at: datetime
    slug: str

    def is_live(self, at) -> bool:
        return self.status == Edition.Status.PUBLISHED and self.published_at is not None and self.published_at <= at


@dataclass(frozen=True)
class ArticleState:
    """What the article page needs to know before its cached HTML: one row per edition."""

    pk: int
    editions: dict[str, EditionState]

    def live_at(self, at) -> tuple[str, ...]:
        """The languages live at `at`, in the site's order."""
        return tuple(code for code in LANGUAGE_CODES if code in self.editions and self.editions[code].is_live(at))

    def url(self, language: str) -> str:
        with override(language):
            return reverse("articles:detail", kwargs={"pk": self.pk, "slug": self.editions[language].slug or "-"})


def _state_sql() -> str:
    table = Edition._meta.db_table
    return (
        f"SELECT id, language, status, published_at, views, shares, updated_at, slug FROM {table} "  # noqa: S608 - names from the models
        "WHERE article_id = %s"
    )


def _aware(value):
    # SQLite hands back naive UTC (or text), PostgreSQL aware datetimes.
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else value.replace(tzinfo=UTC)


def article_state(*, pk: int) -> ArticleState | None:
    """
    The article `pk` with its editions; None when it has no edition. One
    hand-written query: the article page runs it on every request, and
    building it with the ORM would cost more than the rest of the page.
    """
    with connection.cursor() as cursor:
        cursor.execute(_state_sql(), [pk])
        rows = cursor.fetchall()
    if not rows:
        return None
    editions = {}
    for edition_id, language, status, published_at, views, shares, updated_at, slug in rows:
        editions[language] = EditionState(
            edition_id, language, status, _aware(published_at), views, shares, _aware(updated_at), slug or ""
        )
    return ArticleState(pk=pk, editions=editions)


def content_version() -> tuple:
    """
    The newest change to any edition's state or published text, the newest
    deletion of an article (a deletion changes no date of what is left;
    articles are deleted through services.article_delete), and the newest
    change to the categories and how many there are (a renamed or deleted
    one): a list page cached before any of them is stale. Saving an article's
    working text changes nothing readers see. One query that reads the end of
    two indexes and the categories' few rows, the same at a hundred thousand
    articles as at a thousand (a COUNT(*) of the editions, there before, read
    every row: 40 ms at 400,000 editions on PostgreSQL).
    """
    edition, activity, category = Edition._meta.db_table, Activity._meta.db_table, Category._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT MAX(updated_at) FROM {edition}), "  # noqa: S608 - names from the models
            f"(SELECT MAX(id) FROM {activity} WHERE action = %s), "
            f"(SELECT MAX(updated_at) FROM {category}), (SELECT COUNT(*) FROM {category})",
            [Activity.Action.DELETE],
        )
        return tuple(cursor.fetchone())


def next_scheduled(*, language: str, after) -> datetime | None:
    """The next time an edition of `language` is due to go live after `after`, if any."""
    return (
        Edition.objects.filter(language=language, status=Edition.Status.PUBLISHED, published_at__gt=after)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


def next_list_change(*, language: str, after) -> datetime | None:
    """
    The next time a list of `language` changes by itself after `after`, if
    ever: an edition goes live, or a pin ends. One query.
    """
    # Two subqueries that each read the first row of an index range (the live
    # editions' by time, the pins'), not one aggregate with filters, which
    # read every edition: 110 ms at 400,000 editions on PostgreSQL.
    published = Edition.objects.filter(language=language, status=Edition.Status.PUBLISHED)
    soonest_live = published.filter(published_at__gt=after).order_by("published_at").values("published_at")[:1]
    # Any language's pin, on the pins' index alone (see pinned()): a list is
    # at worst made again when another language's pin ends.
    soonest_end = Edition.objects.filter(pinned_until__gt=after).order_by("pinned_until").values("pinned_until")[:1]
    # Any one row carries the two (none: no edition, no change to come); not
    # in the editions' default order, which would sort them all by their article.
    rows = Edition.objects.order_by().annotate(live=Subquery(soonest_live), pin=Subquery(soonest_end))
    times = next(iter(rows.values_list("live", "pin")[:1]), ())
    found = [_aware(value) for value in times if value is not None]
    return min(found) if found else None


@dataclass(frozen=True)
class Breaking:
    """An edition in the breaking-news band, as the band shows it."""

    language: str
    title: str
    url: str
    published_at: datetime
    until: datetime


BREAKING_KEY = "breaking:v1"


def breaking_editions() -> tuple[Breaking, ...]:
    """
    The editions of every language breaking now or later, newest first; kept
    in the shared cache for a minute (edition_breaking forgets them at once).
    """
    return _cached(BREAKING_KEY, 60, lambda: _breaking_rows(after=timezone.now()))


def breaking_in(editions, *, language: str, at=None) -> Breaking | None:
    """
    The newest of `editions` (breaking_editions) in `language`, live and
    breaking at `at` (default: now), if any: compared with the clock on each
    call, a band ends at its time with no job to run.
    """
    at = at or timezone.now()
    return next((row for row in editions if row.language == language and row.published_at <= at < row.until), None)


def breaking_forget() -> None:
    """Make every worker read the breaking editions again."""
    try:
        cache.delete(BREAKING_KEY)
    except Exception:
        logger.warning("cache unavailable for %s", BREAKING_KEY, exc_info=True)


def _breaking_rows(*, after) -> tuple[Breaking, ...]:
    # Those still to go live included: a scheduled breaking edition takes the band at its time.
    rows = (
        Edition.objects.filter(status=Edition.Status.PUBLISHED, breaking_until__gt=after)
        .order_by("-published_at", "-article_id")
        .values_list("article_id", "language", "title", "slug", "published_at", "breaking_until")
    )
    found = []
    for article_id, language, title, slug, published_at, until in rows:
        with override(language):
            url = reverse("articles:detail", kwargs={"pk": article_id, "slug": slug or "-"})
        found.append(Breaking(language, title, url, _aware(published_at), _aware(until)))
    return tuple(found)


def article_live_languages(*, article: Article, at=None) -> list[str]:
    """The languages in which `article` is live, in the site's order (editions prefetched)."""
    at = at or timezone.now()
    live = {edition.language for edition in article.editions.all() if edition.is_live(at)}
    return [code for code in LANGUAGE_CODES if code in live]


@dataclass(frozen=True)
class LiveArticle:
    """An article as the sitemap lists it: the address and last change of each live edition, in the site's order."""

    pk: int
    urls: dict[str, str]
    changed: dict[str, datetime]

    @property
    def languages(self) -> list[str]:
        return list(self.urls)


def live_articles(*, at=None) -> list[LiveArticle]:
    """
    Every article live at `at` (default: now) in at least one language, with
    its live editions only; one query, whatever the number of articles.
    """
    at = at or timezone.now()
    rows = (
        Edition.objects.filter(status=Edition.Status.PUBLISHED, published_at__lte=at)
        .order_by("article_id")
        .values_list("article_id", "language", "slug", "updated_at", "published_at")
    )
    found: dict[int, dict[str, tuple[str, datetime]]] = {}
    for article_id, language, slug, updated_at, published_at in rows:
        with override(language):
            url = reverse("articles:detail", kwargs={"pk": article_id, "slug": slug or "-"})
        # A page changes when its text is published again and when it goes
        # live (a scheduled edition was saved before it appeared); whole
        # seconds, as a sitemap writes them.
        found.setdefault(article_id, {})[language] = (url, max(updated_at, published_at).replace(microsecond=0))
    articles = []
    for article_id, editions in found.items():
        order = [code for code in LANGUAGE_CODES if code in editions]
        articles.append(
            LiveArticle(
                pk=article_id,
                urls={code: editions[code][0] for code in order},
                changed={code: editions[code][1] for code in order},
            )
        )
    return articles


def live_version(*, at=None) -> tuple:
    """
    What changes whenever readers could see a different set of editions or
    texts: the newest change to any edition, how many there are, and how
    many are live at `at` (a scheduled edition going live changes no row).
    One query; a page built from live editions is stale when it changes.
    """
    at = at or timezone.now()
    figures = Edition.objects.aggregate(
        changed=Max("updated_at"),
        editions=Count("id"),
        live=Count("id", filter=Q(status=Edition.Status.PUBLISHED, published_at__lte=at)),
    )
    changed = figures["changed"]
    return (changed.isoformat() if changed else "", figures["editions"], figures["live"])


# What a news sitemap entry shows of an edition.
NEWS_FIELDS = ("id", "article_id", "language", "title", "slug", "published_at")


def news_editions(*, at=None, days: int = 2, limit: int = 1000) -> list[Edition]:
    """
    The editions first published in the `days` before `at` (default: now)
    and live, newest first, at most `limit` of them: what a news sitemap lists.
    """
    at = at or timezone.now()
    return list(
        Edition.objects.filter(
            status=Edition.Status.PUBLISHED,
            published_at__lte=at,
            published_at__gt=at - timedelta(days=days),
        )
        .order_by("-published_at", "-article_id", "language")
        .only(*NEWS_FIELDS)[:limit]
    )


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


def article_switcher(*, state: ArticleState, current: str, live, current_url: str | None = None) -> list[SwitcherLink]:
    """
    The switcher of an article page: the same article in each language it is
    live in (`current_url` for the page's own language, when it is not live:
    a preview).
    """
    urls = {code: state.url(code) for code in live}
    if current_url is not None:
        urls[current] = current_url
    return language_switcher(current=current, urls=urls)


def most_read(*, language: str, days: int = 7, limit: int = 5) -> list[Edition]:
    """
    The `limit` live articles of `language` with the most views in the last
    `days` days (today included); cached for a minute in the shared cache.
    """
    key = f"most-read:{language}:{days}:{limit}:{timezone.localdate().isoformat()}"
    return _cached(key, 60, lambda: _most_read(language=language, days=days, limit=limit))


def _most_read(*, language: str, days: int, limit: int) -> list[Edition]:
    since = timezone.localdate() - timedelta(days=days - 1)
    ranked = list(
        DailyCount.objects.filter(day__gte=since, edition__language=language, views__gt=0)
        .values("edition__article_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-edition__article_id")[: limit * 2]
        .values_list("edition__article_id", "total")
    )
    order = {article_id: rank for rank, (article_id, _total) in enumerate(ranked)}
    editions = article_list(language=language).filter(article_id__in=order)
    return sorted(editions, key=lambda edition: order[edition.article_id])[:limit]


def related(*, article_id: int, category_id: int, language: str, limit: int = 4) -> list[Edition]:
    """
    Up to `limit` live articles of `language` in category `category_id`,
    newest first, never article `article_id` itself; cached for a minute in the shared cache.
    """
    key = f"related:{language}:{article_id}:{category_id}:{limit}"
    return _cached(
        key,
        60,
        lambda: list(
            article_list(language=language)
            .filter(article__category_id=category_id)
            .exclude(article_id=article_id)[:limit]
        ),
    )


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


def translation_overview(*, missing: str | None = None, outdated: str | None = None):
    """
    Articles for the translation overview, newest first, with their editions
    and text revisions; only those missing `missing`, or whose `outdated`
    translation is older than their source text, when asked.
    """
    articles = Article.objects.prefetch_related("editions", "text_revisions").order_by("-created_at", "-pk")
    if missing:
        articles = articles.exclude(has_text(missing))
    if outdated:
        source_changed = TextRevision.objects.filter(
            article=OuterRef("pk"), language=OuterRef("source_language")
        ).values("changed_at")[:1]
        target_changed = TextRevision.objects.filter(article=OuterRef("pk"), language=outdated).values("changed_at")[:1]
        articles = (
            articles.exclude(source_language=outdated)
            .filter(has_text(outdated))
            .annotate(source_changed=Subquery(source_changed), target_changed=Subquery(target_changed))
            .filter(source_changed__gt=F("target_changed"))
        )
    return articles


def translation_state(article: Article, language: str, at=None) -> tuple[str, bool]:
    """
    The state of `article` in `language` for the overview ("missing", "draft",
    "scheduled" or "published") and whether its text is older than the
    source's; editions and text revisions prefetched.
    """
    if not article.has_text(language):
        return "missing", False
    edition = next((e for e in article.editions.all() if e.language == language), None)
    state = edition.state(at) if edition else "draft"
    changed = {revision.language: revision.changed_at for revision in article.text_revisions.all()}
    source = changed.get(article.source_language)
    mine = changed.get(language)
    outdated = language != article.source_language and bool(source and mine and source > mine)
    return state, outdated


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
