"""
The section editor of the article change form: a new section goes last,
sections keep the order the form sends, and the form reads its sections
once, whatever their number.
"""

import json
import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import override

from articles import services
from articles.models import Section
from tests.factories import make_article, make_press_secretary, make_translator
from tests.test_long_articles import change_form_data, long_article

pytestmark = pytest.mark.django_db


def with_new_section(data, *, position, heading="A new section") -> dict:
    """`data` with one more section form, as the admin's "Add another section" sends it."""
    i = int(data["sections-TOTAL_FORMS"])
    data = {**data, "sections-TOTAL_FORMS": i + 1}
    data.update({f"sections-{i}-position": position, f"sections-{i}-level": 2, f"sections-{i}-heading_hy": heading})
    for language in ("hy", "ru", "en", "tr"):
        data.setdefault(f"sections-{i}-heading_{language}", "")
        data[f"sections-{i}-body_{language}"] = "Text." if language == "hy" else ""
    return data


def headings(article) -> list[str]:
    return [section.heading_hy for section in Section.objects.filter(article=article)]


def test_new_section_saved_without_javascript_at_0_goes_after_the_last(press):
    article = make_article(sections=3)
    data = with_new_section(change_form_data(article), position=0)
    response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert headings(article) == ["Heading 1 hy", "Heading 2 hy", "Heading 3 hy", "A new section"]
    assert Section.objects.get(heading_hy="A new section").position == 4


def test_a_new_section_moved_or_given_a_level_but_left_empty_is_not_saved(press):
    article = make_article(sections=2)
    # Dragging an empty new section gives it a place; choosing a subheading, a level.
    data = with_new_section(change_form_data(article), position=1, heading="")
    data["sections-2-body_hy"] = ""
    data["sections-2-level"] = 3
    response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert headings(article) == ["Heading 1 hy", "Heading 2 hy"]


def test_new_sections_saved_with_no_position_go_last_in_the_order_of_the_form(press):
    article = make_article(sections=2)
    data = with_new_section(change_form_data(article), position="", heading="First new")
    data = with_new_section(data, position="", heading="Second new")
    assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    assert headings(article) == ["Heading 1 hy", "Heading 2 hy", "First new", "Second new"]


def test_new_section_of_a_new_article_goes_after_the_ones_above_it(press):
    data = {"source_language": "hy", "title_hy": "Նոր հոդված", "sections-TOTAL_FORMS": 0, "sections-INITIAL_FORMS": 0}
    data = with_new_section(data, position=0, heading="One")
    data = with_new_section(data, position="", heading="Two")
    response = press.post("/admin/articles/article/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Section.objects.get(heading_hy="One").article
    assert [(s.heading_hy, s.position) for s in article.sections.all()] == [("One", 1), ("Two", 2)]


def test_new_section_with_a_position_typed_keeps_it(press):
    article = make_article(sections=3)
    data = with_new_section(change_form_data(article), position=2, heading="Second")
    assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    # Ties keep the older section first.
    assert headings(article) == ["Heading 1 hy", "Heading 2 hy", "Second", "Heading 3 hy"]


def test_sections_are_saved_in_the_order_the_form_numbers_them(press):
    # What dragging the last section to the top, or its "Move up" buttons, sends: every place renumbered.
    article = make_article(sections=3)
    data = change_form_data(article)
    for i, position in enumerate([2, 3, 1]):
        data[f"sections-{i}-position"] = position
    assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    assert headings(article) == ["Heading 3 hy", "Heading 1 hy", "Heading 2 hy"]


def test_section_whose_place_was_emptied_goes_last(press):
    article = make_article(sections=3)
    data = {**change_form_data(article), "sections-0-position": ""}
    assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    assert headings(article) == ["Heading 2 hy", "Heading 3 hy", "Heading 1 hy"]


def test_new_form_opens_with_an_empty_place_that_says_it_goes_last(press):
    article = make_article(sections=1)
    page = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    empty = re.search(r'<input[^>]*name="sections-__prefix__-position"[^>]*>', page)[0]
    assert 'value="' not in empty
    assert "Empty or 0: after the last section." in page


def test_section_id_of_another_article_is_refused_and_nothing_is_saved(press):
    article, other = make_article(sections=1), make_article(sections=1)
    data = change_form_data(article)
    data["sections-0-id"] = other.sections.get().pk
    data["sections-0-heading_hy"] = "Taken over"
    response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200
    assert not Section.objects.filter(heading_hy="Taken over").exists()


@pytest.mark.parametrize("sections", [3, 150])
def test_change_form_opens_with_the_same_queries_for_3_and_150_sections(press, django_assert_num_queries, sections):
    article = long_article(sections=sections)
    # 1 session, 2 user, 3 the user's admin language; the publication panel:
    # 4 the article, 5 its editions, 6 its bylines, 7 its sections, 8 its
    # newest review requests, 9-11 when each language other than the source
    # was last changed (ru, en, tr: is it outdated?); 12 the user's own
    # permissions, 13 its groups' permissions; 14 the preview links; the form:
    # 15 the article, 16 its editions, 17 its bylines, 18 its sections for the
    # snapshot of the text as opened (conflicts), 19 the bylines' formset, 20
    # the sections' formset (read once: each hidden id is found among them);
    # 21 the categories to choose from; 22 the readership by day.
    with django_assert_num_queries(22):
        response = press.get(f"/admin/articles/article/{article.pk}/change/")
    assert response.status_code == 200
    assert response.content.decode().count('class="inline-related has_original') == sections


@pytest.mark.parametrize("sections", [3, 150])
def test_saving_the_change_form_reads_each_section_once(press, sections):
    article = long_article(sections=sections)
    data = change_form_data(article)
    data["sections-1-body_en"] = "Corrected."
    with CaptureQueriesContext(connection) as captured:
        response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    one_by_one = [
        q for q in captured if re.search(r'FROM "articles_section" WHERE "articles_section"."id" = ', q["sql"])
    ]
    assert one_by_one == []
    assert Section.objects.get(article=article, position=2).body_en == "Corrected."


def test_change_form_says_when_a_scheduled_edition_goes_live_in_newsroom_time(press):
    article = make_article(languages=["hy", "en"], published=["hy"])
    tomorrow = timezone.now().astimezone(ZoneInfo("Asia/Yerevan")) + timedelta(days=1)
    at = tomorrow.replace(hour=12, minute=30, second=0, microsecond=0)
    services.article_publish(article=article, language="en", at=at)
    page = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    said = f"Scheduled for 12:30, {at:%d.%m.%Y} (English)"
    assert said in page
    assert "Scheduled for" not in page.replace(said, "")


def test_change_form_names_the_time_zone_once(press):
    article = make_article(languages=["hy"], published=[])
    page = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert page.count("Times are Yerevan time (UTC+4).") == 1
    assert "Asia/Yerevan" not in page


def test_time_zone_note_is_in_the_users_language(client):
    client.force_login(make_press_secretary())
    article = make_article(languages=["hy"], published=[])
    page = client.get(f"/admin/articles/article/{article.pk}/change/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Время указано по Еревану (UTC+4)." in page


def test_section_without_a_heading_is_named_by_its_first_words_or_its_place():
    with override("en"):
        assert str(Section(position=4, body_hy="**Նոր** երթուղին [կգործի](https://example.am) գիշերը։")) == (
            "Նոր երթուղին կգործի գիշերը։"
        )
        assert str(Section(position=4)) == "Section 4 (no heading)"
        assert str(Section(position=2, heading_ru="Реакция")) == "Реакция"
    with override("ru"):
        assert str(Section(position=4)) == "Раздел 4 (без заголовка)"


def test_body_help_names_numbered_lists_quotes_and_the_toolbar(press):
    article = make_article(sections=1)
    page = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "lines starting with “1. ” a numbered list, lines starting with “> ” a quote" in page
    assert "The buttons above the text write these for you." in page


def test_numbered_lists_and_quotes_reach_the_reader_page(reader):
    article = make_article(languages=["en"], sections=0, published=[])
    Section.objects.create(article=article, position=1, heading_en="Steps", body_en="1. Buy\n2. Ride\n\n> Safe travels")
    services.article_publish(article=article, language="en")
    page = reader.get(article.get_absolute_url("en")).content.decode()
    assert "<ol>\n<li>Buy</li>\n<li>Ride</li>\n</ol>" in page
    assert "<blockquote>\n<p>Safe travels</p>\n</blockquote>" in page


def script_catalog(client, language) -> dict:
    """The strings the admin's JavaScript catalog gives its scripts in `language`."""
    script = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S)[1])


def test_admin_script_catalog_serves_the_editors_strings_in_the_users_language(client):
    client.force_login(make_press_secretary())
    catalog = script_catalog(client, "ru")
    assert catalog["Collapse all sections"] == "Свернуть все разделы"
    assert catalog["Numbered list"] == "Нумерованный список"
    assert script_catalog(client, "hy")["Numbered list"] == "Համարակալված ցանկ"


def test_change_form_loads_the_editor_as_files_with_a_labelled_language_switch(press):
    article = make_article(languages=["hy", "en"], source="en", sections=1)
    page = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert '<script src="/static/admin/articles/editor.js"></script>' in page
    # One switch for the whole form, not a strip of language tabs drawn on every field.
    assert "tabbed_translation_fields.js" not in page
    assert 'href="/static/admin/articles/editor.css"' in page
    assert '<label for="modeltranslation-main-switch">Language of the form</label>' in page
    bar = re.search(r'<div class="article-editor"[^>]*>', page)[0]
    assert 'data-source="en"' in bar and 'data-editable="hy ru en tr"' in bar
    assert "<script>" not in page and " style=" not in page.split("<body", 1)[1]


def test_translators_switch_knows_the_languages_they_may_write(client):
    client.force_login(make_translator("tr"))
    article = make_article(languages=["hy"], sections=1)
    page = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'data-editable="tr"' in re.search(r'<div class="article-editor"[^>]*>', page)[0]


def test_reader_pages_load_no_script(reader):
    article = make_article(languages=["en"], sections=1)
    page = reader.get(article.get_absolute_url("en")).content.decode()
    # The one script element is the JSON-LD data block (articles/seo.py), which no browser runs.
    assert re.findall(r"<script[^>]*>", page) == ['<script type="application/ld+json">']
    assert "editor.js" not in page
