"""The front page the newsroom controls: pinned editions on top, the breaking-news band, the category blocks."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from articles import pages, services
from tests.factories import edition, make_article, make_category, make_press_secretary
from tests.test_translators import change_form_data

pytestmark = pytest.mark.django_db


def titles(body: str) -> list[str]:
    """The titles of the front page's main card list, in order."""
    cards = body.split('<ol class="article-list">')[1].split("</ol>")[0]
    return re.findall(r'<h2 class="article-card__title"><a href="[^"]+">([^<]+)</a>', cards)


def body_of(reader, url: str) -> str:
    response = reader.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# Pins ------------------------------------------------------------------------------


def test_pinned_editions_come_first_newest_first_then_the_rest_newest_first(reader):
    now = timezone.now()
    old = make_article(languages=["en"], title_en="Old", at=now - timedelta(days=3))
    older = make_article(languages=["en"], title_en="Older", at=now - timedelta(days=4))
    make_article(languages=["en"], title_en="New", at=now - timedelta(hours=1))
    make_article(languages=["en"], title_en="Newer", at=now - timedelta(minutes=5))
    services.edition_pin(article=older, language="en", until=now + timedelta(days=1))
    services.edition_pin(article=old, language="en", until=now + timedelta(hours=2))
    assert titles(body_of(reader, "/en/")) == ["Old", "Older", "Newer", "New"]
    assert 'class="article-card is-pinned"' in body_of(reader, "/en/")


def test_a_pin_holds_in_its_language_only(reader):
    article = make_article(
        languages=["en", "ru"], title_en="Pinned", title_ru="Закреплено", at=timezone.now() - timedelta(days=2)
    )
    make_article(languages=["en", "ru"], title_en="Fresh", title_ru="Свежее")
    services.edition_pin(article=article, language="en", until=timezone.now() + timedelta(days=1))
    assert titles(body_of(reader, "/en/")) == ["Pinned", "Fresh"]
    assert titles(body_of(reader, "/ru/")) == ["Свежее", "Закреплено"]


def test_pinned_editions_are_on_top_of_page_one_only(reader, settings):
    settings.ARTICLES_PER_PAGE = 2
    now = timezone.now()
    oldest = make_article(languages=["en"], title_en="Oldest", at=now - timedelta(days=9))
    for n in range(3):
        make_article(languages=["en"], title_en=f"Story {n}", at=now - timedelta(hours=n + 1))
    services.edition_pin(article=oldest, language="en", until=now + timedelta(days=1))
    # Above page 1's own articles; not repeated on a later page.
    assert titles(body_of(reader, "/en/")) == ["Oldest", "Story 0", "Story 1"]
    assert titles(body_of(reader, "/en/?page=2")) == ["Story 2"]


def test_a_pin_ends_at_its_time_with_no_job_even_on_a_cached_page(reader):
    now = timezone.now()
    article = make_article(languages=["en"], title_en="Pinned", at=now - timedelta(days=1))
    make_article(languages=["en"], title_en="Fresh", at=now - timedelta(minutes=1))
    until = now + timedelta(minutes=30)
    services.edition_pin(article=article, language="en", until=until)
    assert titles(body_of(reader, "/en/")) == ["Pinned", "Fresh"]
    # The same worker, its cached page, the clock past the pin's end: nothing ran in between.
    with mock.patch("django.utils.timezone.now", return_value=until + timedelta(seconds=1)):
        assert titles(body_of(reader, "/en/")) == ["Fresh", "Pinned"]


def test_a_draft_cannot_be_pinned_and_an_unpublished_pin_is_gone(reader):
    draft = make_article(languages=["en"], published=[])
    assert services.edition_pin(article=draft, language="en", until=timezone.now() + timedelta(days=1)) is None
    live = make_article(languages=["en"], title_en="Was pinned")
    services.edition_pin(article=live, language="en", until=timezone.now() + timedelta(days=1))
    services.article_unpublish(article=live, language="en")
    assert "Was pinned" not in body_of(reader, "/en/")


# Pins in the admin ----------------------------------------------------------------------


@pytest.fixture
def desk(client):
    user = make_press_secretary()
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def press_button(client, article, **buttons):
    data = {**change_form_data(client, article), **buttons}
    return client.post(f"/admin/articles/article/{article.pk}/change/", data, follow=True)


def local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_the_press_secretary_pins_and_unpins_from_the_publication_panel(desk):
    article = make_article(languages=["en"], category=make_category())
    page = desk.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'name="_pin" value="en"' in page and 'name="_breaking" value="en"' in page
    until = timezone.now() + timedelta(hours=5)
    response = press_button(desk, article, _pin="en", _pin_until_en=local(until))
    assert "Pinned on top of the front page: English, until" in response.content.decode()
    pinned = edition(article, "en").pinned_until
    assert pinned is not None and abs(pinned - until) < timedelta(minutes=1)
    assert "Pinned on top of the front page until" in response.content.decode()
    response = press_button(desk, article, _unpin="en")
    assert "Unpinned: English." in response.content.decode()
    assert edition(article, "en").pinned_until is None


def test_a_pin_in_the_past_is_refused_and_changes_nothing(desk):
    article = make_article(languages=["en"])
    response = press_button(desk, article, _pin="en", _pin_until_en=local(timezone.now() - timedelta(hours=1)))
    assert "give a time in the future" in response.content.decode()
    assert edition(article, "en").pinned_until is None


def test_an_author_may_not_pin(client):
    from tests.factories import make_author

    author = make_author()
    client.force_login(author)
    article = make_article(languages=["en"])
    data = {
        **change_form_data(client, article),
        "_pin": "en",
        "_pin_until_en": local(timezone.now() + timedelta(days=1)),
    }
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 403
    assert edition(article, "en").pinned_until is None


# The breaking-news band ------------------------------------------------------------------


def band(body: str) -> str | None:
    match = re.search(r'<div class="breaking"[^>]*>(.*?)</div>', body, re.S)
    return match[1] if match else None


def test_the_breaking_band_shows_on_every_reader_page_of_its_language_linking_to_it(reader):
    category = make_category(name_en="Politics", name_ru="Политика")
    urgent = make_article(languages=["en", "ru"], title_en="Quake hits", category=category)
    other = make_article(languages=["en", "ru"], category=category)
    services.edition_breaking(article=urgent, language="en", until=timezone.now() + timedelta(hours=1))
    for url in ["/en/", "/en/category/politics/", other.get_absolute_url("en"), urgent.get_absolute_url("en")]:
        shown = band(body_of(reader, url))
        assert shown is not None, url
        assert f'href="{urgent.get_absolute_url("en")}"' in shown and "Quake hits" in shown
    # The unavailable page of that language has it too; other languages do not.
    assert band(reader.get(f"/en/articles/{make_article(languages=['ru']).pk}/x/").content.decode())
    assert band(body_of(reader, "/ru/")) is None
    assert band(body_of(reader, other.get_absolute_url("ru"))) is None


def test_the_newest_breaking_edition_takes_the_band(reader):
    now = timezone.now()
    earlier = make_article(languages=["en"], title_en="Earlier news", at=now - timedelta(hours=2))
    later = make_article(languages=["en"], title_en="Later news", at=now - timedelta(minutes=10))
    for article in (earlier, later):
        services.edition_breaking(article=article, language="en", until=now + timedelta(hours=1))
    assert "Later news" in band(body_of(reader, "/en/"))


def test_the_band_ends_at_its_time_with_no_job_on_cached_pages(reader):
    article = make_article(languages=["en"], title_en="Storm warning")
    page = make_article(languages=["en"]).get_absolute_url("en")
    until = timezone.now() + timedelta(minutes=20)
    services.edition_breaking(article=article, language="en", until=until)
    assert band(body_of(reader, "/en/")) and band(body_of(reader, page))
    with mock.patch("django.utils.timezone.now", return_value=until + timedelta(seconds=1)):
        assert band(body_of(reader, "/en/")) is None
        assert band(body_of(reader, page)) is None


def test_ending_the_band_removes_it_at_once(reader):
    article = make_article(languages=["en"], title_en="Storm warning")
    services.edition_breaking(article=article, language="en", until=timezone.now() + timedelta(hours=1))
    assert band(body_of(reader, "/en/"))
    services.edition_breaking(article=article, language="en", until=None)
    assert band(body_of(reader, "/en/")) is None


def test_unpublishing_or_deleting_the_breaking_article_removes_the_band_at_once(reader):
    article = make_article(languages=["en"], title_en="Storm warning")
    services.edition_breaking(article=article, language="en", until=timezone.now() + timedelta(hours=1))
    assert band(body_of(reader, "/en/"))
    services.article_unpublish(article=article, language="en")
    assert band(body_of(reader, "/en/")) is None
    services.article_publish(article=article, language="en")
    services.edition_breaking(article=article, language="en", until=timezone.now() + timedelta(hours=1))
    assert band(body_of(reader, "/en/"))
    services.article_delete(article=article)
    assert band(body_of(reader, "/en/")) is None


def test_a_corrected_title_shows_in_the_band_once_published(reader):
    article = make_article(languages=["en"], title_en="Storm warning")
    services.edition_breaking(article=article, language="en", until=timezone.now() + timedelta(hours=1))
    assert "Storm warning" in band(body_of(reader, "/en/"))
    article.title_en = "Storm warning lifted"
    article.save()
    services.article_publish(article=article, language="en")
    assert "Storm warning lifted" in band(body_of(reader, "/en/"))


def test_the_band_is_labelled_in_every_language_and_never_on_the_admin(reader, desk):
    article = make_article(languages=["hy", "ru", "en", "tr"], title_en="Storm warning")
    labels = {"hy": "Շտապ լուր", "ru": "Срочно", "en": "Breaking news", "tr": "Son dakika"}
    for code in labels:
        services.edition_breaking(article=article, language=code, until=timezone.now() + timedelta(hours=1))
    for code, label in labels.items():
        assert label in band(body_of(reader, f"/{code}/"))
    admin = desk.get("/admin/articles/article/").content.decode()
    assert 'class="breaking"' not in admin


def test_the_band_escapes_the_title(reader):
    article = make_article(languages=["en"], title_en="<script>alert(1)</script>")
    services.edition_breaking(article=article, language="en", until=timezone.now() + timedelta(hours=1))
    body = body_of(reader, "/en/")
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in band(body)


def test_the_breaking_band_from_the_publication_panel(desk, reader):
    article = make_article(languages=["en"], title_en="Storm warning")
    until = timezone.now() + timedelta(hours=2)
    response = press_button(desk, article, _breaking="en", _breaking_until_en=local(until))
    assert "Shown as breaking news: English, until" in response.content.decode()
    assert "Storm warning" in band(body_of(reader, "/en/"))
    press_button(desk, article, _unbreaking="en")
    assert edition(article, "en").breaking_until is None
    assert band(body_of(reader, "/en/")) is None


def test_pages_still_answer_with_a_band_when_the_cache_server_is_down(reader, settings):
    article = make_article(languages=["en"], title_en="Storm warning")
    services.edition_breaking(article=article, language="en", until=timezone.now() + timedelta(hours=1))
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        },
    }
    pages.clear()
    assert "Storm warning" in band(body_of(reader, "/en/"))


# The category blocks -------------------------------------------------------------------


def blocks(body: str) -> dict[str, list[str]]:
    """Each block's category name and its articles' titles, in the page's order."""
    found = {}
    for section in re.findall(r'<section class="category-block".*?</section>', body, re.S):
        name = re.search(r'<h2 class="category-block__title"[^>]*><a href="[^"]+">([^<]+)</a>', section)[1]
        found[name] = re.findall(r'<li><a href="[^"]+">([^<]+)</a>', section)
    return found


def test_page_one_has_a_block_per_category_with_its_newest_three_not_shown_above(reader, settings):
    settings.ARTICLES_PER_PAGE = 2
    now = timezone.now()
    politics = make_category(name_en="Politics", position=1)
    sport = make_category(name_en="Sport", position=2)
    make_category(name_en="Empty", position=3)
    for n in range(5):
        make_article(languages=["en"], category=politics, title_en=f"Vote {n}", at=now - timedelta(hours=n + 1))
    make_article(languages=["en"], category=sport, title_en="Derby", at=now - timedelta(days=2))
    make_article(languages=["en"], category=sport, title_en="Draft match", published=[])
    make_article(languages=["ru"], category=sport)  # another language
    make_article(languages=["en"], title_en="No category", at=now - timedelta(days=3))
    body = body_of(reader, "/en/")
    assert titles(body) == ["Vote 0", "Vote 1"]
    # Not repeating the two above; the empty category has no block.
    assert blocks(body) == {"Politics": ["Vote 2", "Vote 3", "Vote 4"], "Sport": ["Derby"]}
    assert 'href="/en/category/politics/">More in Politics</a>' in body
    assert blocks(body_of(reader, "/en/?page=2")) == {}


def test_the_blocks_follow_the_categories_order_and_language(reader):
    world = make_category(name_en="World", name_tr="Dünya", position=2)
    economy = make_category(name_en="Economy", name_tr="Ekonomi", position=1)
    make_article(languages=["en", "tr"], category=world, title_en="Summit", title_tr="Zirve")
    make_article(languages=["en", "tr"], category=economy, title_en="Rates", title_tr="Faiz")
    for _ in range(10):  # fill page 1
        make_article(languages=["en", "tr"])
    assert list(blocks(body_of(reader, "/en/"))) == ["Economy", "World"]
    assert blocks(body_of(reader, "/tr/")) == {"Ekonomi": ["Faiz"], "Dünya": ["Zirve"]}
    assert "Ekonomi kategorisinden daha fazla haber" in body_of(reader, "/tr/")
