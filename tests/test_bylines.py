"""
Bylines: who wrote an article, a staff user or a named contributor, their
name in each language's letters; the byline is published with the text,
shown under the title, on the list, in the feed and in the admin list, and
kept by revisions.
"""

import importlib
import re
from io import StringIO

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from articles import pages, services
from articles.admin import publication
from articles.bylines import Byline, Contributor
from articles.models import Article, Edition
from articles.texts import EditionText
from editorial import services as editorial_services
from editorial.models import RevisionInfo
from tests.conftest import BROWSER_UA
from tests.factories import (
    armenian_names,
    edition,
    make_article,
    make_author,
    make_contributor,
    make_many_articles,
    make_press_secretary,
    make_translator,
)
from tests.test_translators import form_data
from tests.test_views import database_counting  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]


@pytest.fixture
def anna():
    return make_contributor(**armenian_names("Anna", "Petrosyan", hy="Աննա Պետրոսյան", ru="Анна Петросян"))


@pytest.fixture
def armen():
    return make_contributor(**armenian_names("Armen", "Sargsyan", hy="Արմեն Սարգսյան", ru="Армен Саргсян"))


def read(path) -> str:
    return Client(HTTP_USER_AGENT=BROWSER_UA).get(path).content.decode()


def byline_line(html) -> str:
    match = re.search(r'<p class="byline">(.*?)</p>', html)
    return match[1] if match else ""


def with_byline(data, contributors, *, initial=0):
    """`data` of the article form with its byline rows replaced by `contributors` (pk, position) in that order."""
    data = {key: value for key, value in data.items() if not key.startswith("bylines-")}
    data.update({"bylines-TOTAL_FORMS": len(contributors), "bylines-INITIAL_FORMS": initial})
    for index, (contributor, position) in enumerate(contributors):
        data[f"bylines-{index}-contributor"] = contributor.pk
        data[f"bylines-{index}-position"] = position
    return data


def signed_by(article) -> list[str]:
    return [
        byline.contributor.name_en for byline in Byline.objects.filter(article=article).select_related("contributor")
    ]


# The contributor and their name ------------------------------------------------


def test_each_language_shows_the_name_in_its_own_letters(anna):
    assert [anna.name_in(code) for code in LANGUAGES] == [
        "Աննա Պետրոսյան",
        "Анна Петросян",
        "Anna Petrosyan",
        "Anna Petrosyan",
    ]


def test_a_missing_name_falls_back_to_the_same_letters_then_the_source_language_then_any():
    latin = make_contributor(name_hy="Լիլիթ Ավետիսյան", name_en="Lilit Avetisyan")
    assert latin.name_in("tr", "hy") == "Lilit Avetisyan"  # Latin letters before the source's
    assert latin.name_in("ru", "hy") == "Լիլիթ Ավետիսյան"  # the source language's
    assert latin.name_in("ru", "en") == "Lilit Avetisyan"
    only_russian = make_contributor(name_ru="Мариам Григорян")
    assert only_russian.name_in("hy", "hy") == "Мариам Григорян"  # any language that has it


def test_a_staff_contributor_without_a_name_is_named_by_their_account():
    user = make_press_secretary("siranush")
    user.first_name, user.last_name = "Siranush", "Melkonyan"
    user.save()
    assert make_contributor(user=user).name_in("hy") == "Siranush Melkonyan"


def test_a_contributor_needs_a_name_or_a_staff_user(press):
    response = press.post("/admin/articles/contributor/add/", {"name_hy": "", "name_en": ""})
    assert response.status_code == 200
    assert "Write the name in at least one language, or choose the staff user." in response.content.decode()
    assert not Contributor.objects.exists()
    assert press.post("/admin/articles/contributor/add/", {"name_ru": "Анна Петросян"}).status_code == 302


# Entering a byline --------------------------------------------------------------


def test_the_byline_keeps_the_order_entered_and_a_given_position_goes_first(press, anna, armen):
    article = make_article(languages=["hy"], published=[])
    url = f"/admin/articles/article/{article.pk}/change/"
    data = with_byline(form_data(press, url), [(armen, ""), (anna, "")])
    assert press.post(url, data).status_code == 302
    assert signed_by(article) == ["Armen Sargsyan", "Anna Petrosyan"]
    assert list(Byline.objects.filter(article=article).values_list("position", flat=True)) == [1, 2]

    newcomer = make_contributor(name_en="Lilit Avetisyan")
    data = form_data(press, url)
    data.update({"bylines-TOTAL_FORMS": 3, "bylines-2-contributor": newcomer.pk, "bylines-2-position": "1"})
    assert press.post(url, data).status_code == 302
    assert signed_by(article) == ["Lilit Avetisyan", "Armen Sargsyan", "Anna Petrosyan"]


def test_a_contributor_is_in_a_byline_once(press, anna):
    article = make_article(languages=["hy"], published=[])
    url = f"/admin/articles/article/{article.pk}/change/"
    response = press.post(url, with_byline(form_data(press, url), [(anna, ""), (anna, "")]))
    assert response.status_code == 200
    assert not Byline.objects.exists()


def test_a_post_without_the_byline_leaves_it_as_it_is(press, anna):
    article = make_article(languages=["hy"], published=[], byline=[anna])
    url = f"/admin/articles/article/{article.pk}/change/"
    data = {key: value for key, value in form_data(press, url).items() if not key.startswith("bylines-")}
    assert press.post(url, {**data, "lead_hy": "Նոր ամփոփում"}).status_code == 302
    assert signed_by(article) == ["Anna Petrosyan"]


def test_a_new_article_is_signed_by_the_contributor_who_makes_it(press):
    user = make_author("anna")
    contributor = make_contributor(user=user, **armenian_names("Anna", "Petrosyan", hy="Աննա Պետրոսյան", ru="Анна"))
    author = Client(HTTP_ACCEPT_LANGUAGE="en")
    author.force_login(user)
    data = form_data(author, "/admin/articles/article/add/")
    data.update({"title_hy": "Նոր հոդված", "sections-TOTAL_FORMS": 0})
    assert author.post("/admin/articles/article/add/", data).status_code == 302
    article = Article.objects.get(title_hy="Նոր հոդված")
    assert [byline.contributor for byline in article.bylines.all()] == [contributor]

    # One who signs someone else's article is not added to it; one who is no contributor signs nothing.
    other = make_contributor(name_en="Armen Sargsyan")
    data = with_byline({**data, "title_hy": "Երկրորդ հոդված"}, [(other, "")])
    assert author.post("/admin/articles/article/add/", data).status_code == 302
    assert signed_by(Article.objects.get(title_hy="Երկրորդ հոդված")) == ["Armen Sargsyan"]
    data = {**form_data(press, "/admin/articles/article/add/"), "title_hy": "Երրորդ", "sections-TOTAL_FORMS": 0}
    assert press.post("/admin/articles/article/add/", data).status_code == 302
    assert signed_by(Article.objects.get(title_hy="Երրորդ")) == []


def test_an_imported_article_is_signed_by_the_contributor_who_imports_it():
    user = make_press_secretary("siranush")
    contributor = make_contributor(user=user, name_en="Siranush Melkonyan")
    article = services.article_import_text(text="A title\n\nA paragraph.", language="en", by=user)
    assert [byline.contributor for byline in article.bylines.all()] == [contributor]


def test_a_translator_may_not_change_the_byline(client, anna):
    article = make_article(languages=["hy", "tr"], published=[], byline=[anna])
    client.force_login(make_translator("tr"))
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(client, url)
    assert not any(key.startswith("bylines-") for key in data)
    other = make_contributor(name_en="Armen Sargsyan")
    response = client.post(url, with_byline(data, [(other, "")]))
    assert response.status_code == 403
    assert signed_by(article) == ["Anna Petrosyan"]


def test_authors_and_press_secretaries_may_sign_articles():
    for name in ("Author", "Press secretary"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"add_byline", "change_byline", "delete_byline", "view_contributor", "add_contributor"} <= codenames
    assert "delete_contributor" not in set(
        Group.objects.get(name="Author").permissions.values_list("codename", flat=True)
    )


def test_the_byline_roles_migration_is_reversible():
    migration = importlib.import_module("articles.migrations.0017_byline_roles").Migration
    press_group = Group.objects.get(name="Press secretary")
    migration.operations[0].reverse_code(apps, None)
    assert not press_group.permissions.filter(codename__endswith="_byline").exists()
    migration.operations[0].code(apps, None)
    assert press_group.permissions.filter(codename__endswith="_byline").count() == 4


# Publishing ----------------------------------------------------------------------


def test_publishing_copies_the_byline_in_each_language_and_a_later_change_waits_for_publishing(anna, armen):
    article = make_article(languages=LANGUAGES, byline=[anna])
    assert edition(article, "ru").byline == ["Анна Петросян"]
    assert byline_line(read(article.get_absolute_url("ru"))) == "Автор: Анна Петросян"

    Byline.objects.create(article=article, contributor=armen, position=2)
    pages.clear()
    # Saved, not published: readers still see the byline as it was published.
    assert byline_line(read(article.get_absolute_url("ru"))) == "Автор: Анна Петросян"
    rows = {row.code: row for row in publication.language_rows(article)}
    assert rows["ru"].state == "changed"

    services.article_publish(article=article, language="ru")
    assert byline_line(read(article.get_absolute_url("ru"))) == "Авторы: Анна Петросян и Армен Саргсян"
    # The other languages are published as they were.
    assert byline_line(read(article.get_absolute_url("en"))) == "By Anna Petrosyan"


def test_a_corrected_name_reaches_readers_when_the_edition_is_published_again(anna):
    article = make_article(languages=["ru"], byline=[anna])
    anna.name_ru = "Анна Петросян-Мартиросян"
    anna.save()
    assert byline_line(read(article.get_absolute_url("ru"))) == "Автор: Анна Петросян"
    assert {row.code: row.state for row in publication.language_rows(article)}["ru"] == "changed"
    services.article_publish(article=article, language="ru")
    assert byline_line(read(article.get_absolute_url("ru"))) == "Автор: Анна Петросян-Мартиросян"


def test_changed_since_published_shows_the_byline(press, anna, armen):
    article = make_article(languages=["en"], byline=[anna])
    Byline.objects.create(article=article, contributor=armen, position=2)
    html = press.get(f"/admin/articles/article/{article.pk}/changes/en/").content.decode()
    assert "Anna Petrosyan<ins>, Armen Sargsyan</ins>" in html


def test_an_edition_published_before_bylines_has_none_and_shows_no_byline():
    article = make_article(languages=["hy"])
    Edition.objects.filter(article=article).update(byline=[])
    assert EditionText.from_edition(edition(article, "hy")).byline == ()
    assert '<p class="byline">' not in read(article.get_absolute_url("hy"))


# Shown ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("hy", "Հեղինակներ՝ Աննա Պետրոսյան, Արմեն Սարգսյան և Լիլիթ Ավետիսյան"),
        ("ru", "Авторы: Анна Петросян, Армен Саргсян и Лилит Аветисян"),
        ("en", "By Anna Petrosyan, Armen Sargsyan and Lilit Avetisyan"),
        ("tr", "Yazanlar: Anna Petrosyan, Armen Sargsyan ve Lilit Avetisyan"),
    ],
)
def test_the_page_joins_the_names_in_its_languages_own_way(anna, armen, language, line):
    lilit = make_contributor(**armenian_names("Lilit", "Avetisyan", hy="Լիլիթ Ավետիսյան", ru="Лилит Аветисян"))
    article = make_article(languages=LANGUAGES, byline=[anna, armen, lilit])
    html = read(article.get_absolute_url(language))
    assert byline_line(html) == line
    # Under the title, before the time.
    assert html.index("article__title") < html.index('class="byline"') < html.index("<time")


def test_one_author_is_named_in_the_singular(anna):
    article = make_article(languages=LANGUAGES, byline=[anna])
    assert byline_line(read(article.get_absolute_url("hy"))) == "Հեղինակ՝ Աննա Պետրոսյան"
    assert byline_line(read(article.get_absolute_url("tr"))) == "Yazan: Anna Petrosyan"


def test_a_name_is_shown_as_text_never_as_markup():
    article = make_article(languages=["en"], byline=[make_contributor(name_en="<b>Anna</b>")])
    html = read(article.get_absolute_url("en"))
    assert "By &lt;b&gt;Anna&lt;/b&gt;" in html and "<b>Anna" not in html


def test_list_cards_show_each_articles_byline(anna, armen):
    make_article(languages=["ru"], byline=[anna, armen])
    make_article(languages=["ru"])
    html = read("/ru/")
    assert html.count('<p class="byline">') == 1
    assert "Авторы: Анна Петросян и Армен Саргсян" in html


def test_the_feed_names_each_items_authors(anna, armen):
    make_article(languages=["tr"], byline=[anna, armen])
    make_article(languages=["tr"])
    feed = read("/tr/feed/")
    assert re.findall(r"<dc:creator[^>]*>(.*?)</dc:creator>", feed) == ["Anna Petrosyan ve Armen Sargsyan"]


@pytest.mark.usefixtures("database_counting")
@pytest.mark.parametrize("articles", [1, 12])
@pytest.mark.parametrize("language", ["hy", "en"])
def test_signed_articles_add_no_query_to_the_list_page(django_assert_num_queries, anna, armen, articles, language):
    for _ in range(articles):
        make_article(languages=LANGUAGES, byline=[anna, armen])
    # The same as an unsigned list (tests/test_views.py), here with no pin and
    # no category (so no blocks): the byline is a column of each edition's
    # published text, read with the page of articles.
    with django_assert_num_queries(10):
        html = Client(HTTP_USER_AGENT=BROWSER_UA).get(f"/{language}/").content.decode()
    assert html.count('<p class="byline">') == min(articles, settings.ARTICLES_PER_PAGE)


@pytest.mark.usefixtures("database_counting")
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_signed_article_page_adds_no_query(django_assert_num_queries, anna, armen, language):
    article = make_article(languages=LANGUAGES, byline=[anna, armen])
    url = article.get_absolute_url(language)
    # The same as an unsigned page (tests/test_views.py): 1 the editions, 5
    # counting, 1 the published text (its byline with it, a column), 8 the
    # week's most read, the categories (navigation), rates, weather, site
    # settings and the breaking editions (no category: no related); cached: 1 + 5.
    with django_assert_num_queries(1 + 5 + 1 + 8):
        html = Client(HTTP_USER_AGENT=f"{BROWSER_UA} first").get(url).content.decode()
    assert byline_line(html)
    with django_assert_num_queries(1 + 5):
        assert Client(HTTP_USER_AGENT=f"{BROWSER_UA} second").get(url).status_code == 200


# The admin -----------------------------------------------------------------------


def test_the_article_list_shows_the_byline_and_filters_by_author(press, anna, armen):
    both = make_article(languages=["en"], byline=[anna, armen])
    only_armen = make_article(languages=["en"], byline=[armen])
    unsigned = make_article(languages=["en"])
    html = press.get("/admin/articles/article/").content.decode()
    assert "Anna Petrosyan and Armen Sargsyan" in html
    assert f"?author={anna.pk}" in html and f"?author={armen.pk}" in html

    html = press.get(f"/admin/articles/article/?author={anna.pk}").content.decode()
    assert both.title_en in html and only_armen.title_en not in html and unsigned.title_en not in html
    html = press.get(f"/admin/articles/article/?author={armen.pk}").content.decode()
    assert both.title_en in html and only_armen.title_en in html and unsigned.title_en not in html


def test_the_article_list_names_authors_in_the_admins_language(anna):
    make_article(languages=["hy"], byline=[anna])
    client = Client(HTTP_ACCEPT_LANGUAGE="ru")
    client.force_login(make_press_secretary())
    assert "Анна Петросян" in client.get("/admin/articles/article/").content.decode()


@pytest.mark.parametrize("articles", [3, 20])
def test_the_article_lists_bylines_are_one_query_for_the_page(press, django_assert_num_queries, anna, articles):
    make_many_articles(articles)
    Byline.objects.bulk_create(Byline(article=article, contributor=anna) for article in Article.objects.all())
    # As tests/test_admin.py counts it: 1 session, 2 user, 3 the user's admin
    # language, 4-5 permissions, 6 the categories and 7 the contributors for
    # the filters, 8-9 the counts, 10 the articles with their categories, 11
    # their editions, 12 their bylines with their contributors.
    with django_assert_num_queries(12):
        html = press.get("/admin/articles/article/").content.decode()
    assert html.count("Anna Petrosyan") >= articles


def test_contributors_are_listed_with_their_article_counts_and_accounts(press, anna):
    user = make_press_secretary("siranush")
    siranush = make_contributor(user=user, name_en="Siranush Melkonyan")
    make_article(languages=["en"], byline=[anna, siranush])
    make_article(languages=["en"], byline=[anna])
    html = press.get("/admin/articles/contributor/").content.decode()
    assert re.search(rf'href="/admin/articles/article/\?author={anna.pk}">2</a>', html)
    assert re.search(rf'href="/admin/articles/article/\?author={siranush.pk}">1</a>', html)
    assert f'href="/admin/auth/user/{user.pk}/change/"' in html


def test_contributors_are_found_by_a_name_in_any_language(press, anna, armen):
    html = press.get("/admin/articles/contributor/", {"q": "Петросян"}).content.decode()
    assert "Anna Petrosyan" in html and "Armen Sargsyan" not in html
    found = press.get(
        "/admin/autocomplete/",
        {"app_label": "articles", "model_name": "byline", "field_name": "contributor", "term": "Սարգս"},
    ).json()
    assert [result["id"] for result in found["results"]] == [str(armen.pk)]


def test_a_contributor_who_signs_an_article_is_not_deleted(press, anna):
    article = make_article(languages=["en"], byline=[anna])
    response = press.post(f"/admin/articles/contributor/{anna.pk}/delete/", {"post": "yes"})
    assert response.status_code == 200  # the page names the articles instead
    assert f"Anna Petrosyan — {article.title_en}" in response.content.decode()
    assert Contributor.objects.filter(pk=anna.pk).exists()


def test_someone_elses_change_of_the_byline_is_named_when_a_save_is_refused(press, anna, armen):
    article = make_article(languages=["en"], published=[], byline=[anna])
    url = f"/admin/articles/article/{article.pk}/change/"
    opened = form_data(press, url)
    other = Client(HTTP_ACCEPT_LANGUAGE="en")
    other.force_login(make_press_secretary("other"))
    assert other.post(url, with_byline(form_data(other, url), [(armen, "")], initial=0)).status_code == 302
    response = press.post(url, {**opened, "lead_en": "Mine"})
    assert response.status_code == 200
    assert "and changed: byline" in response.content.decode()


# Revisions -----------------------------------------------------------------------


def test_restoring_a_revision_brings_its_byline_back_and_readers_see_it_once_published(press, anna, armen):
    article = make_article(languages=["en"], byline=[anna, armen])
    first = RevisionInfo.objects.filter(article=article).order_by("revision_id").first()
    Byline.objects.filter(article=article, contributor=anna).delete()
    url = f"/admin/articles/article/{article.pk}/change/"
    assert press.post(url, form_data(press, url)).status_code == 302
    assert signed_by(article) == ["Armen Sargsyan"]

    editorial_services.revision_restore(article=article, info=first, by=None)
    assert signed_by(article) == ["Anna Petrosyan", "Armen Sargsyan"]
    services.article_publish(article=article, language="en")
    assert byline_line(read(article.get_absolute_url("en"))) == "By Anna Petrosyan and Armen Sargsyan"


def test_a_save_that_changes_only_the_byline_is_a_revision_of_every_language_with_text(press, anna):
    article = make_article(languages=["ru", "en"], published=[])
    url = f"/admin/articles/article/{article.pk}/change/"
    assert press.post(url, with_byline(form_data(press, url), [(anna, "")])).status_code == 302
    info = RevisionInfo.objects.filter(article=article).order_by("revision_id").last()
    assert info.languages == ["ru", "en"]
    # Not a change of the text to translate: no translation becomes outdated.
    assert not article.text_revisions.exists()


def test_two_revisions_compare_their_bylines_in_the_chosen_language(press, anna, armen):
    article = make_article(languages=["ru"], published=[], byline=[anna])
    url = f"/admin/articles/article/{article.pk}/change/"
    assert press.post(url, form_data(press, url)).status_code == 302
    data = form_data(press, url)
    data.update({"bylines-TOTAL_FORMS": 2, "bylines-1-contributor": armen.pk, "bylines-1-position": ""})
    assert press.post(url, data).status_code == 302
    first, second = RevisionInfo.objects.filter(article=article).order_by("revision_id")
    compare = (
        f"/admin/articles/article/{article.pk}/revisions/compare/?old={first.revision_id}&new={second.revision_id}"
    )
    page = press.get(compare + "&language=ru").content.decode()
    assert "Анна Петросян<ins>, Армен Саргсян</ins>" in page


def test_a_revision_without_a_byline_leaves_the_byline_as_it_is(anna):
    article = make_article(languages=["en"])
    first = RevisionInfo.objects.filter(article=article).order_by("revision_id").first()
    Byline.objects.create(article=article, contributor=anna)
    editorial_services.revision_restore(article=article, info=first, by=None)
    assert signed_by(article) == ["Anna Petrosyan"]


# The demo ------------------------------------------------------------------------


def test_the_demo_articles_are_signed_with_names_in_each_language():
    call_command("load_demo", stdout=StringIO())
    press_contributor = Contributor.objects.get(user__username="press")
    assert press_contributor.name_hy == "Սիրանուշ Մելքոնյան" and press_contributor.name_tr == "Siranuş Melkonyan"
    assert Contributor.objects.filter(user=None).count() >= 2
    assert all(Byline.objects.filter(article=article).exists() for article in Article.objects.all())
    live = Edition.objects.filter(status=Edition.Status.PUBLISHED)
    assert live.exists() and all(text.byline for text in live)
    # Each name as the edition's language writes it.
    signed = {(text.language, name) for text in live for name in text.byline}
    assert {("hy", "Սիրանուշ Մելքոնյան"), ("en", "Siranush Melkonyan"), ("ru", "Давид Акопян")} <= signed
    # Again: nothing doubled.
    call_command("load_demo", stdout=StringIO())
    assert Contributor.objects.filter(user__username="press").count() == 1
    assert Contributor.objects.count() == 4
