"""Categories: named and addressed in each language, managed by the press secretary, one per article."""

import re
from datetime import timedelta

import feedparser
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import override

from articles import services
from articles.checklist import publish_checklist
from articles.models import Article, Category, Edition
from tests.factories import make_article, make_category, make_translator
from tests.test_admin import article_form
from tests.test_views import database_counting, new_reader  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

POLITICS = {"name_hy": "Քաղաքականություն", "name_ru": "Политика", "name_en": "Politics", "name_tr": "Siyaset"}


# The model ---------------------------------------------------------------------


def test_a_category_gets_an_ascii_slug_in_each_language_it_is_named_in():
    category = make_category(**POLITICS)
    assert [category.slug_hy, category.slug_ru, category.slug_en, category.slug_tr] == [
        "kaghakakanutyun",
        "politika",
        "politics",
        "siyaset",
    ]


def test_a_slug_typed_is_kept_and_one_left_empty_stays_empty_without_a_name():
    category = make_category(name_en="Sport", slug_en="sports-desk")
    assert category.slug_en == "sports-desk"
    assert not category.slug_tr
    assert not category.has_name("tr")


def test_two_categories_cannot_share_a_slug_in_one_language_but_may_in_two():
    make_category(name_en="Culture")
    make_category(name_tr="Culture", slug_tr="culture")  # another language: allowed
    with pytest.raises(IntegrityError), transaction.atomic():
        Category.objects.create(name_en="Culture again", slug_en="culture")


def test_categories_are_ordered_by_position():
    later = make_category(name_en="World", position=5)
    first = make_category(name_en="Politics", position=1)
    assert list(Category.objects.all()) == [first, later]


def test_a_category_with_articles_cannot_be_deleted():
    from django.db.models import ProtectedError

    category = make_category()
    make_article(category=category)
    with pytest.raises(ProtectedError):
        category.delete()


# The admin ---------------------------------------------------------------------


def test_the_press_secretary_group_manages_categories():
    codenames = set(Group.objects.get(name="Press secretary").permissions.values_list("codename", flat=True))
    assert {"add_category", "change_category", "delete_category", "view_category"} <= codenames


def test_the_press_secretary_adds_a_category_in_the_admin_with_slugs_made_from_its_names(press):
    data = {**POLITICS, "slug_hy": "", "slug_ru": "", "slug_en": "", "slug_tr": "", "position": 3}
    response = press.post("/admin/articles/category/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    category = Category.objects.get()
    assert (category.slug_ru, category.slug_en, category.position) == ("politika", "politics", 3)
    # A slug typed in Cyrillic is kept in Latin letters.
    data = {"name_ru": "Экономика", "slug_ru": "Экономика", "position": 4}
    assert press.post("/admin/articles/category/add/", data).status_code == 302
    assert Category.objects.get(name_ru="Экономика").slug_ru == "ekonomika"


def test_the_admin_refuses_a_slug_taken_in_that_language_and_a_category_without_a_name(press):
    make_category(name_en="Politics")
    response = press.post("/admin/articles/category/add/", {"name_en": "Politics again", "slug_en": "politics"})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    response = press.post("/admin/articles/category/add/", {"position": 1})
    assert "Write the name in at least one language." in response.content.decode()
    assert Category.objects.count() == 1


def test_the_article_form_chooses_the_category(press):
    category = make_category(**POLITICS)
    data = article_form(title_hy="Ընտրություններ", sections=[{"heading_hy": "Ա", "body_hy": "Բ"}])
    data["category"] = category.pk
    assert press.post("/admin/articles/article/add/", data).status_code == 302
    assert Article.objects.get().category == category


def test_a_translator_may_not_change_the_category(client):
    from articles import permissions

    assert "category" in permissions.locked_article_fields(make_translator("en"))


def test_the_article_list_shows_and_filters_by_category(press):
    politics, sport = make_category(**POLITICS), make_category(name_en="Sport")
    voted = make_article(languages=["en"], category=politics, title_en="Parliament votes")
    make_article(languages=["en"], category=sport, title_en="Derby ends level")
    make_article(languages=["en"], title_en="Uncategorised note")
    html = press.get("/admin/articles/article/").content.decode()
    # Under each title: its category, or a dash.
    assert re.search(r'Parliament votes<br><span class="changelist-category">Politics</span>', html)
    assert re.search(r'Uncategorised note<br><span class="changelist-category">—</span>', html)
    filtered = press.get(f"/admin/articles/article/?category__id__exact={politics.pk}").content.decode()
    assert voted.title_en in filtered
    assert "Derby ends level" not in filtered and "Uncategorised note" not in filtered


def test_the_categories_list_counts_their_articles(press, django_assert_num_queries):
    politics = make_category(**POLITICS)
    for _ in range(3):
        make_article(category=politics)
    make_category(name_en="Sport")
    # 1 session, 2 user, 3 the user's admin language, 4 the user's own
    # permissions, 5 its groups' permissions, 6 the filtered count, 7 the full
    # count, 8 the page of categories with their article counts (one query).
    with django_assert_num_queries(8):
        html = press.get("/admin/articles/category/").content.decode()
    assert f'href="/admin/articles/article/?category__id__exact={politics.pk}">3</a>' in html


# The checklist -------------------------------------------------------------------


def test_publishing_an_article_without_a_category_is_warned_of():
    article = make_article(languages=["en"], published=[])
    with override("en"):
        assert "The article is in no category." in publish_checklist(article=article, language="en").warnings
    article.category = make_category()
    assert "The article is in no category." not in publish_checklist(article=article, language="en").warnings


# The category page -----------------------------------------------------------------

LANGUAGES = ["hy", "ru", "en", "tr"]


def reader_body(reader, url) -> str:
    response = reader.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_category_page_lists_its_live_articles_in_that_language_newest_first(reader):
    now = timezone.now()
    politics, sport = make_category(**POLITICS), make_category(name_en="Sport", name_ru="Спорт")
    older = make_article(languages=["en", "ru"], category=politics, at=now - timedelta(days=1))
    newer = make_article(languages=["en"], category=politics, at=now - timedelta(hours=1))
    other = make_article(languages=["en"], category=sport)
    draft = make_article(languages=["en"], category=politics, published=[])
    body = reader_body(reader, "/en/category/politics/")
    assert '<h1 class="page-title">Politics</h1>' in body
    assert body.index(newer.title_en) < body.index(older.title_en)
    assert other.title_en not in body and draft.title_en not in body
    assert body.count('class="article-card"') == 2
    ru = reader_body(reader, "/ru/category/politika/")
    assert older.title_ru in ru and newer.title_en not in ru


def test_the_category_page_paginates_like_the_list(reader, settings):
    settings.ARTICLES_PER_PAGE = 2
    now = timezone.now()
    category = make_category(name_en="Sport")
    articles = [make_article(languages=["en"], category=category, at=now - timedelta(minutes=i)) for i in range(5)]
    page3 = reader_body(reader, "/en/category/sport/?page=3")
    assert articles[4].title_en in page3 and 'rel="prev"' in page3
    assert reader.get("/en/category/sport/?page=4").status_code == 404
    assert reader.get("/en/category/sport/?page=x").status_code == 404


def test_an_unknown_slug_or_a_category_without_a_name_in_that_language_is_404(reader):
    make_category(name_en="Sport", name_ru="Спорт")
    assert reader.get("/en/category/nothing/").status_code == 404
    assert reader.get("/tr/category/sport/").status_code == 404  # no Turkish name
    assert reader.get("/ru/category/sportivnye/").status_code == 404
    assert reader.get("/en/category/sport/feed/").status_code == 200
    assert reader.get("/tr/category/sport/feed/").status_code == 404


def test_the_switcher_lands_on_the_same_category_in_each_language(reader):
    make_category(**POLITICS)
    make_category(name_en="Sport")
    body = reader_body(reader, "/en/category/politics/")
    for code, slug in [("hy", "kaghakakanutyun"), ("ru", "politika"), ("tr", "siyaset")]:
        assert re.search(rf'<a class="switcher__link" href="/{code}/category/{slug}/" hreflang="{code}"', body)
    sport = reader_body(reader, "/en/category/sport/")
    assert re.search(r'<span class="switcher__link is-missing" lang="ru"', sport)
    assert f'<link rel="canonical" href="{settings.SITE_URL}/en/category/politics/">' in body


def test_the_navigation_lists_the_categories_named_in_the_language_in_their_order(reader):
    make_category(name_en="World", position=3)
    make_category(name_en="Economy", name_tr="Ekonomi", position=2)
    make_category(**{**POLITICS, "position": 1})
    en = reader_body(reader, "/en/")
    nav = en.split('<nav class="categories-nav"')[1].split("</nav>")[0]
    assert re.findall(r">([^<]+)</a>", nav) == ["Politics", "Economy", "World"]
    tr = reader_body(reader, "/tr/")
    nav = tr.split('<nav class="categories-nav"')[1].split("</nav>")[0]
    assert re.findall(r">([^<]+)</a>", nav) == ["Siyaset", "Ekonomi"]
    current = reader_body(reader, "/en/category/economy/")
    assert 'href="/en/category/economy/" aria-current="page">Economy</a>' in current


def test_the_cards_and_the_article_page_name_the_category_with_a_link(reader):
    category = make_category(**POLITICS)
    article = make_article(languages=["en", "ru"], category=category)
    link = '<a class="category-link" href="/en/category/politics/">Politics</a>'
    assert link in reader_body(reader, "/en/")
    assert link in reader_body(reader, article.get_absolute_url("en"))
    assert '<a class="category-link" href="/ru/category/politika/">Политика</a>' in reader_body(reader, "/ru/")


def test_moving_an_article_or_renaming_a_category_shows_at_once(reader):
    politics, sport = make_category(**POLITICS), make_category(name_en="Sport")
    article = make_article(languages=["en"], category=politics, title_en="A vote")
    assert "A vote" in reader_body(reader, "/en/category/politics/")
    reader_body(reader, article.get_absolute_url("en"))
    article.category = sport
    article.save()
    services.article_category_changed(article=article)
    assert "A vote" not in reader_body(reader, "/en/category/politics/")
    assert "A vote" in reader_body(reader, "/en/category/sport/")
    assert '<a class="category-link" href="/en/category/sport/">Sport</a>' in reader_body(
        reader, article.get_absolute_url("en")
    )
    sport.name_en = "Sports"
    sport.save()
    assert '<h1 class="page-title">Sports</h1>' in reader_body(reader, "/en/category/sport/")


@pytest.mark.usefixtures("database_counting")
def test_the_category_page_is_cached_like_the_list(django_assert_num_queries):
    category = make_category(name_en="Sport")
    for _ in range(3):
        make_article(languages=["en"], category=category, cover="covers/2026/12/cover.jpg")
    # First render: 1 the newest change (the cache's version), 2 the category,
    # 3 the page of articles (and one more, which says whether a next page
    # exists: no count), 4 their covers' renditions, 5 the week's most read,
    # 6 the categories (navigation), 7 rates, 8 weather, 9 site settings,
    # 10 the breaking editions (then a minute in the shared cache), 11 the
    # next scheduled edition or end of a pin.
    with django_assert_num_queries(11):
        assert new_reader().get("/en/category/sport/").status_code == 200
    # Cached: 1 the newest change, which says the page still holds.
    with django_assert_num_queries(1):
        assert new_reader().get("/en/category/sport/").status_code == 200


# The category feed -----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_category_feed_is_parsed_without_complaint_and_lists_only_the_category(client, language):
    politics, sport = make_category(**POLITICS), make_category(name_en="Sport")
    voted = make_article(languages=LANGUAGES, category=politics)
    make_article(languages=LANGUAGES, category=sport)
    make_article(languages=LANGUAGES)
    slug = getattr(politics, f"slug_{language}")
    response = client.get(f"/{language}/category/{slug}/feed/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content, response_headers={"content-type": response["Content-Type"]})
    assert not feed.bozo, feed.get("bozo_exception")
    assert [entry.title for entry in feed.entries] == [getattr(voted, f"title_{language}")]
    assert feed.feed.link == f"{settings.SITE_URL}/{language}/category/{slug}/"
    assert POLITICS[f"name_{language}"] in feed.feed.title


def test_the_category_page_links_its_feed(reader):
    make_category(name_en="Sport")
    body = reader_body(reader, "/en/category/sport/")
    assert 'type="application/rss+xml" href="/en/category/sport/feed/"' in body


# Related articles ----------------------------------------------------------------------


def related_titles(body: str) -> list[str]:
    if 'class="related"' not in body:
        return []
    block = body.split('<aside class="related"')[1].split("</aside>")[0]
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', block)


def test_related_are_up_to_four_live_articles_of_the_category_in_that_language_newest_first(reader):
    now = timezone.now()
    politics, sport = make_category(**POLITICS), make_category(name_en="Sport")
    article = make_article(languages=["en"], category=politics, at=now - timedelta(days=2))
    same = [make_article(languages=["en"], category=politics, at=now - timedelta(hours=i)) for i in range(1, 7)]
    make_article(languages=["en"], category=sport)
    make_article(languages=["en"], category=politics, published=[])  # a draft
    make_article(languages=["ru"], category=politics)  # another language
    titles = related_titles(reader_body(reader, article.get_absolute_url("en")))
    assert titles == [a.title_en for a in same[:4]]
    assert article.title_en not in titles


def test_an_article_without_a_category_or_alone_in_it_shows_no_related(reader):
    alone = make_article(languages=["en"], category=make_category())
    loose = make_article(languages=["en"])
    assert related_titles(reader_body(reader, alone.get_absolute_url("en"))) == []
    assert related_titles(reader_body(reader, loose.get_absolute_url("en"))) == []
    assert 'class="related"' not in reader_body(reader, loose.get_absolute_url("en"))


def test_related_are_labelled_in_every_language(reader):
    category = make_category(**POLITICS)
    article = make_article(languages=LANGUAGES, category=category)
    make_article(languages=LANGUAGES, category=category)
    labels = {"hy": "Նույն թեմայով", "ru": "По теме", "en": "Related articles", "tr": "İlgili haberler"}
    for code, label in labels.items():
        assert label in reader_body(reader, article.get_absolute_url(code))


# The demo -------------------------------------------------------------------------------


def test_the_demo_puts_every_article_in_a_category_named_in_four_languages_and_pins_one(reader):
    from io import StringIO

    from django.core.management import call_command

    from articles.demo_content import CATEGORIES

    call_command("load_demo", stdout=StringIO())
    assert Category.objects.count() == len(CATEGORIES)
    for category in Category.objects.all():
        assert all(category.has_name(code) and getattr(category, f"slug_{code}") for code in LANGUAGES)
    assert not Article.objects.filter(category__isnull=True).exists()
    pinned = Edition.objects.filter(pinned_until__gt=timezone.now())
    assert pinned.count() >= 1
    assert titles_on_front(reader_body(reader, f"/{pinned.first().language}/"))[0] == pinned.first().title
    # Several articles share a category, so some article shows related ones.
    assert any(related_titles(reader_body(reader, e.get_absolute_url())) for e in Edition.objects.filter(language="hy"))
    # Idempotent: run again, nothing is added or moved.
    before = list(Article.objects.order_by("pk").values_list("pk", "category_id"))
    call_command("load_demo", stdout=StringIO())
    assert Category.objects.count() == len(CATEGORIES)
    assert list(Article.objects.order_by("pk").values_list("pk", "category_id")) == before


def titles_on_front(body: str) -> list[str]:
    cards = body.split('<ol class="article-list">')[1].split("</ol>")[0]
    return re.findall(r'<h2 class="article-card__title"><a href="[^"]+">([^<]+)</a>', cards)


def test_the_category_filter_names_each_category_in_the_admins_language(press):
    make_category(**POLITICS)
    html = press.get("/admin/articles/article/").content.decode()
    filters = html.split('id="changelist-filter"')[1]
    assert ">Politics</a>" in filters
    assert f">{POLITICS['name_hy']}</a>" not in filters
