"""
Control characters and NUL bytes from forms, files and URLs: cleaned or
refused, never stored, never a 500, on SQLite and PostgreSQL alike.
"""

import importlib
import xml.dom.minidom

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from articles import importer, services
from articles.models import Article, Section
from tests.factories import make_article
from tests.test_admin import article_form

pytestmark = pytest.mark.django_db

WORD_LINE_BREAK = "\x0b"  # what Word's Shift+Enter pastes


def feed_items(client, language) -> list[tuple[str, str]]:
    response = client.get(f"/{language}/feed/")
    assert response.status_code == 200
    document = xml.dom.minidom.parseString(response.content)  # noqa: S318 - the site's own feed

    def text(item, tag):
        nodes = item.getElementsByTagName(tag)[0].childNodes
        return nodes[0].data if nodes else ""

    return [(text(item, "title"), text(item, "description")) for item in document.getElementsByTagName("item")]


def test_a_lead_pasted_from_word_is_saved_with_a_line_break_and_the_feed_answers(press, client):
    form = article_form(
        title_en="Tram line\x0cnews",
        lead_en=f"First line{WORD_LINE_BREAK}second line\x07",
        sections=[{"heading_en": "Where\x00", "body_en": f"One{WORD_LINE_BREAK}two\x1b[0m"}],
    )
    assert press.post("/admin/articles/article/add/", form).status_code == 302
    article = Article.objects.get()
    services.article_publish(article=article, language="en")
    assert article.title_en == "Tram line news"
    assert article.lead_en == "First line\nsecond line"
    section = Section.objects.get()
    assert (section.heading_en, section.body_en) == ("Where", "One\ntwo[0m")
    assert feed_items(client, "en") == [("Tram line news", "First line\nsecond line")]


def test_an_import_with_control_characters_and_nul_is_stored_clean_and_saves_again(tmp_path, press, client):
    path = tmp_path / "article.txt"
    path.write_bytes(b"Tram\x0bline news\n\nA first paragraph\x00 with a NUL.\n\nAnd\x01 a second.\n")
    call_command("import_article", str(path), lang="tr", publish=True, stdout=open(tmp_path / "out", "w"))  # noqa: SIM115
    article = Article.objects.get()
    assert article.title_tr == "Tram line news"
    bodies = [article.lead_tr, *(section.body_tr for section in article.sections.all())]
    assert not any(char in "".join(bodies) for char in "\x00\x01\x0b")
    # The first paragraph is the lead.
    assert bodies[:2] == ["A first paragraph with a NUL.", "And a second."]
    assert feed_items(client, "tr")[0][0] == "Tram line news"
    # The admin saves it again, which a stored NUL would make fail.
    response = press.get(f"/admin/articles/article/{article.pk}/change/")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "source_language=%00",
        "editions__status=%00",
        "editions__language=%00",
        "q=%00",
        "q=abc%00def",
        "o=%00",
        "p=%00",
    ],
)
def test_a_nul_in_an_admin_query_is_refused_with_400_not_500(press, query):
    make_article()
    response = press.get(f"/admin/articles/article/?{query}")
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_a_nul_in_a_reader_query_is_refused_with_400(client):
    article = make_article()
    assert client.get("/hy/?page=%00").status_code == 400
    assert client.get(article.get_absolute_url("hy") + "?utm=%00").status_code == 400


def test_other_control_characters_in_a_query_do_not_break_a_page(client):
    article = make_article()
    # The wrong slug's redirect keeps the query, with the line break still encoded.
    response = client.get(f"/hy/articles/{article.pk}/wrong/?a=%0d%0aSet-Cookie:%20x=1")
    assert response.status_code == 301
    assert response["Location"].endswith("?a=%0d%0aSet-Cookie:%20x=1")
    assert client.get("/hy/?page=%01").status_code == 404


def test_text_stored_before_is_cleaned_by_the_data_migration():
    article = make_article(languages=["hy", "en"])
    section = article.sections.first()
    with connection.cursor() as cursor:
        # Past the model fields, as an older release could have stored it.
        cursor.execute(
            f"UPDATE {Article._meta.db_table} SET title_en = %s, lead_hy = %s WHERE id = %s",  # noqa: S608
            [f"Old{WORD_LINE_BREAK}title", "Lead\x1f", article.pk],
        )
        cursor.execute(
            f"UPDATE {Section._meta.db_table} SET body_en = %s WHERE id = %s",  # noqa: S608
            [f"a{WORD_LINE_BREAK}b\x08", section.pk],
        )
    importlib.import_module("articles.migrations.0011_text_cleaned").clean_stored_text(apps, None)
    article.refresh_from_db()
    section.refresh_from_db()
    assert (article.title_en, article.lead_hy, section.body_en) == ("Old title", "Lead", "a\nb")


def test_the_400_page_is_in_the_language_of_the_address_and_reads_no_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/ru/?q=%00")
    assert response.status_code == 400
    assert 'lang="ru"' in response.content.decode()
    assert "В адресе есть символ NUL" in response.content.decode()


def test_an_import_whose_title_is_only_control_characters_is_refused_as_untitled_not_a_500():
    # The field cleans the title only as it is written: the checklist must judge the clean text.
    with pytest.raises(importer.ArticleTextError):
        services.article_import_text(text="\x1b\n\nA paragraph of the body.\n", language="en", publish=True)
    assert not Article.objects.filter(editions__status="published").exists()
