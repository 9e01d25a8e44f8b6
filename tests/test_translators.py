"""The translator role: their languages' text and nothing else, and the translation overview."""

import html
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.translation import override

from articles import services
from articles.models import Article, Edition, Section, TextRevision
from tests.factories import make_article, make_press_secretary, make_translator

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]


@pytest.fixture
def turkish(client):
    client.force_login(make_translator("tr"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def russian(client):
    client.force_login(make_translator("ru"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def form_data(client, url):
    """The POST a browser would send from the admin form at `url`, as rendered for this user."""
    page = client.get(url).content.decode()
    # Only the admin form's own fields: other forms on the page (logging out, preview links) post elsewhere.
    form = re.search(r'<form[^>]*id="\w+_form".*?</form>', page, re.S)
    page = form[0] if form else page
    data = {}
    for match in re.finditer(r'<input[^>]*name="([^"]+)"[^>]*>', page):
        tag = match[0]
        if 'type="file"' in tag or 'type="submit"' in tag or ('type="checkbox"' in tag and "checked" not in tag):
            continue
        value = re.search(r'value="([^"]*)"', tag)
        data[match[1]] = value[1] if value else ("on" if 'type="checkbox"' in tag else "")
    for match in re.finditer(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[match[1]] = match[2].strip("\n")
    # " name=", not the autocomplete's data-field-name.
    for match in re.finditer(r'<select[^>]*\sname="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        selected = re.findall(r'<option value="([^"]*)"[^>]*selected', match[2])
        data[match[1]] = selected if "multiple" in match[0] else (selected[0] if selected else "")
    return data


def change_form_data(client, article):
    return form_data(client, f"/admin/articles/article/{article.pk}/change/")


def article_state(article):
    """Everything an article's change form can write: its row, sections, editions and text revisions."""
    # modeltranslation reads `title` as the active language's title: fix the language.
    with override("hy"):
        return (
            Article.objects.filter(pk=article.pk).values().get(),
            list(Section.objects.filter(article=article).order_by("pk").values()),
            list(Edition.objects.filter(article=article).order_by("pk").values()),
            list(TextRevision.objects.filter(article=article).order_by("pk").values()),
        )


def test_translator_group_can_translate_but_not_publish():
    codenames = set(Group.objects.get(name="Translator").permissions.values_list("codename", flat=True))
    assert {"change_article", "translate_article", "change_section"} <= codenames
    assert not {"publish_edition", "add_article", "delete_article", "change_edition", "add_edition"} & codenames


def test_translator_edits_the_text_of_their_language(turkish):
    article = make_article(languages=["hy"], sections=2)
    data = change_form_data(turkish, article)
    assert "title_tr" in data and "title_hy" not in data and "cover" not in data
    data.update({"title_tr": "Gece tramvayı", "lead_tr": "Kısa özet.", "sections-0-heading_tr": "Ara başlık"})
    data["sections-0-body_tr"] = "Metin."
    response = turkish.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.title_tr == "Gece tramvayı" and article.title_hy.startswith("Title")
    assert article.sections.get(position=1).heading_tr == "Ara başlık"
    assert not Edition.objects.filter(article=article, language="tr").exists()


@pytest.mark.parametrize(
    "field",
    [
        "title_hy",
        "lead_ru",
        "slug_en",
        "source_language",
        "cover",
        "sections-0-heading_hy",
        "sections-0-level",
        "sections-0-position",
    ],
)
def test_translator_post_of_a_locked_field_is_refused(turkish, field):
    article = make_article(languages=["hy"], sections=1)
    before = (article.title_hy, article.lead_ru, article.slug_en, article.source_language)
    data = change_form_data(turkish, article)
    data["title_tr"] = "Başlık"
    data[field] = "3" if field.endswith(("level", "position")) else ("ru" if field == "source_language" else "Forged")
    response = turkish.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200
    assert "You may not change" in response.content.decode()
    article.refresh_from_db()
    assert (article.title_hy, article.lead_ru, article.slug_en, article.source_language) == before
    assert not article.title_tr  # nothing was saved
    assert article.sections.get().level == 2
    assert not TextRevision.objects.filter(article=article).exists()


def test_translator_post_of_an_edition_is_refused(turkish):
    article = make_article(languages=["hy", "tr"], published=["hy"])
    data = change_form_data(turkish, article)
    data.update(
        {
            "editions-TOTAL_FORMS": "2",
            "editions-1-language": "tr",
            "editions-1-status": "published",
            "editions-1-published_at_0": "2026-01-01",
            "editions-1-published_at_1": "10:00:00",
        }
    )
    response = turkish.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 403
    assert not Edition.objects.filter(article=article, language="tr").exists()


def test_translator_cannot_publish_add_or_delete(turkish):
    article = make_article(languages=["hy", "tr"], published=["hy"])
    turkish.post("/admin/articles/article/", {"action": "publish_tr", "_selected_action": [article.pk]})
    turkish.post("/admin/articles/article/", {"action": "delete_selected", "_selected_action": [article.pk]})
    assert not Edition.objects.filter(article=article, language="tr").exists()
    assert Article.objects.filter(pk=article.pk).exists()
    assert turkish.get("/admin/articles/article/add/").status_code == 403
    assert turkish.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def refused_article(**fields):
    """An article a Russian translator is about to translate: Armenian text, published, with a cover."""
    article = make_article(languages=["hy"], sections=2, published=["hy"], cover="covers/2026/12/tram.png", **fields)
    services.article_text_changed(article=article, languages=["hy"], at=timezone.now() - timedelta(days=1))
    return article


@pytest.mark.parametrize(
    "key, value",
    [
        ("sections-0-DELETE", "on"),
        ("sections-TOTAL_FORMS", "3"),
        ("cover-clear", "on"),
        ("title", "Подделка"),
        ("Editions-0-status", "draft"),
    ],
)
def test_translator_post_of_a_key_their_form_does_not_have_is_refused_with_403(russian, key, value):
    article = refused_article()
    before = article_state(article)
    data = change_form_data(russian, article)
    data.update({"title_ru": "Ночной трамвай", key: value})
    response = russian.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 403
    assert f"These fields are not in your form: {key}. Nothing was saved." in response.content.decode()
    assert article_state(article) == before


def test_translator_moving_a_section_to_another_article_is_a_form_error(russian):
    article, other = refused_article(), make_article(languages=["hy"], sections=0, published=[])
    before = article_state(article)
    data = change_form_data(russian, article)
    data.update({"title_ru": "Ночной трамвай", "sections-0-article": str(other.pk)})
    response = russian.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert article_state(article) == before
    assert not other.sections.exists()


def test_translator_save_as_new_is_refused_with_403(russian):
    article = refused_article()
    before = article_state(article)
    data = change_form_data(russian, article)
    data["_saveasnew"] = "Save as new"
    response = russian.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 403
    assert "_saveasnew" in response.content.decode()
    assert article_state(article) == before
    assert Article.objects.count() == 1


def test_translator_post_of_a_new_section_is_refused_with_403_and_records_no_text_change(russian):
    article = refused_article()
    before = article_state(article)
    data = change_form_data(russian, article)
    new_section = {
        "sections-2-id": "",
        "sections-2-article": str(article.pk),
        "sections-2-heading_ru": "Новый раздел",
        "sections-2-body_ru": "Текст.",
    }
    data.update({"sections-TOTAL_FORMS": "3", **new_section})
    response = russian.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 403
    assert ", ".join(sorted([*new_section, "sections-TOTAL_FORMS"])) in response.content.decode()
    assert article_state(article) == before
    assert not TextRevision.objects.filter(article=article, language="ru").exists()


def test_refusal_is_worded_in_the_translators_language(russian):
    article = refused_article()
    data = change_form_data(russian, article)
    data["title"] = "Подделка"
    response = russian.post(f"/admin/articles/article/{article.pk}/change/", data, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 403
    assert "Этих полей нет в вашей форме: title. Ничего не сохранено." in response.content.decode()


def test_translator_saves_section_text_of_their_language_and_records_it(russian):
    article = refused_article()
    data = change_form_data(russian, article)
    data.update({"sections-1-heading_ru": "Подзаголовок", "sections-1-body_ru": "Текст раздела."})
    response = russian.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    section = article.sections.get(position=2)
    assert (section.heading_ru, section.body_ru) == ("Подзаголовок", "Текст раздела.")
    assert section.heading_hy == "Heading 2 hy" and article.sections.count() == 2
    assert TextRevision.objects.get(article=article, language="ru").changed_at > timezone.now() - timedelta(minutes=1)
    assert TextRevision.objects.get(article=article, language="hy").changed_at < timezone.now() - timedelta(hours=1)


def test_press_secretary_adds_and_deletes_sections(client):
    client.force_login(make_press_secretary())
    article = make_article(languages=["hy"], sections=2)
    first, second = article.sections.all()
    data = change_form_data(client, article)
    data["sections-0-DELETE"] = "on"
    data.update(
        {
            "sections-TOTAL_FORMS": "3",
            "sections-2-article": str(article.pk),
            "sections-2-position": "3",
            "sections-2-level": "2",
            "sections-2-heading_en": "A new part",
            "sections-2-body_en": "Its text.",
        }
    )
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert [s.pk for s in article.sections.all()][:1] == [second.pk]
    assert article.sections.get(position=3).heading_en == "A new part"
    assert not Section.objects.filter(pk=first.pk).exists()
    assert set(TextRevision.objects.filter(article=article).values_list("language", flat=True)) == {"en"}


def test_a_new_section_marked_for_deletion_is_neither_saved_nor_recorded(client):
    client.force_login(make_press_secretary())
    article = make_article(languages=["hy"], sections=1)
    data = change_form_data(client, article)
    data.update(
        {
            "sections-TOTAL_FORMS": "2",
            "sections-1-article": str(article.pk),
            "sections-1-position": "2",
            "sections-1-level": "2",
            "sections-1-heading_en": "Dropped before saving",
            "sections-1-DELETE": "on",
        }
    )
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert article.sections.count() == 1
    assert not TextRevision.objects.filter(article=article).exists()


def test_press_secretary_still_edits_every_language(client):
    client.force_login(make_press_secretary())
    article = make_article(languages=["hy"])
    data = change_form_data(client, article)
    assert {"title_hy", "title_ru", "title_en", "title_tr", "cover", "source_language"} <= set(data) | {"cover"}


def test_editing_text_records_which_language_changed(turkish):
    article = make_article(languages=["hy"], sections=1)
    services.article_text_changed(article=article, languages=["hy"], at=timezone.now() - timedelta(days=1))
    data = change_form_data(turkish, article)
    data["title_tr"] = "Başlık"
    turkish.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert TextRevision.objects.get(article=article, language="tr").changed_at > timezone.now() - timedelta(minutes=1)
    assert TextRevision.objects.get(article=article, language="hy").changed_at < timezone.now() - timedelta(hours=1)


def overview_cells(client, query=""):
    page = client.get(f"/admin/articles/article/translations/{query}").content.decode()
    cells = {}
    for row in re.finditer(r"<tr>\s*<td><a href=\"/admin/articles/article/(\d+)/change/\">.*?</tr>", page, re.S):
        for cell in re.finditer(r'data-language="(\w+)" data-state="(\w+)"( data-outdated="1")?', row[0]):
            cells[(int(row[1]), cell[1])] = cell[2] + (" outdated" if cell[3] else "")
    return cells


def test_overview_shows_missing_draft_scheduled_published_and_outdated(turkish):
    now = timezone.now()
    article = make_article(languages=["hy", "ru", "en", "tr"], published=["hy", "ru"])
    services.article_publish(article=article, language="en", at=now + timedelta(days=1))
    services.article_text_changed(article=article, languages=["ru", "en"], at=now - timedelta(days=2))
    services.article_text_changed(article=article, languages=["hy"], at=now - timedelta(days=1))
    services.article_text_changed(article=article, languages=["tr"], at=now)
    bare = make_article(languages=["hy"], published=[])
    cells = overview_cells(turkish)
    assert cells[(article.pk, "hy")] == "published"
    assert cells[(article.pk, "ru")] == "published outdated"
    assert cells[(article.pk, "en")] == "scheduled outdated"
    assert cells[(article.pk, "tr")] == "draft"
    assert cells[(bare.pk, "tr")] == "missing"
    assert {pk for pk, _lang in overview_cells(turkish, "?missing=tr")} == {bare.pk}
    assert {pk for pk, _lang in overview_cells(turkish, "?outdated=ru")} == {article.pk}
    assert overview_cells(turkish, "?outdated=tr") == {}


def test_overview_names_the_languages_in_full_in_the_admins_language(turkish):
    make_article(languages=["hy"])
    turkish.defaults["HTTP_ACCEPT_LANGUAGE"] = "tr"
    page = turkish.get("/admin/articles/article/translations/").content.decode()
    assert ">Çevirisi yok: Türkçe</a>" in page
    assert ">Çevirisi güncel değil: Ermenice</a>" in page
    assert re.search(
        r"<th>Ermenice</th>\s*<th>Rusça</th>\s*<th>İngilizce</th>\s*<th class=\"tr-mine\">Türkçe</th>", page
    )
    assert ">Tür<" not in page and ": Tür<" not in page


def test_overview_query_count_does_not_grow_with_articles(turkish, django_assert_max_num_queries):
    for _ in range(15):
        make_article(languages=["hy", "ru"])
    # Session, user, permissions, the user's languages, count, the page of
    # articles, their editions, their text revisions: never one per article.
    with django_assert_max_num_queries(10):
        assert turkish.get("/admin/articles/article/translations/").status_code == 200


def test_a_users_languages_are_set_on_their_admin_page(admin_client):
    translator = make_translator()
    page = admin_client.get(f"/admin/auth/user/{translator.pk}/change/", HTTP_ACCEPT_LANGUAGE="en")
    # The role is named as the role picker above it names it.
    assert "Languages this user translates (for the “Translator” role)" in page.content.decode()
    data = form_data(admin_client, f"/admin/auth/user/{translator.pk}/change/")
    data.update({"translator_languages-TOTAL_FORMS": "1", "translator_languages-0-language": "ru"})
    assert admin_client.post(f"/admin/auth/user/{translator.pk}/change/", data).status_code == 302
    assert list(translator.translator_languages.values_list("language", flat=True)) == ["ru"]


def test_the_roles_read_the_same_in_the_picker_the_languages_heading_and_the_user_list_filter(admin_client):
    translator = make_translator()
    page = html.unescape(
        admin_client.get(f"/admin/auth/user/{translator.pk}/change/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    )
    assert "(для роли «Переводчик»)" in page
    assert re.search(r"<option[^>]*>Переводчик</option>", page)
    users = html.unescape(admin_client.get("/admin/auth/user/", HTTP_ACCEPT_LANGUAGE="ru").content.decode())
    filters = users[users.index('id="changelist-filter"') :]
    assert ">Переводчик</a>" in filters and ">Translator</a>" not in filters
