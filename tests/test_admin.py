import html
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles import services
from articles.models import Article, Edition
from tests.factories import edition, make_article, make_category, make_many_articles
from tests.test_imports import paste

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]


def article_form(*, editions=(), sections=(), **fields):
    """The POST data of the article change form, with its two inlines."""
    data = {"source_language": "hy"}
    for language in LANGUAGES:
        for name in ["title", "slug", "lead"]:
            data[f"{name}_{language}"] = fields.get(f"{name}_{language}", "")
    data.update({"editions-TOTAL_FORMS": len(editions), "editions-INITIAL_FORMS": 0, "editions-MAX_NUM_FORMS": 4})
    for i, (language, status, published_at) in enumerate(editions):
        data[f"editions-{i}-language"] = language
        data[f"editions-{i}-status"] = status
        data[f"editions-{i}-published_at_0"] = published_at.strftime("%Y-%m-%d") if published_at else ""
        data[f"editions-{i}-published_at_1"] = published_at.strftime("%H:%M:%S") if published_at else ""
    data.update({"sections-TOTAL_FORMS": len(sections), "sections-INITIAL_FORMS": 0})
    for i, section in enumerate(sections):
        data[f"sections-{i}-position"] = i + 1
        data[f"sections-{i}-level"] = section.get("level", 2)
        for language in LANGUAGES:
            data[f"sections-{i}-heading_{language}"] = section.get(f"heading_{language}", "")
            data[f"sections-{i}-body_{language}"] = section.get(f"body_{language}", "")
    return data


def png(size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#336699").save(buffer, "PNG")
    return buffer.getvalue()


def test_press_secretary_group_can_write_and_publish():
    group = Group.objects.get(name="Press secretary")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article", "publish_edition", "change_sitesettings"} <= codenames


def test_publish_and_unpublish_actions(press):
    article = make_article(languages=["hy", "ru"], published=["hy"], category=make_category())
    response = press.post(
        "/admin/articles/article/", {"action": "publish_ru", "_selected_action": [article.pk]}, follow=True
    )
    assert response.status_code == 200
    assert edition(article, "ru").is_live()
    press.post("/admin/articles/article/", {"action": "unpublish_hy", "_selected_action": [article.pk]})
    assert edition(article, "hy").status == Edition.Status.DRAFT


def test_user_without_publish_permission_cannot_publish(client):
    user = get_user_model().objects.create_user("writer", password="x", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_article", "change_article"]))
    client.force_login(user)
    article = make_article(languages=["hy"], published=[])
    response = client.post("/admin/articles/article/", {"action": "publish_hy", "_selected_action": [article.pk]})
    assert response.status_code in (200, 302)
    assert not Edition.objects.filter(article=article).exists()


def test_change_list_shows_each_language_side_by_side(press):
    article = make_article(languages=["hy", "ru"], published=["hy"])
    edition_hy = edition(article, "hy")
    Edition.objects.filter(pk=edition_hy.pk).update(views=12, shares=3)
    body = press.get("/admin/articles/article/").content.decode()
    assert "12 | 3" in body
    assert "edition-published" in body and "edition-draft" in body and "edition-missing" in body


def test_change_list_names_each_languages_column_in_full_in_the_admins_language(press):
    make_article(languages=["hy"])
    body = press.get("/admin/articles/article/").content.decode()
    names = re.findall(r'class="column-edition_\w+">\s*<div class="text"><span>([^<]+)</span>', body)
    assert names == ["Armenian", "Russian", "English", "Turkish"]
    press.defaults["HTTP_ACCEPT_LANGUAGE"] = "tr"
    body = press.get("/admin/articles/article/").content.decode()
    names = re.findall(r'class="column-edition_\w+">\s*<div class="text"><span>([^<]+)</span>', body)
    assert names == ["Ermenice", "Rusça", "İngilizce", "Türkçe"]


def test_change_list_titles_are_in_the_admins_language_where_the_article_has_one(press):
    make_article(languages=["hy", "ru"], title_hy="Գիշերային տրամվայներ", title_ru="Ночные трамваи")
    make_article(languages=["hy"], title_hy="Գրադարանը բացվում է")

    def titles():
        page = press.get("/admin/articles/article/").content.decode()
        # The title, then its category (and byline) on a line of their own.
        return set(re.findall(r'<th class="field-headline"><a href="[^"]+">([^<]+)<br>', page))

    assert titles() == {"Գիշերային տրամվայներ", "Գրադարանը բացվում է"}
    press.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"
    # No Russian title: the source language's.
    assert titles() == {"Ночные трамваи", "Գրադարանը բացվում է"}


@pytest.mark.parametrize("articles", [2, 20, 10_000])
def test_change_list_query_count_is_constant(press, django_assert_num_queries, articles):
    if articles > 100:
        make_many_articles(articles)
    for _ in range(min(articles, 20)):
        make_article(languages=LANGUAGES)
    # 1 session, 2 user, 3 the user's admin language, 4 the user's own
    # permissions, 5 its groups' permissions, 6 the categories (the filter by
    # category), 7 the contributors who sign an article (the filter by
    # author), 8 the filtered count, 9 the full count, 10 the page of articles
    # with their categories (a join), 11 their editions, 12 their bylines with
    # their contributors: one query each for the whole page, never one per article.
    with django_assert_num_queries(12) as captured:
        response = press.get("/admin/articles/article/")
    assert response.status_code == 200
    assert sum("articles_edition" in q["sql"] for q in captured.captured_queries) == 1
    assert sum('FROM "articles_byline"' in q["sql"] for q in captured.captured_queries) == 1


def test_valid_cover_is_saved_and_shown_once_published(press, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = article_form(title_hy="Վերնագիր", sections=[{"heading_hy": "Ա", "body_hy": "Բ"}])
    data["cover"] = SimpleUploadedFile("cover.png", png(), content_type="image/png")
    assert press.post("/admin/articles/article/add/", data).status_code == 302
    article = Article.objects.get()
    assert article.cover.name.startswith("covers/")
    assert article.cover.url not in press.get("/hy/").content.decode()
    services.article_publish(article=article, language="hy")
    assert article.cover.url in press.get("/hy/").content.decode()


def test_import_text_page_splits_pasted_text(press):
    response = paste(
        press,
        "/admin/articles/article/import/",
        {"language": "ru", "text": "Заголовок статьи\n\nПервый раздел\n\nТекст раздела.\n"},
    )
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/articles/article/{article.pk}/change/"
    assert article.title_ru == "Заголовок статьи"
    assert article.sections.get().heading_ru == "Первый раздел"


def test_import_text_page_shows_errors(press):
    response = press.post("/admin/articles/article/import/", {"language": "ru", "text": "Только заголовок"})
    assert response.status_code == 200
    assert not Article.objects.exists()


def test_site_settings_press_contact_is_in_the_footer(press):
    response = press.post(
        "/admin/articles/sitesettings/1/change/",
        {
            "press_contact_hy": "Մամուլի քարտուղար՝ Ա. Ա.",
            "press_contact_ru": "Пресс-секретарь: А. А.",
            "press_contact_en": "Press secretary: A. A.",
            "press_contact_tr": "Basın sekreteri: A. A.",
        },
    )
    assert response.status_code == 302
    assert "Basın sekreteri: A. A." in press.get("/tr/").content.decode()


def test_article_page_in_the_admin_shows_readership_per_day_and_language(press):
    from datetime import timedelta

    from articles.models import DailyCount

    article = make_article(languages=["hy", "ru"])
    today = timezone.localdate()
    DailyCount.objects.create(edition=edition(article, "hy"), day=today, views=7, shares=2)
    DailyCount.objects.create(edition=edition(article, "ru"), day=today, views=4, shares=0)
    DailyCount.objects.create(edition=edition(article, "hy"), day=today - timedelta(days=1), views=3, shares=1)
    body = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    table = body[body.index('<table class="readership">') :]
    table = table[: table.index("</table>")]
    assert table.index(today.strftime("%d.%m.%Y")) < table.index((today - timedelta(days=1)).strftime("%d.%m.%Y"))
    assert '<td class="readership__cell">7 | 2</td><td class="readership__cell">4 | 0</td>' in table
    assert "<th>Armenian</th><th>Russian</th><th>English</th><th>Turkish</th>" in table


def test_change_list_adds_what_is_still_pending_in_redis(press, redis_counter, monkeypatch):
    from articles import counters

    monkeypatch.setattr(counters, "counter", lambda: redis_counter)
    article = make_article(languages=["hy"])
    Edition.objects.filter(article=article, language="hy").update(views=10)
    redis_counter.record(counters.Event(kind=counters.VIEW, edition_id=edition(article, "hy").pk, client="r1"))
    body = press.get("/admin/articles/article/").content.decode()
    assert "11 | 0" in body


@pytest.fixture
def russian_admin(admin_client):
    """A superuser whose browser asks for Russian (a new user's admin follows the browser)."""
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"
    return admin_client


def title_and_heading(page: str) -> tuple[str, str]:
    title = re.search(r"<title>(.*?)</title>", page, re.S)[1]
    heading = re.search(r"<h1>(.*?)</h1>", page, re.S)[1]
    return title, heading


def test_russian_admin_titles_decline_the_article(russian_admin):
    # Django fills the nominative "статья" into "Выберите %s для изменения" and "Добавить %s".
    article = make_article(languages=["ru"], title_ru="Ночной троллейбус")
    title, heading = title_and_heading(russian_admin.get("/admin/articles/article/").content.decode())
    assert title.startswith("Выберите статью для изменения | ")
    assert heading == "Выберите статью для изменения"
    page = russian_admin.get("/admin/articles/article/").content.decode()
    assert re.search(r'class="addlink">\s*Добавить статью\s*</a>', page)
    title, heading = title_and_heading(russian_admin.get("/admin/articles/article/add/").content.decode())
    assert title.startswith("Добавить статью | ")
    assert heading == "Добавить статью"
    title, heading = title_and_heading(
        russian_admin.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    )
    assert title.startswith(f"{article} | Изменить статью | ")
    assert heading == "Изменить статью"
    assert "статья" not in title + heading


def test_russian_add_pages_end_their_breadcrumbs_with_the_declined_title(russian_admin):
    for url, declined, nominative in [
        ("/admin/articles/article/add/", "Добавить статью", "Добавить статья"),
        ("/admin/articles/category/add/", "Добавить рубрику", "Добавить рубрика"),
    ]:
        page = russian_admin.get(url).content.decode()
        crumbs = page[page.index('<div class="breadcrumbs">') :]
        crumbs = crumbs[: crumbs.index("</div>")]
        assert crumbs.rstrip().endswith(declined), url
        assert nominative not in page, url


def test_the_russian_delete_confirmation_does_not_put_the_model_in_the_nominative(russian_admin):
    category = make_category(name_ru="Спорт", name_en="Sport")
    page = html.unescape(russian_admin.get(f"/admin/articles/category/{category.pk}/delete/").content.decode())
    assert 'Удалить объект "Спорт" (рубрика)?' in page
    assert "удалить рубрика" not in page


def test_a_user_who_may_only_view_articles_is_offered_them_to_view(client):
    viewer = get_user_model().objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"
    article = make_article(languages=["ru"])
    assert (
        title_and_heading(client.get("/admin/articles/article/").content.decode())[1] == "Выберите статью для просмотра"
    )
    page = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert title_and_heading(page)[1] == "Просмотреть статью"


def test_a_protected_category_cannot_be_deleted_says_so_in_a_whole_sentence(russian_admin):
    category = make_category(name_ru="Спорт")
    make_article(languages=["ru"], category=category)
    page = russian_admin.get(f"/admin/articles/category/{category.pk}/delete/").content.decode()
    title, heading = title_and_heading(page)
    # The category has an article, which keeps it from being deleted.
    assert title.startswith("Не удаётся удалить рубрику | ")
    assert heading == "Не удаётся удалить рубрику"


def test_every_registered_admin_titles_its_pages_in_whole_sentences():
    from django.contrib import admin

    from cms.admin_titles import SentenceTitlesMixin

    # The interface translations' list and editor have titles of their own.
    own_pages = {"localeentry"}
    plain = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if model._meta.model_name not in own_pages and not isinstance(model_admin, SentenceTitlesMixin)
    ]
    assert plain == []
