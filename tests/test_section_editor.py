"""
The section editor of the article change form: a new section goes last,
sections keep the order the form sends, and the form reads its sections
once, whatever their number.
"""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.models import Section
from tests.factories import make_article, make_press_secretary
from tests.test_long_articles import change_form_data, long_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def press():
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_press_secretary())
    return client


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
    # 1 session, 2 user; the publication panel: 3 the article, 4 its editions,
    # 5 its sections, 6 its newest review requests, 7-9 when each language
    # other than the source was last changed (ru, en, tr: is it outdated?);
    # 10 the user's own permissions, 11 its groups' permissions; 12 the
    # preview links; the form: 13 the article, 14 its editions, 15 its
    # sections for the formset (read once: each hidden id is found among them),
    # 16 its sections for the snapshot of the text as opened (conflicts); 17
    # the readership by day.
    with django_assert_num_queries(17):
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
