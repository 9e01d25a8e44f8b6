"""Categories: named and addressed in each language, managed by the press secretary, one per article."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils.translation import override

from articles.checklist import publish_checklist
from articles.models import Article, Category
from tests.factories import make_article, make_category, make_translator
from tests.test_admin import article_form

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
    assert re.search(r'<td class="field-category_name">Politics</td>', html)
    assert re.search(r'<td class="field-category_name">—</td>', html)
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
