"""
What search engines read: /sitemap.xml (every live edition with its live
translations and an x-default, lastmod with the time), /sitemap-news.xml
(Google News' format, the last two days, at most 1,000) and /robots.txt.
"""

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from urllib.robotparser import RobotFileParser

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles import services
from articles.models import Article
from articles.sitemaps import ArticleSitemap
from editorial.services import preview_link_create
from tests.factories import edition, make_article, make_many_articles

pytestmark = pytest.mark.django_db

SITE = "https://news.example.am"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


def parse(client, url) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - the site's own sitemap


def entries(client) -> dict[str, dict]:
    """/sitemap.xml as {address: {"lastmod": text, "alternates": {hreflang: address}}}."""
    found = {}
    for url in parse(client, "/sitemap.xml").findall("sm:url", NS):
        lastmod = url.find("sm:lastmod", NS)
        found[url.find("sm:loc", NS).text] = {
            "lastmod": lastmod.text if lastmod is not None else None,
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            },
        }
    return found


def address(article, language) -> str:
    return SITE + edition(article, language).get_absolute_url()


# /sitemap.xml ---------------------------------------------------------------------


def test_sitemap_lists_live_editions_only_each_with_reciprocal_alternates_of_the_live_ones(client):
    article = make_article(languages=["hy", "ru", "en", "tr"], published=["hy", "ru"])
    services.article_publish(article=article, language="en", at=timezone.now() + timedelta(days=1))  # scheduled
    sitemap = entries(client)
    live = {address(article, "hy"), address(article, "ru")}
    assert set(sitemap) == live
    for entry in sitemap.values():
        languages = {code: url for code, url in entry["alternates"].items() if code != "x-default"}
        # Each page names every live edition, itself included, and nothing else.
        assert languages == {"hy": address(article, "hy"), "ru": address(article, "ru")}
    assert f"/en/articles/{article.pk}/" not in str(sitemap) and f"/tr/articles/{article.pk}/" not in str(sitemap)


def test_an_unpublished_edition_leaves_the_sitemap_and_its_translations_alternates(client):
    article = make_article(languages=["hy", "en"])
    services.article_unpublish(article=article, language="en")
    sitemap = entries(client)
    assert list(sitemap) == [address(article, "hy")]
    assert set(sitemap[address(article, "hy")]["alternates"]) == {"hy", "x-default"}


def test_an_article_with_no_live_edition_is_not_in_the_sitemap(client):
    make_article(languages=["hy", "ru"], published=[])
    make_article(languages=["ru"], at=timezone.now() + timedelta(hours=2))
    assert entries(client) == {}


def test_x_default_is_the_armenian_edition_when_it_is_live_else_the_first_live_one(client):
    armenian = make_article(languages=["hy", "ru", "en"])
    translated = make_article(languages=["hy", "ru", "en"], published=["en", "ru"])
    sitemap = entries(client)
    for code in ["hy", "ru", "en"]:
        assert sitemap[address(armenian, code)]["alternates"]["x-default"] == address(armenian, "hy")
    for code in ["ru", "en"]:
        # The site's order is hy, ru, en, tr: Russian comes first of what is live.
        assert sitemap[address(translated, code)]["alternates"]["x-default"] == address(translated, "ru")


def test_lastmod_gives_each_editions_own_last_change_with_the_time_and_zone(client):
    published = timezone.now() - timedelta(days=3)
    article = make_article(languages=["hy", "ru"], at=published)
    later = timezone.now() + timedelta(hours=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        services.article_publish(article=article, language="ru")  # a correction of the Russian text, an hour on
        sitemap = entries(client)
    armenian = datetime.fromisoformat(sitemap[address(article, "hy")]["lastmod"])
    russian = datetime.fromisoformat(sitemap[address(article, "ru")]["lastmod"])
    assert sitemap[address(article, "hy")]["lastmod"].endswith("+04:00")  # Asia/Yerevan
    assert armenian == edition(article, "hy").updated_at.replace(microsecond=0)
    assert russian == edition(article, "ru").updated_at.replace(microsecond=0)
    assert russian == later.replace(microsecond=0) and armenian < russian


def test_a_scheduled_edition_is_listed_from_its_time_with_that_time_as_its_lastmod(client):
    article = make_article(languages=["hy"], published=[])
    going_live = timezone.now() + timedelta(hours=1)
    services.article_publish(article=article, language="hy", at=going_live)
    assert entries(client) == {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: going_live + timedelta(minutes=1))
        sitemap = entries(client)
    assert datetime.fromisoformat(sitemap[address(article, "hy")]["lastmod"]) == going_live.replace(microsecond=0)


def test_the_sitemap_takes_two_queries_however_many_articles_and_one_once_built(
    client, settings, django_assert_num_queries
):
    # A process-local cache, whose calls are no queries (the database cache's
    # would be), so the figures are the same with or without Redis.
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    make_article(languages=["hy", "ru"])
    with django_assert_num_queries(2):  # the editions' version (selectors.live_version), the live editions
        assert len(entries(client)) == 2
    with django_assert_num_queries(1):  # the version only: the XML is kept in the cache
        assert len(entries(client)) == 2
    make_many_articles(30, languages=("hy", "ru", "en"))
    with django_assert_num_queries(2):  # the same two: new editions, a new version
        assert len(entries(client)) == 92


def test_the_kept_sitemap_follows_a_publication_an_unpublication_and_a_scheduled_edition_going_live(client):
    article = make_article(languages=["hy", "ru", "en"], published=["hy"])
    assert set(entries(client)) == {address(article, "hy")}
    services.article_publish(article=article, language="ru")
    assert set(entries(client)) == {address(article, "hy"), address(article, "ru")}
    services.article_unpublish(article=article, language="hy")
    assert set(entries(client)) == {address(article, "ru")}
    going_live = timezone.now() + timedelta(hours=1)
    services.article_publish(article=article, language="en", at=going_live)
    assert set(entries(client)) == {address(article, "ru")}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: going_live + timedelta(seconds=1))
        assert set(entries(client)) == {address(article, "ru"), address(article, "en")}


def test_the_sitemap_answers_when_the_cache_fails(client, monkeypatch):
    article = make_article(languages=["hy"])

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", down)
    monkeypatch.setattr(cache, "set", down)
    assert set(entries(client)) == {address(article, "hy")}


def test_a_sitemap_page_that_does_not_exist_is_a_404_and_odd_pages_are_not_kept(client):
    make_article(languages=["hy"])
    assert client.get("/sitemap.xml?p=2").status_code == 404
    assert client.get("/sitemap.xml?p=abc").status_code == 404
    assert client.get("/sitemap.xml?p=99999999999999999999").status_code == 404
    assert client.get("/sitemap.xml?p=1")["X-Robots-Tag"] == "noindex, noodp, noarchive"


def test_past_one_pages_worth_of_addresses_the_sitemap_is_an_index_of_its_pages_at_the_sites_address(
    client, monkeypatch
):
    monkeypatch.setattr(ArticleSitemap, "limit", 4)
    make_many_articles(3, languages=("hy", "ru", "en"))
    articles = Article.objects.all()
    index = parse(client, "/sitemap.xml")
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    pages = [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]
    assert pages == [f"{SITE}/sitemap.xml?p={page}" for page in (1, 2, 3)]
    listed = []
    for page in pages:
        urlset = parse(client, page.removeprefix(SITE))
        locations = [url.find("sm:loc", NS).text for url in urlset.findall("sm:url", NS)]
        assert 0 < len(locations) <= 4
        # Each address keeps its alternates on whichever page it falls.
        assert all(len(url.findall("xhtml:link", NS)) == 4 for url in urlset.findall("sm:url", NS))
        listed += locations
    assert sorted(listed) == sorted(address(article, code) for article in articles for code in ("hy", "ru", "en"))
    assert client.get("/sitemap.xml?p=4").status_code == 404


def test_within_one_pages_worth_of_addresses_the_sitemap_is_the_list_itself(client, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 4)
    make_many_articles(2, languages=("hy", "ru"))
    assert parse(client, "/sitemap.xml").tag == f"{{{NS['sm']}}}urlset"
    assert len(entries(client)) == 4


# /sitemap-news.xml ----------------------------------------------------------------


def news(client) -> list[dict]:
    found = []
    for url in parse(client, "/sitemap-news.xml").findall("sm:url", NS):
        item = url.find("news:news", NS)
        found.append(
            {
                "loc": url.find("sm:loc", NS).text,
                "name": item.find("news:publication/news:name", NS).text,
                "language": item.find("news:publication/news:language", NS).text,
                "date": item.find("news:publication_date", NS).text,
                "title": item.find("news:title", NS).text,
            }
        )
    return found


def test_news_sitemap_lists_the_last_two_days_live_editions_newest_first(client):
    now = timezone.now()
    recent = make_article(languages=["hy", "ru"], at=now - timedelta(hours=47))
    newest = make_article(languages=["en"], at=now - timedelta(minutes=5))
    make_article(languages=["hy"], at=now - timedelta(hours=49))  # older than two days
    make_article(languages=["tr"], at=now + timedelta(hours=1))  # scheduled
    make_article(languages=["tr"], published=[])  # draft
    listed = [entry["loc"] for entry in news(client)]
    assert listed[0] == address(newest, "en")
    assert sorted(listed[1:]) == sorted([address(recent, "hy"), address(recent, "ru")])


def test_news_entries_name_the_publication_in_the_editions_language_with_title_and_zoned_date(client):
    at = timezone.now() - timedelta(hours=3)
    article = make_article(
        languages=["hy", "ru", "en", "tr"], at=at, title_en='Budget & "tax" <b>talks</b>', title_ru="Бюджет"
    )
    by_language = {entry["language"]: entry for entry in news(client)}
    assert {code: entry["name"] for code, entry in by_language.items()} == {
        "hy": "Խմբագրություն",
        "ru": "Редакция",
        "en": "Newsroom",
        "tr": "Haber Merkezi",
    }
    assert by_language["en"]["title"] == 'Budget & "tax" <b>talks</b>'  # text, not markup
    assert by_language["ru"]["title"] == "Бюджет"
    assert by_language["tr"]["loc"] == address(article, "tr")
    date = datetime.fromisoformat(by_language["hy"]["date"])
    assert by_language["hy"]["date"].endswith("+04:00") and date == at.replace(microsecond=0)


def test_news_sitemap_keeps_the_newest_1000_editions(client):
    # 1,001 live editions of the last day, one a minute: the oldest is left out.
    make_many_articles(1001, languages=("hy",))
    listed = news(client)
    assert len(listed) == 1000
    assert not any(entry["title"] == "Bulk 1000 hy" for entry in listed)
    assert listed[0]["title"] == "Bulk 0 hy"


def test_news_sitemap_takes_one_query(client, django_assert_num_queries):
    make_many_articles(20, languages=("hy", "en"))
    with django_assert_num_queries(1):  # the last two days' live editions
        assert len(news(client)) == 40


# /robots.txt ----------------------------------------------------------------------


def robots(client) -> RobotFileParser:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    parser = RobotFileParser()
    parser.parse(response.content.decode().splitlines())
    return parser


def test_robots_txt_names_both_sitemaps_at_the_sites_address(client):
    parser = robots(client)
    assert parser.site_maps() == [f"{SITE}/sitemap.xml", f"{SITE}/sitemap-news.xml"]
    for sitemap in parser.site_maps():
        assert client.get(sitemap.removeprefix(SITE)).status_code == 200


def test_robots_txt_keeps_crawlers_from_the_admin_and_previews_but_not_articles(client):
    article = make_article(languages=["hy", "ru", "en", "tr"], published=["hy"])
    parser = robots(client)
    assert not parser.can_fetch("Googlebot", f"{SITE}/admin/")
    assert not parser.can_fetch("Googlebot", f"{SITE}/admin/articles/article/")
    for code in ["hy", "ru", "en", "tr"]:
        link = preview_link_create(article=article, language=code)
        assert not parser.can_fetch("Googlebot", SITE + link.get_absolute_url()), code
        assert parser.can_fetch("Googlebot", f"{SITE}/{code}/")
    assert parser.can_fetch("Googlebot", address(article, "hy"))
    assert parser.can_fetch("Googlebot", f"{SITE}/hy/feed/")


def test_robots_txt_is_the_same_whatever_the_host_header_and_takes_no_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        first = client.get("/robots.txt", HTTP_HOST="127.0.0.1:9999").content
    assert b"127.0.0.1" not in first
    assert first == client.get("/robots.txt").content


def test_each_article_page_names_the_same_alternates_as_its_sitemap_entry(client):
    from tests.test_seo import head_of

    article = make_article(languages=["hy", "ru", "en", "tr"], published=["hy", "ru", "en"])
    listed = entries(client)
    for language in ("hy", "ru", "en"):
        url = address(article, language)
        page = head_of(edition(article, language).get_absolute_url())
        assert page.alternates == listed[url]["alternates"], language
