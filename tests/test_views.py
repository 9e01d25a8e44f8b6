import re
from datetime import UTC, datetime, timedelta
from itertools import count
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from django.utils.http import base36_to_int

from articles import counters, pages, services
from articles.models import Edition, Section, SeenClient
from tests.conftest import BROWSER_UA, TEST_REDIS
from tests.factories import edition, make_article, make_category, shown

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]


def stats(response):
    match = re.search(r'class="article-stats" data-views="(\d+)" data-shares="(\d+)"', response.content.decode())
    assert match, "the page has no counters element"
    return int(match[1]), int(match[2])


# Language selection -------------------------------------------------------


def test_root_redirects_to_armenian_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/hy/"


def test_root_follows_accept_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9,en;q=0.5")
    assert response["Location"] == "/ru/"


def test_language_cookie_wins_over_accept_language(client):
    client.cookies["django_language"] = "tr"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response["Location"] == "/tr/"


def test_opening_an_edition_remembers_its_language(reader):
    reader.get("/en/")
    assert reader.cookies["django_language"].value == "en"
    assert reader.get("/")["Location"] == "/en/"


def test_a_browser_already_asking_for_the_language_gets_no_language_cookie(reader):
    reader.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru-RU,ru;q=0.9"
    reader.get("/ru/")
    assert "django_language" not in reader.cookies
    reader.get("/tr/")
    assert reader.cookies["django_language"].value == "tr"
    assert reader.get("/")["Location"] == "/tr/"


def test_huge_accept_language_header_is_harmless(client):
    header = ",".join(f"x{i:05d}-{'a' * 8};q=0.{i % 9}" for i in range(20000))
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == "/hy/"


@pytest.mark.parametrize("path", ["/xx/", "/de/articles/1/a/", "/hy/nothing-here/"])
def test_unknown_paths_are_404(client, path):
    assert client.get(path).status_code == 404


# The list page --------------------------------------------------------------


def test_list_shows_only_articles_published_in_that_language_newest_first(reader):
    now = timezone.now()
    older = make_article(languages=["hy", "ru"], at=now - timedelta(days=2))
    newer = make_article(languages=["hy"], at=now - timedelta(hours=1))
    make_article(languages=["hy"], published=[])  # a draft
    body = reader.get("/hy/").content.decode()
    assert body.index(newer.title_hy) < body.index(older.title_hy)
    assert "Title" in body and body.count('class="article-card"') == 2
    ru = reader.get("/ru/").content.decode()
    assert older.title_ru in ru and newer.title_hy not in ru


def test_list_paginates(reader, settings):
    settings.ARTICLES_PER_PAGE = 2
    now = timezone.now()
    articles = [make_article(at=now - timedelta(minutes=i)) for i in range(5)]
    page3 = reader.get("/hy/?page=3")
    assert page3.status_code == 200
    assert articles[4].title_hy in page3.content.decode()
    assert 'rel="prev"' in page3.content.decode() and 'rel="next"' not in page3.content.decode()
    assert "Էջ 3" in page3.content.decode()
    page2 = reader.get("/hy/?page=2").content.decode()
    assert 'rel="prev"' in page2 and 'rel="next"' in page2
    assert [article.title_hy in page2 for article in articles] == [False, False, True, True, False]
    # Leading zeros name the same page.
    assert reader.get("/hy/?page=03").content == page3.content


@pytest.mark.parametrize("page", ["0", "-1", "abc", "4", "1e9", "99999999999999999999", "0_1", "+1", "%201", "\u0661"])
def test_bad_page_numbers_are_404(reader, settings, page):
    settings.ARTICLES_PER_PAGE = 2
    for _ in range(5):
        make_article()
    assert reader.get(f"/hy/?page={page}").status_code == 404


def test_empty_edition_says_so(reader):
    response = reader.get("/tr/")
    assert response.status_code == 200
    assert "Bu dilde henüz" in response.content.decode()


# The article page -------------------------------------------------------------


def test_article_page_shows_title_time_sections_and_counters(reader):
    article = make_article(languages=["hy"], at=timezone.now().replace(year=2024, month=6, day=22, hour=8, minute=46))
    response = reader.get(article.get_absolute_url("hy"))
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<h1 class="article__title">{article.title_hy}</h1>' in body
    assert "12:46, 22.06.2024" in body  # 08:46 UTC is 12:46 in Yerevan
    assert "<h2>Heading 1 hy</h2>" in body and "<h3>Heading 2 hy</h3>" in body
    assert "<em>emphasis</em>" in body
    assert stats(response) == (1, 0)


def test_wrong_or_missing_slug_redirects_permanently_to_canonical(reader):
    article = make_article(languages=["hy", "en"], title_en="Tram line opens")
    canonical = f"/en/articles/{article.pk}/tram-line-opens/"
    assert article.get_absolute_url("en") == canonical
    for path in [f"/en/articles/{article.pk}/wrong/", f"/en/articles/{article.pk}/"]:
        response = reader.get(path)
        assert response.status_code == 301
        assert response["Location"] == canonical


def test_armenian_slug_is_readable_in_latin_letters(reader):
    article = make_article(languages=["hy"], title_hy="Գիշերային տրամվայ")
    assert article.get_absolute_url("hy").endswith("/gisherayin-tramvay/")
    assert reader.get(article.get_absolute_url("hy")).status_code == 200


def test_unknown_article_is_404(reader):
    assert reader.get("/hy/articles/999999/anything/").status_code == 404


def test_article_without_that_language_is_404_linking_to_the_others(reader):
    article = make_article(languages=["hy", "ru"])
    response = reader.get(f"/tr/articles/{article.pk}/x/")
    assert response.status_code == 404
    body = response.content.decode()
    assert f'href="{article.get_absolute_url("hy")}"' in body
    assert f'href="{article.get_absolute_url("ru")}"' in body
    assert "/en/articles/" not in body


def test_the_404_names_the_other_languages_in_full_in_the_pages_language(reader):
    article = make_article(languages=["hy", "ru"], title_hy="Գիշերային տրամվայ", title_ru="Ночной трамвай")
    body = reader.get(f"/tr/articles/{article.pk}/x/").content.decode()
    listed = body[body.index('<ul class="other-languages">') :]
    listed = listed[: listed.index("</ul>")]
    # Not the switcher's short labels ("Հայ", "Рус"): a Turkish reader is told "Ermenice", "Rusça".
    assert re.search(r'>Ermenice: <span lang="hy">Գիշերային տրամվայ</span></a>', listed)
    assert re.search(r'>Rusça: <span lang="ru">Ночной трамвай</span></a>', listed)
    assert "Հայ:" not in listed and "Рус:" not in listed


def test_the_armenian_404_sets_a_language_apart_from_its_title_with_the_armenian_mark(reader):
    article = make_article(languages=["ru"], title_ru="Ночной автобус")
    body = reader.get(f"/hy/articles/{article.pk}/x/").content.decode()
    assert re.search(r'>Ռուսերեն՝ <span lang="ru">Ночной автобус</span></a>', body)


def test_draft_edition_is_not_public(reader):
    article = make_article(languages=["hy", "ru"], published=["hy"])
    assert reader.get(article.get_absolute_url("ru")).status_code == 404
    assert article.title_ru not in reader.get("/ru/").content.decode()


def test_scheduled_edition_goes_live_at_its_time_without_a_job(reader):
    at = timezone.now() + timedelta(hours=2)
    article = make_article(languages=["hy"], at=at)
    url = article.get_absolute_url("hy")
    assert reader.get(url).status_code == 404
    assert article.title_hy not in reader.get("/hy/").content.decode()
    with mock.patch("django.utils.timezone.now", return_value=at + timedelta(seconds=1)):
        assert reader.get(url).status_code == 200
        assert article.title_hy in reader.get("/hy/").content.decode()


def test_switcher_links_to_the_same_article_and_greys_missing_languages(reader):
    article = make_article(languages=["hy", "ru"])
    body = reader.get(article.get_absolute_url("hy")).content.decode()
    assert re.search(
        r'<a class="switcher__link" href="{}" hreflang="ru"'.format(re.escape(article.get_absolute_url("ru"))), body
    )
    assert 'aria-current="page">Հայ</a>' in body
    assert re.search(r'<span class="switcher__link is-missing" lang="en"[^>]*>Eng</span>', body)
    assert re.search(r'<span class="switcher__link is-missing" lang="tr"[^>]*>Türkçe</span>', body)


def test_page_shows_rates_weather_and_press_contact(reader):
    from django.core.management import call_command

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    response = reader.get("/tr/")
    body = response.content.decode()
    # Turkish writes a decimal comma; the strips name what they show (tests/test_strips.py has the rest).
    assert re.search(r"USD \d+,\d\d</span>\s*<span class=\"strip__figure\">EUR \d+,\d\d", body)
    assert re.search(r"[+\u2212]?\d+\xa0°C", body)
    assert "Döviz kurları (dram)" in body and "Erivan'da hava durumu" in body and "yarın" in body
    assert 'class="press-contact"' in body


@pytest.mark.parametrize(
    ("language", "labelled"),
    [
        ("hy", 'Դիտումներ՝ 1</span> <span class="article-stats__figure">Կիսումներ՝ 0'),
        ("ru", 'Просмотры: 1</span> <span class="article-stats__figure">Репосты: 0'),
        ("en", 'Views: 1</span> <span class="article-stats__figure">Shares: 0'),
        ("tr", 'Görüntülenme: 1</span> <span class="article-stats__figure">Paylaşım: 0'),
    ],
)
def test_article_page_says_which_figure_is_views_and_which_shares(reader, language, labelled):
    article = make_article(languages=LANGUAGES)
    body = reader.get(article.get_absolute_url(language)).content.decode()
    assert labelled in body  # seen, not only read out: a bare "1 | 0" told a reader nothing


# Counting ------------------------------------------------------------------------


def test_view_counts_once_per_client_in_the_window(reader):
    article = make_article()
    url = article.get_absolute_url("hy")
    assert stats(reader.get(url)) == (1, 0)
    assert stats(reader.get(url)) == (1, 0)
    assert shown(article, "hy")[0] == 1


def test_visitor_cookie_identifies_the_client_after_the_first_view(reader):
    article = make_article()
    url = article.get_absolute_url("hy")
    first = reader.get(url)
    assert "visitor" in first.cookies
    # Same browser (same cookie) from another network: still one client.
    reader.get(url, REMOTE_ADDR="10.9.8.7")
    assert shown(article, "hy")[0] == 1


def test_a_new_readers_cookie_holds_their_first_window_to_its_end(reader, settings):
    article = make_article()
    url = article.get_absolute_url("hy")
    first = reader.get(url)
    token, mark, end_mark = first.cookies["visitor"].value.split(".")
    assert len(token) >= 16 and len(mark) == 12
    # The window the cookie carries: from the first view, as long as the setting says.
    end = datetime.fromtimestamp(base36_to_int(end_mark) / 1000, tz=UTC)
    assert abs(end - (timezone.now() + timedelta(seconds=settings.COUNT_WINDOW_SECONDS))) < timedelta(minutes=1)
    # Back with the cookie from another network, up to the window's last moment: not counted.
    with mock.patch("django.utils.timezone.now", return_value=end - timedelta(seconds=1)):
        assert stats(reader.get(url, REMOTE_ADDR="10.9.8.7")) == (1, 0)
    # Once the window is over, the cookie's next view counts again.
    with mock.patch("django.utils.timezone.now", return_value=end + timedelta(seconds=1)):
        assert stats(reader.get(url, REMOTE_ADDR="10.9.8.7")) == (2, 0)
    assert shown(article, "hy")[0] == 2


@pytest.mark.usefixtures("database_counting")
def test_a_new_readers_view_writes_one_window_which_their_cookie_carries(reader):
    article = make_article()
    first = reader.get(article.get_absolute_url("hy"))
    window = SeenClient.objects.get()  # one row: the cookie's window is in the cookie
    end = datetime.fromtimestamp(base36_to_int(first.cookies["visitor"].value.split(".")[2]) / 1000, tz=UTC)
    assert window.expires_at <= end < window.expires_at + timedelta(milliseconds=1)


def test_a_second_browser_not_counted_on_arrival_counts_on_its_return():
    # Same address and agent, no cookie: the second is taken for the first,
    # and handed a cookie of its own that carries no window.
    article = make_article()
    url = article.get_absolute_url("hy")
    first, second = Client(HTTP_USER_AGENT=BROWSER_UA), Client(HTTP_USER_AGENT=BROWSER_UA)
    assert stats(first.get(url)) == (1, 0)
    assert stats(second.get(url)) == (1, 0)
    assert "." not in second.cookies["visitor"].value
    assert stats(second.get(url)) == (2, 0)
    assert stats(first.get(url)) == (2, 0)


def test_a_visitor_cookie_without_a_window_still_names_the_reader(reader):
    # A cookie handed out with a request that counted nothing is the token alone.
    article = make_article()
    url = article.get_absolute_url("hy")
    reader.cookies["visitor"] = "a-token-of-twenty-chars"
    assert stats(reader.get(url)) == (1, 0)
    assert reader.cookies["visitor"].value == "a-token-of-twenty-chars"  # kept, not replaced
    assert stats(reader.get(url, REMOTE_ADDR="10.9.8.7")) == (1, 0)


@pytest.mark.parametrize("value", ["short", "a-token-of-twenty-chars.0123", "a-token-of-twenty-chars.xyzxyzxyzxyz.1"])
def test_a_malformed_visitor_cookie_is_replaced(reader, value):
    article = make_article()
    reader.cookies["visitor"] = value
    assert stats(reader.get(article.get_absolute_url("hy"))) == (1, 0)
    assert reader.cookies["visitor"].value.split(".")[0] != value.split(".")[0]


def test_a_first_share_without_a_cookie_is_not_counted_again_with_it(reader):
    article = make_article()
    reader.post(f"/hy/articles/{article.pk}/share/telegram/")
    assert reader.cookies["visitor"].value.count(".") == 2
    reader.post(f"/hy/articles/{article.pk}/share/telegram/", REMOTE_ADDR="10.9.8.7")
    reader.post(f"/hy/articles/{article.pk}/share/vk/", REMOTE_ADDR="10.9.8.7")
    assert shown(article, "hy")[1] == 2


def test_two_browsers_behind_one_address_are_two_clients():
    article = make_article()
    url = article.get_absolute_url("hy")
    Client(HTTP_USER_AGENT=BROWSER_UA).get(url)
    Client(HTTP_USER_AGENT=BROWSER_UA.replace("Chrome/124", "Firefox/125")).get(url)
    Client(HTTP_USER_AGENT=BROWSER_UA).get(url)  # no cookie, same address and agent as the first
    assert shown(article, "hy")[0] == 2


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (compatible; YandexBot/3.0)",
        "curl/8.5.0",
        "WhatsApp/2.24.6.77 A",
        "TelegramBot (like TwitterBot)",
    ],
)
def test_bots_are_not_counted(agent):
    article = make_article()
    response = Client(HTTP_USER_AGENT=agent).get(article.get_absolute_url("hy"))
    assert response.status_code == 200
    assert shown(article, "hy")[0] == 0


def test_views_are_counted_per_language(reader):
    article = make_article(languages=["hy", "ru"])
    reader.get(article.get_absolute_url("hy"))
    reader.get(article.get_absolute_url("ru"))
    reader.get(article.get_absolute_url("ru"))
    assert (shown(article, "hy")[0], shown(article, "ru")[0]) == (1, 1)


def test_share_counts_and_redirects_to_the_network(reader):
    article = make_article(languages=["hy", "en"], title_en="Tram line opens")
    reader.get(article.get_absolute_url("en"))
    response = reader.post(f"/en/articles/{article.pk}/share/facebook/")
    assert response.status_code == 303
    target = urlsplit(response["Location"])
    assert target.netloc == "www.facebook.com"
    assert parse_qs(target.query)["u"] == [f"{settings.SITE_URL}/en/articles/{article.pk}/tram-line-opens/"]
    assert shown(article, "en")[1] == 1
    assert stats(reader.get(article.get_absolute_url("en"))) == (1, 1)


@pytest.mark.parametrize(
    ("network", "host"),
    [("x", "x.com"), ("telegram", "t.me"), ("vk", "vk.com"), ("whatsapp", "wa.me"), ("email", "")],
)
def test_every_network_has_a_share_address(reader, network, host):
    article = make_article()
    response = reader.post(f"/hy/articles/{article.pk}/share/{network}/")
    assert response.status_code == 303
    assert urlsplit(response["Location"]).netloc == host
    if network == "email":
        assert response["Location"].startswith("mailto:?subject=")


def test_share_counts_once_per_client_and_network(reader):
    article = make_article()
    for _ in range(3):
        reader.post(f"/hy/articles/{article.pk}/share/telegram/")
    reader.post(f"/hy/articles/{article.pk}/share/vk/")
    assert shown(article, "hy")[1] == 2


def test_share_of_unknown_network_or_unpublished_edition_is_404(reader):
    article = make_article(languages=["hy", "ru"], published=["hy"])
    assert reader.post(f"/hy/articles/{article.pk}/share/myspace/").status_code == 404
    assert reader.post(f"/ru/articles/{article.pk}/share/facebook/").status_code == 404
    assert reader.post("/hy/articles/999999/share/facebook/").status_code == 404


def test_share_by_get_is_refused(reader):
    article = make_article()
    assert reader.get(f"/hy/articles/{article.pk}/share/facebook/").status_code == 405
    assert shown(article, "hy")[1] == 0


@pytest.mark.parametrize("method", ["OPTIONS", "POST", "PUT", "DELETE", "PATCH"])
def test_the_list_answers_other_methods_than_get_and_head_with_405(method):
    # CSRF checks on, as a browser meets them: the method is what is refused, not a missing token.
    make_article(title_hy="On the list")
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    response = browser.generic(method, "/hy/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert b"On the list" not in response.content


@pytest.mark.parametrize("method", ["OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE"])
def test_the_article_page_answers_other_methods_than_get_and_head_with_405_and_counts_nothing(method):
    article = make_article()
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    response = browser.generic(method, article.get_absolute_url("hy"))
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert shown(article, "hy")[0] == 0


def test_the_list_still_answers_get_and_head(reader):
    make_article(title_hy="On the list")
    assert b"On the list" in reader.get("/hy/").content
    head = reader.head("/hy/")
    assert head.status_code == 200
    assert head.content == b""


def test_share_buttons_are_labelled_in_the_page_language(reader):
    article = make_article(languages=["ru"], source="ru")
    body = reader.get(article.get_absolute_url("ru")).content.decode()
    assert "Поделиться с друзьями" in body
    assert body.count('<form method="post" action="/ru/articles/') == 6


# Safety -----------------------------------------------------------------------


def test_author_text_is_never_raw_html(reader):
    article = make_article(
        languages=["hy"],
        sections=0,
        published=[],
        title_hy="<script>alert('t')</script>",
        lead_hy="<img src=x onerror=alert(1)>",
    )
    article.sections.create(
        position=1,
        heading_hy="<b onmouseover=alert(2)>h</b>",
        body_hy='<script>alert(3)</script> [click](javascript:alert(4)) <a href="javascript:alert(5)">x</a>',
    )
    services.article_publish(article=article, language="hy")
    article.refresh_from_db()
    body = reader.get(article.get_absolute_url("hy")).content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body and "<b onmouseover" not in body
    assert 'href="javascript:' not in body.lower()
    assert "&lt;script&gt;alert(3)" in body


# Feed, sitemap, health ------------------------------------------------------------


def test_feed_lists_the_editions_published_articles(client):
    live = make_article(languages=["hy", "en"], published=["en"])
    draft = make_article(languages=["en"], published=[])
    response = client.get("/en/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert live.title_en in body and draft.title_en not in body
    assert f"/en/articles/{live.pk}/" in body
    assert live.title_en not in client.get("/hy/feed/").content.decode()


def test_sitemap_lists_live_editions_with_hreflang_alternates(client):
    article = make_article(languages=["hy", "ru", "en"], published=["hy", "ru"])
    body = client.get("/sitemap.xml").content.decode()
    assert f"/hy/articles/{article.pk}/" in body
    assert f'hreflang="ru" href="{settings.SITE_URL}/ru/articles/{article.pk}/' in body
    assert f"/en/articles/{article.pk}/" not in body


def test_healthz_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_healthz_is_503_when_the_database_fails(client):
    from django.db import OperationalError

    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


# Query counts ---------------------------------------------------------------------


@pytest.fixture
def database_counting(monkeypatch, settings):
    # Pin the stores so the figures are the same in every CI pass: counting in
    # the database, and a process-local shared cache whose calls are no queries.
    monkeypatch.setattr(counters, "counter", lambda: counters.DatabaseCounter())
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    pages.clear()


def new_reader():
    # One agent per reader; not "reader-N": agents with "reader" in them are bots.
    return Client(HTTP_USER_AGENT=f"{BROWSER_UA} n{next(_readers)}")


_readers = count()


@pytest.mark.usefixtures("database_counting")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("articles", [1, 12])
def test_list_page_query_count_is_constant(django_assert_num_queries, language, articles):
    categories = [make_category(**{f"name_{code}": f"Category {n} {code}" for code in LANGUAGES}) for n in range(3)]
    for n in range(articles):
        make_article(languages=LANGUAGES, cover="covers/2026/12/cover.jpg", category=categories[n % 3])
    pinned = make_article(languages=LANGUAGES, cover="covers/2026/12/pinned.jpg", at=timezone.now() - timedelta(days=9))
    services.edition_pin(article=pinned, language=language, until=timezone.now() + timedelta(days=1))
    # First render: 1 the newest change (the cache's version), 2 the pinned
    # editions, 3 the page of articles (and one more, which says whether a
    # next page exists: no count), 4 the renditions of their covers (one
    # query for the page), 5 the categories (navigation and blocks), 6 the
    # blocks' articles (one query for every category), 7 the week's most read
    # (nothing read yet, so no second query), 8 exchange rates, 9 weather,
    # 10 site settings (footer), 11 the breaking editions (then a minute in
    # the shared cache), 12 the next scheduled edition or end of a pin (until
    # when the page holds).
    with django_assert_num_queries(12):
        assert new_reader().get(f"/{language}/").status_code == 200
    # Cached: 1 the newest change, which says the page still holds.
    with django_assert_num_queries(1):
        assert new_reader().get(f"/{language}/").status_code == 200


@pytest.mark.usefixtures("database_counting")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sections", [1, 15])
def test_article_page_query_count_is_constant(django_assert_num_queries, language, sections):
    category = make_category(**{f"name_{code}": f"Politics {code}" for code in LANGUAGES})
    article = make_article(languages=LANGUAGES, sections=sections, cover="covers/2026/12/cover.jpg", category=category)
    make_article(languages=LANGUAGES, category=category)  # related
    Section.objects.filter(article=article).update(photo="photos/2026/12/inside.jpg")
    services.article_publish(article=article, language=language)
    url = article.get_absolute_url(language)
    # The count of a new reader: a savepoint (a transaction outside tests),
    # the client's window (the visitor cookie it is given carries it), the
    # day's row, the edition's total (returning the figures to show),
    # release. The day's first count also creates the day's row.
    counting = 5
    # First render: 1 the editions, the count and its day's new row, then the
    # edition's published text with its category (its sections with it,
    # whatever their number), the renditions of its cover and section photos
    # (one query, whatever their number), the week's most read (ranking, then
    # those editions), the related articles, the categories (navigation),
    # rates, weather, site settings and the breaking editions (then a minute
    # in the shared cache).
    with django_assert_num_queries(1 + counting + 1 + 1 + 9):
        assert new_reader().get(url).status_code == 200
    # Rendered page cached: 1 the editions, and the count.
    with django_assert_num_queries(1 + counting):
        assert new_reader().get(url).status_code == 200
    # A repeat visit is not counted: one read of its window and the figures, no write.
    reader = new_reader()
    reader.get(url)
    with django_assert_num_queries(1 + 1):
        assert reader.get(url).status_code == 200
    assert shown(article, language)[0] == 3


def page_figures(response) -> tuple[int, int]:
    views, shares = re.search(r'data-views="(\d+)" data-shares="(\d+)"', response.content.decode()).groups()
    return int(views), int(shares)


@pytest.mark.usefixtures("database_counting")
def test_a_reader_sees_the_figures_of_the_moment_while_the_page_is_cached(settings):
    settings.PAGE_RECHECK_SECONDS = 60  # the article's state is kept, as in production
    article = make_article()
    url = article.get_absolute_url("hy")
    reader = Client(HTTP_USER_AGENT=f"{BROWSER_UA} me", enforce_csrf_checks=True)
    first = reader.get(url)
    assert page_figures(first) == (1, 0)
    assert page_figures(new_reader().get(url)) == (2, 0)
    assert reader.post(f"/hy/articles/{article.pk}/share/x/", HTTP_SEC_FETCH_SITE="same-origin").status_code == 303
    # Not counted again, yet shown the other reader's view and this share.
    assert page_figures(reader.get(url)) == (2, 1)


@pytest.mark.usefixtures("database_counting")
def test_a_reader_who_keeps_no_cookie_sees_the_figures_of_the_moment(settings):
    settings.PAGE_RECHECK_SECONDS = 60
    url = make_article().get_absolute_url("hy")
    reader = Client(HTTP_USER_AGENT=f"{BROWSER_UA} no cookies")
    assert page_figures(reader.get(url)) == (1, 0)
    assert page_figures(new_reader().get(url)) == (2, 0)
    reader.cookies.clear()  # handed a new visitor cookie each time, never sent back
    assert page_figures(reader.get(url)) == (2, 0)


def test_article_page_counts_through_redis_with_one_query(django_assert_num_queries, monkeypatch, settings):
    # A shared cache whose calls are no queries (the breaking band reads it), as in database_counting.
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    store = counters.RedisCounter(TEST_REDIS)
    store.redis.flushdb()
    monkeypatch.setattr(counters, "counter", lambda: store)
    article = make_article()
    new_reader().get(article.get_absolute_url("hy"))
    # 1 the article with its editions; the count and the pending figures are Redis calls.
    with django_assert_num_queries(1):
        response = new_reader().get(article.get_absolute_url("hy"))
    assert stats(response) == (2, 0)
    assert edition(article, "hy").views == 0  # pending in Redis
    store.flush()
    assert edition(article, "hy").views == 2
    store.redis.flushdb()


def test_pages_answer_when_the_cache_server_is_down(reader, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # Nothing listens on port 1: every cache call fails at once.
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        },
    }
    article = make_article()
    response = reader.get(article.get_absolute_url("hy"))
    assert response.status_code == 200
    assert reader.get("/hy/").status_code == 200
    share = reader.post(f"/hy/articles/{article.pk}/share/telegram/")
    assert share.status_code == 303


def test_cached_list_shows_a_new_publication_at_once(reader):
    first = make_article()
    assert first.title_hy in reader.get("/hy/").content.decode()
    second = make_article()
    assert second.title_hy in reader.get("/hy/").content.decode()
    services.article_unpublish(article=second, language="hy")
    assert second.title_hy not in reader.get("/hy/").content.decode()


def test_cached_list_drops_an_article_deleted_in_the_admin_at_once(reader, press):
    # The newest change is the kept one's: the deletion changes no date of what is left.
    deleted = make_article()
    kept = make_article()
    assert deleted.title_hy in reader.get("/hy/").content.decode()
    response = press.post(f"/admin/articles/article/{deleted.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    body = reader.get("/hy/").content.decode()
    assert deleted.title_hy not in body
    assert kept.title_hy in body


def test_cached_list_drops_articles_deleted_from_the_changelist_at_once(reader, press):
    deleted = [make_article(), make_article()]
    kept = make_article()
    assert all(article.title_hy in reader.get("/hy/").content.decode() for article in deleted)
    response = press.post(
        "/admin/articles/article/",
        {"action": "delete_selected", "_selected_action": [article.pk for article in deleted], "post": "yes"},
    )
    assert response.status_code == 302
    body = reader.get("/hy/").content.decode()
    assert not any(article.title_hy in body for article in deleted)
    assert kept.title_hy in body


def test_cached_article_page_shows_a_published_change_at_once_and_a_saved_one_never(reader):
    article = make_article()
    reader.get(article.get_absolute_url("hy"))
    article.lead_hy = "A corrected lead"
    article.save()
    assert "A corrected lead" not in reader.get(article.get_absolute_url("hy")).content.decode()
    services.article_publish(article=article, language="hy")
    assert "A corrected lead" in reader.get(article.get_absolute_url("hy")).content.decode()


def test_cached_list_shows_a_scheduled_edition_when_it_comes_due(reader):
    at = timezone.now() + timedelta(minutes=5)
    scheduled = make_article(at=at)
    make_article()
    assert scheduled.title_hy not in reader.get("/hy/").content.decode()
    with mock.patch("django.utils.timezone.now", return_value=at + timedelta(seconds=1)):
        assert scheduled.title_hy in reader.get("/hy/").content.decode()


def test_workers_ask_for_changes_at_most_once_per_recheck_interval(reader, settings, django_assert_num_queries):
    settings.PAGE_RECHECK_SECONDS = 60
    first = make_article()
    clock = [1000.0]
    with mock.patch("articles.pages.time.monotonic", lambda: clock[0]):
        assert first.title_hy in reader.get("/hy/").content.decode()
        second = make_article()
        with django_assert_num_queries(0):
            body = reader.get("/hy/").content.decode()
        assert second.title_hy not in body  # within the interval: the page as it was
        clock[0] += 61
        assert second.title_hy in reader.get("/hy/").content.decode()


def test_a_published_edition_without_its_published_text_cannot_be_stored():
    # A database constraint: no path, the shell's included, can put one before readers.
    from django.db import IntegrityError, transaction

    article = make_article(languages=["hy"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Edition.objects.create(article=article, language="tr", status="published", published_at=timezone.now())


def test_article_state_is_kept_per_worker_for_the_recheck_interval(settings, django_assert_num_queries):
    settings.PAGE_RECHECK_SECONDS = 60
    article = make_article()
    url = article.get_absolute_url("hy")
    assert new_reader().get(url).status_code == 200
    services.article_unpublish(article=article, language="hy")
    # Within the interval the worker still serves it (and counts it); the
    # next check, at most a minute later here and a second by default, does not.
    assert new_reader().get(url).status_code == 200
    pages.clear()
    assert new_reader().get(url).status_code == 404


def test_scheduled_edition_goes_live_on_time_even_with_a_kept_state(settings):
    settings.PAGE_RECHECK_SECONDS = 60
    at = timezone.now() + timedelta(minutes=5)
    article = make_article(at=at)
    url = article.get_absolute_url("hy")
    assert new_reader().get(url).status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=at + timedelta(seconds=1)):
        assert new_reader().get(url).status_code == 200
