"""Pasting a Russian text into an existing article in Debian's Chromium: paste, read the split, go back, save."""

import pytest

from articles.models import Article
from tests.browser.test_reader_journey import browser, log_in, page  # noqa: F401 - fixtures
from tests.factories import make_article, make_press_secretary
from tests.test_imports import RUSSIAN

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("migrated_rows")
def test_press_secretary_pastes_russian_text_reads_the_split_and_saves_it(page, live_server, tmp_path):  # noqa: F811
    make_press_secretary()
    article = make_article(languages=["hy"], published=[], sections=3)
    log_in(page, live_server.url, then=f"/admin/articles/article/{article.pk}/change/")

    page.locator(f"a[href='/admin/articles/article/{article.pk}/import/ru/']").click()
    page.fill("textarea[name=text]", RUSSIAN.replace("мэрия", "мэрия города"))
    page.locator("input[name=_preview]").click()
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    assert page.locator(".import-review__section").count() == 3
    assert "Пассажиры" in page.locator(".import-review__section").nth(2).inner_text()
    assert not Article.objects.get().title_ru

    page.locator("input[name=_back]").click()
    assert "мэрия города" in page.locator("textarea[name=text]").input_value()
    page.fill("textarea[name=text]", RUSSIAN)
    page.locator("input[name=_preview]").click()
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"**/admin/articles/article/{article.pk}/change/")
    article = Article.objects.get()
    assert article.title_ru == "Ночные трамваи возвращаются"
    assert article.lead_ru == "С понедельника трамваи ходят до двух часов ночи, сообщила мэрия в пятницу."
    assert [section.heading_ru for section in article.sections.all()] == ["Какие линии", "Реакция", "Пассажиры"]


@pytest.mark.usefixtures("migrated_rows")
def test_a_level_chosen_on_the_review_of_a_new_article_is_saved(page, live_server):  # noqa: F811
    make_press_secretary()
    log_in(page, live_server.url, then="/admin/articles/article/import/")
    page.select_option("select[name=language]", "ru")
    page.fill("textarea[name=text]", RUSSIAN)
    page.locator("input[name=_preview]").click()
    # The choice sits in the table, outside the form, which it names (no script).
    page.select_option("select[name=level-3]", "2")
    page.locator("input[name=_save]").click()
    page.wait_for_url("**/change/")
    assert [(s.level, s.heading_ru) for s in Article.objects.get().sections.all()] == [
        (2, "Какие линии"),
        (2, "Реакция"),
        (2, "Пассажиры"),
    ]
