"""
Pasting plain text in the admin, into a new article or into one language of
an existing one: paste, read the split, save; nothing written before the
confirmation, roles and the lost-edit guard kept (articles/admin/imports.py,
services.article_import_text and article_import_into).
"""

import html
import re
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from articles import services
from articles.models import Article, Section, TextRevision
from editorial.models import RevisionInfo
from tests.factories import make_article, make_author, make_press_secretary, make_translator

pytestmark = pytest.mark.django_db

RUSSIAN = """Ночные трамваи возвращаются

С понедельника трамваи ходят до двух часов ночи, сообщила
мэрия в пятницу.

Какие линии

Линии 1, 3 и 5 работают каждые двадцать минут.

Реакция

Пассажиры

Студенты встретили новость словами «наконец-то».
"""


def logged_in(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


@pytest.fixture
def press():
    return logged_in(make_press_secretary())


def review_of(response) -> str:
    """The signed review that step two posts back."""
    return html.unescape(re.search(r'name="review" value="([^"]+)"', response.content.decode())[1])


def paste(client, url, data, *, confirm=True):
    """Step one, then (with `confirm`) the review's "Save"; the last response."""
    response = client.post(url, data)
    if not confirm or response.status_code != 200 or 'name="review"' not in response.content.decode():
        return response
    return client.post(url, {"review": review_of(response), "_save": "1"})


def into_url(article, language):
    return f"/admin/articles/article/{article.pk}/import/{language}/"


def opened(client, article, language):
    """Step one's hidden fields, as the page carries them when opened."""
    body = client.get(into_url(article, language)).content.decode()
    version = re.search(r'name="opened_version" value="(\d+)"', body)[1]
    text = html.unescape(re.search(r'name="opened_text" value="([^"]*)"', body)[1])
    return {"opened_version": version, "opened_text": text}


# A new article


def test_pasting_a_new_article_shows_the_split_and_writes_nothing_before_save(press):
    response = press.post("/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN, "lead": "on"})
    body = response.content.decode()
    assert response.status_code == 200 and not Article.objects.exists()
    assert "Ночные трамваи возвращаются" in body
    assert "С понедельника трамваи ходят до двух часов ночи, сообщила мэрия в пятницу." in body
    assert body.index("Какие линии") < body.index("Реакция") < body.index("Пассажиры")
    assert "subheading" in body and 'name="_save"' in body and 'name="_back"' in body


def test_saving_the_review_creates_the_article_with_lead_and_levels(press):
    response = paste(press, "/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN, "lead": "on"})
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/articles/article/{article.pk}/change/"
    assert article.lead_ru.startswith("С понедельника")
    assert [(s.level, s.heading_ru) for s in article.sections.all()] == [
        (2, "Какие линии"),
        (2, "Реакция"),
        (3, "Пассажиры"),
    ]
    assert RevisionInfo.objects.get(article=article).languages == ["ru"]


def test_a_level_chosen_on_the_review_is_saved_and_a_bad_one_ignored(press):
    response = press.post("/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN, "lead": "on"})
    assert '<select name="level-3"' in response.content.decode()
    data = {"review": review_of(response), "_save": "1", "level-3": "2", "level-1": "7", "level-x": "3"}
    press.post("/admin/articles/article/import/", data)
    assert [(s.level, s.heading_ru) for s in Article.objects.get().sections.all()] == [
        (2, "Какие линии"),
        (2, "Реакция"),
        (2, "Пассажиры"),
    ]


def test_back_to_edit_shows_the_text_again_and_saves_nothing(press):
    response = press.post("/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN})
    response = press.post("/admin/articles/article/import/", {"review": review_of(response), "_back": "1"})
    body = response.content.decode()
    assert response.status_code == 200 and not Article.objects.exists()
    assert "<textarea" in body and "мэрия в пятницу." in body
    assert '<option value="ru" selected>' in body


def test_an_altered_review_is_refused_and_saves_nothing(press):
    response = press.post("/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN})
    forged = review_of(response)[:-2] + "xx"
    assert press.post("/admin/articles/article/import/", {"review": forged, "_save": "1"}).status_code == 403
    assert not Article.objects.exists()


def test_another_users_review_is_refused(press):
    response = press.post("/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN})
    other = logged_in(make_press_secretary("press2"))
    assert (
        other.post("/admin/articles/article/import/", {"review": review_of(response), "_save": "1"}).status_code == 403
    )
    assert not Article.objects.exists()


def test_the_first_paragraph_stays_in_the_body_when_the_lead_box_is_unticked(press):
    paste(press, "/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN})
    article = Article.objects.get()
    assert article.lead_ru == ""
    assert article.sections.first().heading_ru == ""


def test_a_text_file_can_be_uploaded_instead_of_pasted(press):
    upload = SimpleUploadedFile("trams.txt", RUSSIAN.encode())
    paste(press, "/admin/articles/article/import/", {"language": "ru", "file": upload, "lead": "on"})
    assert Article.objects.get().title_ru == "Ночные трамваи возвращаются"


def test_a_file_that_is_not_utf8_is_refused_in_step_one(press):
    upload = SimpleUploadedFile("trams.txt", RUSSIAN.encode("cp1251"))
    response = press.post("/admin/articles/article/import/", {"language": "ru", "file": upload})
    assert response.status_code == 200 and "not UTF-8" in response.content.decode()
    assert 'name="review"' not in response.content.decode()


def test_a_text_that_cannot_be_an_article_gets_its_reason_in_step_one(press):
    response = press.post("/admin/articles/article/import/", {"language": "ru", "text": "Только заголовок"})
    assert response.status_code == 200 and "The text has a title but no body." in response.content.decode()
    assert not Article.objects.exists()


# An existing article's language


def article_in_armenian(sections=3):
    return make_article(languages=["hy"], published=[], sections=sections)


def test_the_change_form_links_to_pasting_into_each_language_the_user_may_change():
    article = article_in_armenian()
    press_body = logged_in(make_press_secretary()).get(f"/admin/articles/article/{article.pk}/change/")
    links = re.findall(r'href="(/admin/articles/article/\d+/import/\w+/)"', press_body.content.decode())
    assert links == [into_url(article, code) for code in ["hy", "ru", "en", "tr"]]
    translator_body = logged_in(make_translator("ru")).get(f"/admin/articles/article/{article.pk}/change/")
    links = re.findall(r'href="(/admin/articles/article/\d+/import/\w+/)"', translator_body.content.decode())
    assert links == [into_url(article, "ru")]


def test_pasting_into_russian_replaces_only_russian_text_section_by_section(press):
    article = article_in_armenian(sections=3)
    before = list(article.sections.values_list("pk", "level", "position", "heading_hy", "body_hy"))
    response = press.post(into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **opened(press, article, "ru")})
    body = response.content.decode()
    # Step two shows what each section replaces; nothing is written yet.
    assert "Heading 1 hy" not in body and "no text in this language yet" in body
    # The factory's second section is a subheading, the text's a heading: the review says the level stays.
    assert html.unescape(body).count("in the text: heading; the article's level is kept") == 1
    assert not any(s.heading_ru for s in article.sections.all())
    response = press.post(into_url(article, "ru"), {"review": review_of(response), "_save": "1"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title_ru == "Ночные трамваи возвращаются" and article.title_hy.startswith("Title")
    assert article.lead_ru.startswith("С понедельника") and article.lead_hy.startswith("Lead")
    sections = list(article.sections.all())
    assert [(s.pk, s.level, s.position, s.heading_hy, s.body_hy) for s in sections] == before
    assert [s.heading_ru for s in sections] == ["Какие линии", "Реакция", "Пассажиры"]
    revision = RevisionInfo.objects.get(article=article)
    assert revision.kind == RevisionInfo.Kind.SAVED and revision.languages == ["ru"]
    assert TextRevision.objects.filter(article=article, language="ru").exists()
    assert not TextRevision.objects.filter(article=article, language="hy").exists()


def test_sections_beyond_the_articles_are_added_at_the_end_for_a_press_secretary(press):
    article = article_in_armenian(sections=1)
    response = press.post(into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **opened(press, article, "ru")})
    assert "a new section, added at the end" in response.content.decode()
    press.post(into_url(article, "ru"), {"review": review_of(response), "_save": "1"})
    sections = list(article.sections.all())
    assert [(s.position, s.level, s.heading_hy or "", s.heading_ru) for s in sections] == [
        (1, 2, "Heading 1 hy", "Какие линии"),
        (2, 2, "", "Реакция"),
        (3, 3, "", "Пассажиры"),
    ]


def test_on_an_existing_article_only_a_new_sections_level_can_be_chosen(press):
    article = article_in_armenian(sections=1)
    response = press.post(into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **opened(press, article, "ru")})
    body = response.content.decode()
    assert '<select name="level-1"' not in body and '<select name="level-3"' in body
    press.post(into_url(article, "ru"), {"review": review_of(response), "_save": "1", "level-1": "3", "level-3": "2"})
    assert [(s.level, s.heading_ru) for s in article.sections.all()] == [
        (2, "Какие линии"),
        (2, "Реакция"),
        (2, "Пассажиры"),
    ]


def test_the_articles_sections_beyond_the_text_are_left_as_they_are(press):
    article = make_article(languages=["hy", "ru"], published=[], sections=5)
    response = press.post(into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **opened(press, article, "ru")})
    assert response.content.decode().count("not in the text: this section is left as it is") == 2
    press.post(into_url(article, "ru"), {"review": review_of(response), "_save": "1"})
    assert [s.heading_ru for s in article.sections.all()] == [
        "Какие линии",
        "Реакция",
        "Пассажиры",
        "Heading 4 ru",
        "Heading 5 ru",
    ]


def test_a_translator_pastes_into_their_language_but_may_not_add_sections():
    article = article_in_armenian(sections=2)
    translator = logged_in(make_translator("ru"))
    response = translator.post(
        into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **opened(translator, article, "ru")}
    )
    body = response.content.decode()
    assert "The text has 1 section more than the article, and you may not add sections." in body
    assert 'name="_save"' not in body
    # A crafted confirmation is refused by the service too.
    response = translator.post(into_url(article, "ru"), {"review": review_of(response), "_save": "1"})
    assert "you may not add sections" in response.content.decode()
    article.refresh_from_db()
    assert not article.title_ru and not any(s.heading_ru for s in article.sections.all())

    article = article_in_armenian(sections=3)
    response = paste(
        translator, into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **opened(translator, article, "ru")}
    )
    assert response.status_code == 302
    assert [s.heading_ru for s in article.sections.all()] == ["Какие линии", "Реакция", "Пассажиры"]


def test_a_translator_may_not_paste_into_another_language():
    article = article_in_armenian()
    translator = logged_in(make_translator("ru"))
    assert translator.get(into_url(article, "tr")).status_code == 403
    assert translator.post(into_url(article, "hy"), {"text": RUSSIAN}).status_code == 403
    # Nor create an article.
    assert translator.post("/admin/articles/article/import/", {"language": "ru", "text": RUSSIAN}).status_code == 302
    assert Article.objects.count() == 1


def test_a_review_of_one_article_or_language_cannot_be_saved_into_another(press):
    article, other = article_in_armenian(), article_in_armenian()
    response = press.post(into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **opened(press, article, "ru")})
    assert press.post(into_url(other, "ru"), {"review": review_of(response), "_save": "1"}).status_code == 403
    assert press.post(into_url(article, "tr"), {"review": review_of(response), "_save": "1"}).status_code == 403
    assert not any(s.heading_ru for s in Section.objects.all())


def test_an_author_pastes_into_any_language():
    article = article_in_armenian()
    author = logged_in(make_author())
    assert (
        paste(
            author, into_url(article, "en"), {"text": RUSSIAN, "lead": "on", **opened(author, article, "en")}
        ).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.title_en == "Ночные трамваи возвращаются"


def test_a_save_by_someone_else_after_the_page_was_opened_is_not_overwritten(press):
    article = article_in_armenian(sections=3)
    was_opened = opened(press, article, "ru")
    response = press.post(into_url(article, "ru"), {"text": RUSSIAN, "lead": "on", **was_opened})
    # Meanwhile another editor saves a Russian heading.
    section = article.sections.first()
    section.heading_ru = "Их заголовок"
    section.save()
    article.changed_by = make_press_secretary("colleague")
    article.save()
    response = press.post(into_url(article, "ru"), {"review": review_of(response), "_save": "1"})
    body = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "colleague saved this article at" in body and "Nothing was saved" in body
    assert "Их заголовок" in body  # the review now shows what would be replaced
    assert article.sections.first().heading_ru == "Их заголовок"
    # Saving again, after reading it, saves over it knowingly.
    response = press.post(into_url(article, "ru"), {"review": review_of(response), "_save": "1"})
    assert response.status_code == 302
    assert article.sections.first().heading_ru == "Какие линии"


# The command


def test_the_command_imports_into_an_existing_articles_language(tmp_path):
    article = article_in_armenian(sections=3)
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_article", str(path), "--article", str(article.pk), "--language", "ru", stdout=out, stderr=err)
    article.refresh_from_db()
    assert out.getvalue().split() == [str(article.pk), article.get_absolute_url("ru")]
    assert article.title_ru == "Ночные трамваи возвращаются"
    assert [s.heading_ru for s in article.sections.all()] == ["Какие линии", "Реакция", "Пассажиры"]
    assert RevisionInfo.objects.get(article=article).languages == ["ru"]


def test_the_command_refuses_an_unknown_article(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    with pytest.raises(CommandError, match="No article 999"):
        call_command("import_article", str(path), "--article", "999", "--lang", "ru", stdout=StringIO())


def test_the_service_refuses_a_stale_version_with_nothing_written():
    article = article_in_armenian(sections=3)
    stale = article.version
    article.title_ru = "Новый"
    article.save()
    with pytest.raises(services.conflicts.SavedSinceOpened):
        services.article_import_into(
            article=article, text=RUSSIAN, language="ru", by=make_press_secretary(), opened_version=stale
        )
    article.refresh_from_db()
    assert article.title_ru == "Новый"


def test_pasting_into_a_long_article_costs_as_many_queries_as_into_a_short_one():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(sections):
        article, user = article_in_armenian(sections=sections), make_press_secretary(f"press{sections}")
        text = "Заголовок\n\nЛид.\n\n" + "".join(f"Раздел {n}\n\nТекст раздела {n}.\n\n" for n in range(sections))
        with CaptureQueriesContext(connection) as captured:
            services.article_import_into(article=article, text=text, language="ru", by=user)
        assert article.sections.filter(heading_ru=f"Раздел {sections - 1}").exists()
        return len(captured)

    queries(1)  # the content types, cached after the first revision
    # The sections' text is written in one statement, and the revision reads them in one.
    assert queries(30) == queries(3)
