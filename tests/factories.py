"""Plain factory functions for the tests."""

from datetime import timedelta
from decimal import Decimal
from itertools import count

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles import counters, services
from articles.models import Article, Byline, Contributor, Edition, Section, TranslatorLanguage

_serial = count(1)


def make_article(
    *,
    languages=("hy",),
    published=None,
    source="hy",
    sections=2,
    at=None,
    byline=(),
    **fields,
) -> Article:
    """
    An article with text in `languages`, signed by the contributors of
    `byline` in that order; those in `published` (default: all of them) are live.
    """
    n = next(_serial)
    article = Article(source_language=source, **fields)
    for language in languages:
        if f"title_{language}" not in fields:
            setattr(article, f"title_{language}", f"Title {n} {language}")
        if f"lead_{language}" not in fields:
            setattr(article, f"lead_{language}", f"Lead {n} {language}")
    article.save()
    for position in range(1, sections + 1):
        Section.objects.create(
            article=article,
            position=position,
            level=2 if position == 1 else 3,
            **{f"heading_{lang}": f"Heading {position} {lang}" for lang in languages},
            **{f"body_{lang}": f"Body {position} {lang} with *emphasis*." for lang in languages},
        )
    for position, contributor in enumerate(byline, start=1):
        Byline.objects.create(article=article, contributor=contributor, position=position)
    at = at or timezone.now() - timedelta(hours=1)
    for language in languages if published is None else published:
        services.article_publish(article=article, language=language, at=at)
    return article


def make_contributor(*, user=None, **names) -> Contributor:
    """A contributor named `name_hy=...`, `name_en=...`; a staff user's when `user` is given."""
    return Contributor.objects.create(user=user, **names)


def armenian_names(first: str, last: str, *, ru: str, hy: str) -> dict:
    """The names of an Armenian contributor: `hy` in Armenian letters, `ru` in Cyrillic, Latin in en and tr."""
    return {"name_hy": hy, "name_ru": ru, "name_en": f"{first} {last}", "name_tr": f"{first} {last}"}


def edition(article, language) -> Edition:
    return Edition.objects.get(article=article, language=language)


def shown(article, language) -> tuple[int, int]:
    """Views and shares of an edition as the site shows them: stored, plus pending in Redis."""
    return counters.figures(edition(article, language))


def make_press_secretary(username="press"):
    user = get_user_model().objects.create_user(username=username, password="pw-for-tests-only", is_staff=True)
    user.groups.add(Group.objects.get(name="Press secretary"))
    return user


def make_author(username="author"):
    """A staff user in the Author group: writes every language, submits for review, publishes nothing."""
    user = get_user_model().objects.create_user(username=username, password="pw-for-tests-only", is_staff=True)
    user.groups.add(Group.objects.get(name="Author"))
    return user


def make_translator(*languages, username="translator"):
    """A staff user in the Translator group, translating `languages`."""
    user = get_user_model().objects.create_user(username=username, password="pw-for-tests-only", is_staff=True)
    user.groups.add(Group.objects.get(name="Translator"))
    for language in languages:
        TranslatorLanguage.objects.create(user=user, language=language)
    return user


def make_many_articles(count: int, *, languages=("hy", "en")) -> None:
    """`count` articles live in `languages`, written in bulk: for the query counts of pages that list them."""
    now = timezone.now()
    articles = Article.objects.bulk_create(
        Article(source_language=languages[0], **{f"title_{code}": f"Bulk {n} {code}" for code in languages})
        for n in range(count)
    )
    Edition.objects.bulk_create(
        Edition(
            article=article,
            language=code,
            status=Edition.Status.PUBLISHED,
            published_at=now - timedelta(minutes=n),
            title=f"Bulk {n} {code}",
            text_published_at=now,
        )
        for n, article in enumerate(articles)
        for code in languages
    )


def store_photo(name="covers/2026/12/photo.jpg", size=(1600, 900), colour=(40, 110, 170)) -> str:
    """A JPEG saved in the media storage, as an upload leaves it; returns its storage name."""
    import io

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return default_storage.save(name, ContentFile(buffer.getvalue()))


def make_strips(
    *,
    rates: dict[str, str] | None = None,
    weather: tuple[int, int, int, int] | None = (6, 1, 9, 8),
    day=None,
    confirmed=None,
) -> None:
    """The header strips' figures for `day` (today), last confirmed at `confirmed` (now)."""
    from widgets.models import ExchangeRate, WeatherReport

    day = day or timezone.localdate()
    rates = {"USD": "386.72", "EUR": "447.15", "RUB": "4.86", "GBP": "509.40"} if rates is None else rates
    for currency, rate in rates.items():
        ExchangeRate.objects.create(currency=currency, date=day, rate=Decimal(rate))
    if weather is not None:
        current, low, high, tomorrow = weather
        WeatherReport.objects.create(date=day, current=current, today_min=low, today_max=high, tomorrow=tomorrow)
    if confirmed is not None:  # updated_at is set on every save; an older confirmation is written past it
        ExchangeRate.objects.filter(date=day).update(updated_at=confirmed)
        WeatherReport.objects.filter(date=day).update(updated_at=confirmed)


def make_category(**names):
    """A category named `name_en="Sport"`, `name_hy=...` (default: an English name of its own)."""
    from articles.models import Category

    if not names:
        names = {"name_en": f"Category {next(_serial)}"}
    return Category.objects.create(**names)


def make_story(
    language: str,
    *,
    title: str,
    lead: str = "",
    body: str = "",
    heading: str = "",
    at=None,
    publish: bool = True,
) -> Article:
    """An article in `language` alone, its text in one section, published at `at` (an hour ago) unless not `publish`."""
    article = Article.objects.create(source_language=language, **{f"title_{language}": title, f"lead_{language}": lead})
    Section.objects.create(
        article=article,
        position=1,
        level=2,
        **{f"heading_{language}": heading, f"body_{language}": body or f"Text of {title}."},
    )
    if publish:
        services.article_publish(article=article, language=language, at=at or timezone.now() - timedelta(hours=1))
    return article
