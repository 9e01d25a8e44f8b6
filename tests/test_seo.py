"""What search engines and shared links read of the reader pages: the head's links, Open Graph and JSON-LD."""

import html.parser
import json
from datetime import timedelta
from itertools import count

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.translation import override

from articles import pages, seo, services
from articles.checklist import LONG_DESCRIPTION, publish_checklist
from articles.models import Article
from articles.seo import DESCRIPTION_LENGTH
from photos.services import renditions_make
from tests.factories import edition, make_article, make_category, make_contributor, make_press_secretary, store_photo

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


class Head(html.parser.HTMLParser):
    """The <head> of a page: its meta and link elements, and the text of its JSON-LD scripts."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.meta: list[dict] = []
        self.links: list[dict] = []
        self.json_ld: list[str] = []
        self._in_head = self._in_json = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif self._in_head and tag == "meta":
            self.meta.append(attrs)
        elif self._in_head and tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        elif tag == "script":
            self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json_ld[-1] += data

    def values(self, name: str) -> list[str]:
        return [meta["content"] for meta in self.meta if meta.get("property") == name or meta.get("name") == name]

    def one(self, name: str) -> str:
        (value,) = self.values(name)
        return value

    @property
    def canonical(self) -> list[str]:
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]

    @property
    def alternates(self) -> dict[str, str]:
        found = [(link["hreflang"], link["href"]) for link in self.links if "hreflang" in link]
        assert len(found) == len(dict(found)), "one alternate per language"
        return dict(found)

    @property
    def news_article(self) -> dict:
        (text,) = self.json_ld
        return json.loads(text)


def reader() -> Client:
    """A new reader: a browser of its own (the address and user agent tell one from another)."""
    return Client(HTTP_USER_AGENT=f"{BROWSER_UA} {next(_readers)}")


_readers = count(1)


def head_of(url: str) -> Head:
    response = reader().get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def absolute(settings, url: str) -> str:
    return settings.SITE_URL + url


def test_every_live_edition_lists_every_live_edition_and_the_same_x_default(settings):
    article = make_article(languages=LANGUAGES)
    expected = {code: absolute(settings, article.get_absolute_url(code)) for code in LANGUAGES}
    for code in LANGUAGES:
        head = head_of(article.get_absolute_url(code))
        # Reciprocal: each page names itself and the three others, and the Armenian one as x-default.
        assert head.alternates == {**expected, "x-default": expected["hy"]}, code
        assert head.canonical == [expected[code]]


def test_a_draft_or_scheduled_edition_has_no_alternate_until_it_is_live(settings):
    later = timezone.now() + timedelta(hours=2)
    article = make_article(languages=LANGUAGES, published=["hy", "en"])
    services.article_publish(article=article, language="ru", at=later)  # scheduled; tr stays a draft
    head = head_of(article.get_absolute_url("en"))
    assert set(head.alternates) == {"hy", "en", "x-default"}
    assert head.one("og:locale") == "en_US"
    assert head.values("og:locale:alternate") == ["hy_AM"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.utils.timezone.now", lambda: later + timedelta(seconds=1))
        pages.clear()
        head = head_of(article.get_absolute_url("en"))
    assert set(head.alternates) == {"hy", "ru", "en", "x-default"}
    assert head.values("og:locale:alternate") == ["hy_AM", "ru_RU"]


def test_x_default_is_the_first_live_edition_when_the_armenian_one_is_not_live(settings):
    article = make_article(languages=["hy", "ru", "tr"], published=["tr", "ru"], source="ru")
    head = head_of(article.get_absolute_url("tr"))
    assert head.alternates["x-default"] == absolute(settings, article.get_absolute_url("ru"))
    assert "hy" not in head.alternates


@pytest.mark.parametrize(("language", "locale"), [("hy", "hy_AM"), ("ru", "ru_RU"), ("en", "en_US"), ("tr", "tr_TR")])
def test_open_graph_names_each_editions_locale_and_the_page(settings, language, locale):
    article = make_article(languages=LANGUAGES)
    head = head_of(article.get_absolute_url(language))
    assert head.one("og:locale") == locale
    assert sorted(head.values("og:locale:alternate")) == sorted({"hy_AM", "ru_RU", "en_US", "tr_TR"} - {locale})
    assert head.one("og:type") == "article"
    assert head.one("og:title") == getattr(article, f"title_{language}")
    assert head.one("og:url") == absolute(settings, article.get_absolute_url(language))
    assert head.one("og:site_name")
    assert head.one("robots") == "max-image-preview:large"


def test_the_cover_is_shared_as_the_1200_by_630_rendition_with_its_alt_text_and_a_large_card(media, settings):
    cover = store_photo(size=(1600, 1000))
    renditions_make(name=cover)
    article = make_article(languages=["en"], cover=cover, cover_alt_en="Trolleybus at night")
    head = head_of(article.get_absolute_url("en"))
    assert head.one("og:image").startswith(settings.SITE_URL + "/media/")
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "630")
    assert head.one("og:image:alt") == "Trolleybus at night"
    assert head.one("twitter:card") == "summary_large_image"
    images = head.news_article["image"]
    assert images[0] == head.one("og:image")
    assert all(url.startswith(settings.SITE_URL) for url in images) and len(images) == 2


def test_without_a_cover_the_card_is_the_small_one_and_no_image_is_claimed():
    article = make_article(languages=["en"])
    head = head_of(article.get_absolute_url("en"))
    assert head.values("og:image") == []
    assert head.one("twitter:card") == "summary"
    assert "image" not in head.news_article


def test_the_description_is_the_lead_until_an_seo_description_is_written_and_published():
    article = make_article(languages=["en"], lead_en="The city council approved the budget.")
    url = article.get_absolute_url("en")
    head = head_of(url)
    assert head.one("description") == head.one("og:description") == "The city council approved the budget."

    Article.objects.filter(pk=article.pk).update(seo_description_en="Yerevan's 2027 budget: what changes for buses.")
    article.refresh_from_db()
    pages.clear()
    # Saved, not published: readers and search engines still get the published text.
    assert head_of(url).one("description") == "The city council approved the budget."

    services.article_publish(article=article, language="en")
    assert edition(article, "en").seo_description == "Yerevan's 2027 budget: what changes for buses."
    head = head_of(url)
    assert head.one("description") == "Yerevan's 2027 budget: what changes for buses."
    assert head.news_article["description"] == "Yerevan's 2027 budget: what changes for buses."


def test_a_long_lead_standing_in_is_cut_between_words():
    lead = " ".join(["Ереван"] * 60)
    article = make_article(languages=["ru"], lead_ru=lead)
    described = head_of(article.get_absolute_url("ru")).one("description")
    assert len(described) <= DESCRIPTION_LENGTH and described.endswith("…")
    assert described.removesuffix("…").split() == ["Ереван"] * len(described.removesuffix("…").split())


def test_an_over_long_seo_description_is_a_warning_and_a_long_lead_is_not():
    article = make_article(languages=["en"], published=[], lead_en="x " * 200, category=make_category())
    assert publish_checklist(article=article, language="en").warnings == []
    article.seo_description_en = "y" * (LONG_DESCRIPTION + 1)
    with override("en"):
        checklist = publish_checklist(article=article, language="en")
    assert checklist.may_publish
    assert checklist.warnings == [
        f"The SEO description is {LONG_DESCRIPTION + 1} characters long; search results show about {LONG_DESCRIPTION}."
    ]


def test_news_article_names_the_byline_dates_with_the_zone_publisher_and_language(settings):
    anna = make_contributor(name_hy="Աննա Պետրոսյան", name_en="Anna Petrosyan")
    armen = make_contributor(name_en="Armen Sargsyan")
    at = timezone.now().replace(microsecond=0) - timedelta(days=1)
    article = make_article(languages=["hy", "en"], byline=[anna, armen], at=at)
    data = head_of(article.get_absolute_url("en")).news_article
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == article.title_en
    assert data["inLanguage"] == "en"
    assert [author["@type"] for author in data["author"]] == ["Person", "Person"]
    assert [author["name"] for author in data["author"]] == ["Anna Petrosyan", "Armen Sargsyan"]
    assert all("url" not in author for author in data["author"])  # no page of theirs to link
    assert data["datePublished"] == timezone.localtime(at).isoformat(timespec="seconds")
    assert data["datePublished"].endswith("+04:00") and data["dateModified"].endswith("+04:00")
    assert data["dateModified"] >= data["datePublished"]
    canonical = absolute(settings, article.get_absolute_url("en"))
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": canonical}
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"] == "Newsroom"
    assert publisher["logo"]["url"].startswith(settings.SITE_URL) and publisher["logo"]["url"].endswith(".png")
    # The Armenian page names them in Armenian, and the one without an Armenian name as they have it.
    hy = head_of(article.get_absolute_url("hy")).news_article
    assert [author["name"] for author in hy["author"]] == ["Աննա Պետրոսյան", "Armen Sargsyan"]
    assert hy["publisher"]["name"] == "Խմբագրություն"


def test_an_unsigned_article_is_authored_by_the_newsroom():
    article = make_article(languages=["en"])
    assert head_of(article.get_absolute_url("en")).news_article["author"] == [
        {"@type": "Organization", "name": "Newsroom", "url": "http://127.0.0.1:8000/"}
    ]


def test_the_publishers_logo_is_a_static_file_of_the_size_it_claims():
    from django.contrib.staticfiles import finders
    from PIL import Image

    from articles.seo import LOGO, LOGO_SIZE

    with Image.open(finders.find(LOGO)) as logo:
        assert logo.size == LOGO_SIZE


@pytest.mark.parametrize(
    "name",
    ["Anna</script><script>alert(1)</script>", "Anna <!-- <script>", "Anna </SCRIPT >", 'Anna "&" <b>'],
)
def test_author_text_can_never_end_the_json_ld_script(name):
    article = make_article(languages=["en"], byline=[make_contributor(name_en=name)], title_en=f"Title {name}")
    page = reader().get(article.get_absolute_url("en")).content.decode()
    data = Head(page).news_article
    # Read back whole: the parser saw the script element end where the page ended it, not inside the name.
    assert data["author"] == [{"@type": "Person", "name": name}]
    assert data["headline"] == f"Title {name}"
    script = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script
    assert page.lower().count("<script") == 1


def test_line_and_paragraph_separators_are_escaped_in_json_ld():
    # Stored text has none (cms/text.py makes them spaces); the escaping does not rely on that.
    script = str(seo.json_ld({"name": "Anna\u2028Petrosyan\u2029</script>"}))
    data = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "\u2028" not in data and "\u2029" not in data and "<" not in data
    assert json.loads(data) == {"name": "Anna\u2028Petrosyan\u2029</script>"}


def test_the_list_page_names_its_editions_and_the_root_as_x_default(settings):
    make_article(languages=["ru"])
    head = head_of("/ru/")
    assert head.canonical == [absolute(settings, "/ru/")]
    assert head.alternates == {
        **{code: absolute(settings, f"/{code}/") for code in LANGUAGES},
        "x-default": absolute(settings, "/"),
    }
    assert head.one("og:type") == "website"
    assert head.one("og:locale") == "ru_RU"
    assert head.one("og:title") == "Последние новости"
    assert head.one("description") == "Свежие статьи редакции: сначала самые новые."
    assert head.one("robots") == "max-image-preview:large"
    assert head.json_ld == []


def test_a_later_list_page_is_its_own_canonical_without_alternates(settings):
    settings.ARTICLES_PER_PAGE = 1
    make_article(languages=["en"])
    make_article(languages=["en"])
    head = head_of("/en/?page=2")
    assert head.canonical == [absolute(settings, "/en/?page=2")]
    assert head.alternates == {}


def test_previews_and_missing_pages_are_not_indexed(client):
    article = make_article(languages=["hy", "en"], published=["hy"])
    client.force_login(make_press_secretary())
    preview = Head(client.get(f"/admin/articles/article/{article.pk}/preview/en/").content.decode())
    for head in [
        preview,
        Head(reader().get(f"/en/articles/{article.pk}/x/").content.decode()),
        Head(reader().get("/en/no-such-page/").content.decode()),
    ]:
        assert head.values("robots") == ["noindex"]
        assert head.canonical == [] and head.alternates == {} and head.json_ld == []


def test_the_admin_form_has_the_seo_description_in_a_collapsed_fieldset(client):
    article = make_article(languages=["en"])
    client.force_login(make_press_secretary())
    page = client.get(f"/admin/articles/article/{article.pk}/change/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'name="seo_description_en"' in page
    assert "Search and sharing" in page
    fieldset = page.split("Search and sharing", 1)[0].rsplit("<fieldset", 1)[1]
    assert "collapse" in fieldset


def test_the_head_adds_no_query_to_the_cached_pages(django_assert_num_queries, monkeypatch, settings):
    # Counting in the database and a process-local shared cache, as tests/test_views.py counts them.
    from django.core.cache import cache

    from articles import counters

    monkeypatch.setattr(counters, "counter", lambda: counters.DatabaseCounter())
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    pages.clear()
    article = make_article(languages=LANGUAGES, byline=[make_contributor(name_en="Anna")])
    url = article.get_absolute_url("en")
    reader().get(url)
    reader().get("/en/")
    # Cached article page: 1 the editions, then the count of a new reader
    # (savepoint, its window, the day's row, the edition's total, release).
    with django_assert_num_queries(1 + 5):
        assert "application/ld+json" in reader().get(url).content.decode()
    # Cached list: 1 the newest change, which says the page still holds.
    with django_assert_num_queries(1):
        assert 'hreflang="x-default"' in reader().get("/en/").content.decode()


def test_a_written_seo_description_shows_as_changed_since_published():
    from articles.diff import compare
    from articles.texts import EditionText

    article = make_article(languages=["en"])
    published = EditionText.from_edition(edition(article, "en"))
    assert EditionText.from_working(article, "en") == published
    article.seo_description_en = "Yerevan's buses run all night from Friday."
    with override("en"):
        rows = compare(published, EditionText.from_working(article, "en"))
    assert [row.label for row in rows if row.changed] == ["SEO description"]
