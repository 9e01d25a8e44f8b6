"""
Long articles: 150 sections in four languages save in the admin, an import
of up to 1 MB works and a larger one is refused with its reason, and a form
past the site's limits gets a page that says so, never a bare 400.
"""

import re

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from articles import services
from articles.conflicts import opened
from articles.models import Article, Section
from tests.factories import make_article, make_press_secretary
from tests.test_imports import paste

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]
BODY = {
    "hy": "Քաղաքապետարանը հայտնել է, որ նոր երթուղին կգործի փորձնական կարգով։ " * 8,
    "ru": "Мэрия сообщила, что новый маршрут будет работать в пробном режиме. " * 8,
    "en": "The city hall said the new route would run on a trial basis for now. " * 8,
    "tr": "Belediye, yeni hattın şimdilik deneme olarak çalışacağını açıkladı. " * 8,
}
MB = 1024 * 1024


def change_form_data(article) -> dict:
    """What the change form posts for `article`, every section and edition as it is, opened now."""
    data = {"source_language": article.source_language, **opened(article)}
    for language in LANGUAGES:
        for name in ["title", "slug", "lead"]:
            data[f"{name}_{language}"] = getattr(article, f"{name}_{language}") or ""
    editions = list(article.editions.all())
    data.update({"editions-TOTAL_FORMS": len(editions), "editions-INITIAL_FORMS": len(editions)})
    for i, edition in enumerate(editions):
        local = edition.published_at.astimezone()
        data.update(
            {
                f"editions-{i}-id": edition.pk,
                f"editions-{i}-article": article.pk,
                f"editions-{i}-language": edition.language,
                f"editions-{i}-status": edition.status,
                f"editions-{i}-published_at_0": local.strftime("%Y-%m-%d"),
                f"editions-{i}-published_at_1": local.strftime("%H:%M:%S"),
            }
        )
    sections = list(article.sections.all())
    data.update({"sections-TOTAL_FORMS": len(sections), "sections-INITIAL_FORMS": len(sections)})
    for i, section in enumerate(sections):
        data.update({f"sections-{i}-id": section.pk, f"sections-{i}-article": article.pk})
        data.update({f"sections-{i}-position": section.position, f"sections-{i}-level": section.level})
        for language in LANGUAGES:
            data[f"sections-{i}-heading_{language}"] = getattr(section, f"heading_{language}") or ""
            data[f"sections-{i}-body_{language}"] = getattr(section, f"body_{language}") or ""
    return data


def long_article(sections=150) -> Article:
    article = make_article(languages=LANGUAGES, sections=0, published=[])
    Section.objects.bulk_create(
        Section(
            article=article,
            position=position,
            **{f"heading_{code}": f"{code} {position}" for code in LANGUAGES},
            **{f"body_{code}": BODY[code] for code in LANGUAGES},
        )
        for position in range(1, sections + 1)
    )
    for language in LANGUAGES:
        services.article_publish(article=article, language=language)
    return article


def test_an_article_of_150_sections_in_four_languages_saves_in_the_admin(press):
    article = long_article()
    data = change_form_data(article)
    data["title_en"] = "A corrected headline"
    data["sections-149-body_tr"] = "Son bölüm düzeltildi."
    response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.title_en == "A corrected headline"
    assert article.sections.get(position=150).body_tr == "Son bölüm düzeltildi."


def test_a_form_past_the_sites_limits_is_answered_with_the_reason_in_the_users_language(press, settings):
    article = long_article(sections=3)
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 20
    response = press.post(f"/admin/articles/article/{article.pk}/change/", change_form_data(article))
    assert response.status_code == 400
    assert (
        "The form has more fields than the site accepts (at most 20). Nothing was saved." in response.content.decode()
    )

    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    ru = Client(HTTP_ACCEPT_LANGUAGE="ru")
    ru.force_login(article_editor := make_press_secretary("press2"))
    assert article_editor.is_staff
    response = ru.post(f"/admin/articles/article/{article.pk}/change/", change_form_data(article))
    assert response.status_code == 400
    assert "Ничего не сохранено" in response.content.decode()


def pasted_text(size: int) -> str:
    """An article of about `size` bytes of UTF-8: a title, then headed sections of Armenian paragraphs."""
    parts = ["Երկար հոդված"]
    section = 0
    while len("\n".join(parts).encode()) < size:
        section += 1
        parts += [f"Բաժին {section}", *[BODY["hy"].strip()] * 8]
    text = "\n".join(parts)
    while len(text.encode()) > size:
        text = text[:-1]
    return text.rstrip() + "։"


def test_an_import_of_up_to_1_mb_works_and_a_larger_one_is_refused(press):
    text = pasted_text(MB - 10)
    response = paste(press, "/admin/articles/article/import/", {"language": "hy", "text": text})
    assert response.status_code == 302
    assert Article.objects.get().sections.count() > 100

    response = press.post("/admin/articles/article/import/", {"language": "hy", "text": text + "Ա" * 10})
    assert response.status_code == 200
    assert re.search(r"The text is 1[.,]0 MB: an import may be at most 1 MB\.", response.content.decode())
    assert Article.objects.count() == 1


def test_the_import_command_refuses_a_file_over_1_mb_before_reading_it_whole(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(pasted_text(MB - 10))
    call_command("import_article", str(path), lang="hy", stdout=open(tmp_path / "out", "w"))  # noqa: SIM115
    assert Article.objects.count() == 1
    path.write_bytes(b"A title\n\n" + b"x" * (5 * MB))
    with pytest.raises(CommandError, match=r"an import may be at most 1 MB"):
        call_command("import_article", str(path), lang="hy")
    assert Article.objects.count() == 1


def test_a_long_article_keeps_its_sections_in_order_on_the_reader_page(reader):
    article = long_article(sections=150)
    body = reader.get(article.get_absolute_url("hy")).content.decode()
    headings = re.findall(r"<h2>hy (\d+)</h2>", body)
    assert headings == [str(n) for n in range(1, 151)]


@pytest.mark.parametrize(
    ("size", "shown"), [(MB + 1, "1.0"), (int(1.25 * MB), "1.2"), (2 * MB, "2.0"), (5 * MB, "5.0")]
)
def test_the_size_of_a_text_too_large_is_said_as_it_is(size, shown):
    from django.utils import translation

    from articles import importer

    with translation.override("en"), pytest.raises(importer.ArticleTextError, match=rf"The text is {shown} MB"):
        importer.check_size(size)


def saving_queries(press, article) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = f"/admin/articles/article/{article.pk}/change/"
    # A first save stores the text as the form cleans it (BODY's last space goes).
    assert press.post(url, change_form_data(article)).status_code == 302
    article.refresh_from_db()
    data = change_form_data(article)
    data["sections-0-body_en"] = "One section corrected."
    with CaptureQueriesContext(connection) as queries:
        assert press.post(url, data).status_code == 302
    return [query["sql"] for query in queries]


def test_saving_a_long_article_does_not_ask_the_database_to_check_each_sections_level(press):
    # A CheckConstraint's validation asks the database (a savepoint and a
    # query) for each row: three queries a section, a third of a long form's save.
    queries = saving_queries(press, long_article(sections=40))
    assert not [sql for sql in queries if '"_check"' in sql]
    assert not [sql for sql in queries if sql.startswith("SAVEPOINT")][40:]


def test_a_section_level_other_than_heading_or_subheading_is_a_form_error(press):
    article = long_article(sections=2)
    data = change_form_data(article)
    data["sections-1-level"] = "4"
    response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert set(article.sections.values_list("level", flat=True)) == {2}
