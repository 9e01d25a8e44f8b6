"""
The RSS feed of each edition as feed readers take it: feedparser parses it
without complaint in every language, each item names its authors and shows
its cover photo (Media RSS media:content, the 1200-wide JPEG), and the feed
costs the same queries however many items it has.
"""

import feedparser
import pytest
from django.utils.translation import gettext, override

from articles import services
from articles.models import Article
from photos.models import Rendition
from tests.factories import armenian_names, edition, make_article, make_category, make_contributor, store_photo

pytestmark = pytest.mark.django_db

SITE = "https://news.example.am"
LANGUAGES = ["hy", "ru", "en", "tr"]
TITLES = {"hy": "Խմբագրություն", "ru": "Редакция", "en": "Newsroom", "tr": "Haber Merkezi"}


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


def read(client, language: str) -> feedparser.FeedParserDict:
    response = client.get(f"/{language}/feed/")
    assert response.status_code == 200
    # With the headers, as a feed reader has them: feedparser checks the declared encoding against them.
    return feedparser.parse(response.content, response_headers={"content-type": response["Content-Type"]})


def photographed(*, languages=LANGUAGES, size=(1600, 1000), name="covers/2026/12/cover.jpg", **fields) -> Article:
    """An article live in `languages` with a cover photo, described per language, and its renditions made."""
    cover = store_photo(name, size=size)
    for code in languages:
        fields.setdefault(f"cover_alt_{code}", f"Cover seen in {code}")
    article = make_article(languages=languages, published=[], cover=cover, **fields)
    services.article_photos_render(article=article)
    for code in languages:
        services.article_publish(article=article, language=code)
    return article


def test_every_editions_feed_parses_without_complaint_with_titles_authors_and_dates(client, media):
    anna = make_contributor(**armenian_names("Anna", "Petrosyan", ru="Анна Петросян", hy="Աննա Պետրոսյան"))
    armen = make_contributor(**armenian_names("Armen", "Sargsyan", ru="Армен Саргсян", hy="Արմեն Սարգսյան"))
    article = photographed(
        byline=[anna, armen],
        title_en='Budget & "tax" <b>talks</b>',
        lead_en="First line\nsecond line < third",
    )
    make_article(languages=LANGUAGES)  # no cover, no byline
    authors = {
        "hy": "Աննա Պետրոսյան և Արմեն Սարգսյան",
        "ru": "Анна Петросян и Армен Саргсян",
        "en": "Anna Petrosyan and Armen Sargsyan",
        "tr": "Anna Petrosyan ve Armen Sargsyan",
    }
    for code in LANGUAGES:
        feed = read(client, code)
        assert not feed.bozo, (code, feed.get("bozo_exception"))
        assert feed.version == "rss20"
        assert feed.feed.language == code
        assert feed.feed.title.startswith(TITLES[code])
        assert feed.feed.link == f"{SITE}/{code}/"
        assert len(feed.entries) == 2
        photographed_entry = next(entry for entry in feed.entries if entry.get("author"))
        assert photographed_entry.author == authors[code]
        assert photographed_entry.link == SITE + edition(article, code).get_absolute_url()
        assert photographed_entry.published_parsed is not None
    english = next(entry for entry in read(client, "en").entries if entry.get("author"))
    assert english.title == 'Budget & "tax" <b>talks</b>'  # the title as text, not markup


def test_the_feed_describes_itself_in_a_sentence_of_its_own_language(client):
    make_article(languages=LANGUAGES)
    assert read(client, "en").feed.description == "The newest articles in English."
    # Each catalog names its own language in its own sentence: no label is
    # filled in ("Рус", "Tür"), which no language declines.
    for code in LANGUAGES:
        with override(code):
            assert read(client, code).feed.description == gettext("The newest articles in this language.")


def test_a_category_feed_describes_itself_by_the_categorys_name(client):
    category = make_category(name_en="Sport", name_ru="Спорт")
    make_article(languages=["en", "ru"], category=category)
    response = client.get("/en/category/sport/feed/")
    feed = feedparser.parse(response.content, response_headers={"content-type": response["Content-Type"]})
    assert feed.feed.description == "The newest articles in Sport."


def test_the_cover_is_media_content_the_1200_wide_jpeg(client, media):
    article = photographed()
    w1200 = Rendition.objects.get(source=article.cover.name, spec="w1200", format="jpeg")
    (entry,) = read(client, "en").entries
    assert entry.media_content == [
        {
            "url": SITE + w1200.url,
            "type": "image/jpeg",
            "medium": "image",
            "width": "1200",
            "height": "750",
        }
    ]
    # Only the lead is the item's text: feedparser would take a media:description for its content.
    assert [part.value for part in entry.get("content", [])] == []
    assert entry.summary == edition(article, "en").lead
    assert w1200.url.endswith(".jpg") and media.joinpath(w1200.file.name).is_file()


def test_a_photo_narrower_than_1200_is_given_at_its_own_width(client, media):
    photographed(languages=["tr"], size=(900, 600), name="covers/2026/12/narrow.jpg")
    (entry,) = read(client, "tr").entries
    assert (entry.media_content[0]["width"], entry.media_content[0]["height"]) == ("900", "600")


def test_an_item_without_a_cover_or_renditions_has_no_media_content(client, media):
    make_article(languages=["hy"])
    make_article(languages=["hy"], cover=store_photo("covers/2026/12/unmade.jpg"))  # renditions not made yet
    feed = read(client, "hy")
    assert not feed.bozo
    assert [entry.get("media_content") for entry in feed.entries] == [None, None]


def test_an_items_guid_is_its_address_without_the_slug_and_leads_to_the_article(client):
    article = make_article(languages=["en"])
    (entry,) = read(client, "en").entries
    assert entry.id == f"{SITE}/en/articles/{article.pk}/"
    response = client.get(entry.id.removeprefix(SITE))
    assert response.status_code == 301
    assert response["Location"] == edition(article, "en").get_absolute_url()


def test_a_draft_or_scheduled_edition_is_not_in_the_feed(client):
    from datetime import timedelta

    from django.utils import timezone

    live = make_article(languages=["ru"])
    make_article(languages=["ru"], published=[])
    make_article(languages=["ru"], at=timezone.now() + timedelta(hours=1))
    assert [entry.link for entry in read(client, "ru").entries] == [SITE + edition(live, "ru").get_absolute_url()]


def test_the_feed_takes_two_queries_however_many_items_and_photos(client, media, django_assert_num_queries):
    for n in range(2):
        photographed(languages=["en"], name=f"covers/2026/12/first-{n}.jpg")
    with django_assert_num_queries(2):  # the live editions, then their covers' renditions
        assert len(read(client, "en").entries) == 2
    for n in range(4):
        photographed(languages=["en"], name=f"covers/2026/12/more-{n}.jpg")
    make_article(languages=["en"])
    with django_assert_num_queries(2):  # the same two
        feed = read(client, "en")
    assert len(feed.entries) == 7
    assert sum(1 for entry in feed.entries if entry.get("media_content")) == 6


def test_a_feed_without_photos_takes_one_query(client, django_assert_num_queries):
    make_article(languages=["hy"])
    make_article(languages=["hy"])
    with django_assert_num_queries(1):  # the live editions; no cover, so no renditions to read
        assert len(read(client, "hy").entries) == 2
