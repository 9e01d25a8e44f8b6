"""
The section editor in Debian's Chromium: the language switch that the whole
form follows and remembers, sections reordered by the keyboard and by drag
and drop, the markup toolbar, and the warning before leaving unsaved changes.
"""

import pytest

from articles.models import Article
from tests.browser.test_newsroom_journey import staff_page
from tests.browser.test_reader_journey import browser  # noqa: F401 - fixture
from tests.factories import make_article, make_press_secretary
from tests.test_long_articles import long_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LANGUAGES = ["hy", "ru", "en", "tr"]


def headings(article) -> list[str]:
    return list(Article.objects.get(pk=article.pk).sections.values_list("heading_hy", flat=True))


def shown_languages(page) -> set[str]:
    """The languages of the translated fields the form shows, over the whole form."""
    return set(
        page.eval_on_selector_all(
            "#article_form .form-row[data-language]",
            "rows => rows.filter(row => row.offsetParent !== null && !row.closest('.empty-form'))"
            ".map(row => row.dataset.language)",
        )
    )


@pytest.mark.usefixtures("migrated_rows")
def test_one_switch_shows_every_field_in_its_language_and_the_form_remembers_it(browser, live_server):  # noqa: F811
    make_press_secretary("press")
    article = make_article(languages=LANGUAGES, source="en", sections=2)
    page = staff_page(browser, live_server, "press")
    url = live_server.url + f"/admin/articles/article/{article.pk}/change/"
    page.goto(url)
    switch = page.get_by_label("Language of the form")
    assert switch.input_value() == "en", "it opens on the article's source language"
    assert shown_languages(page) == {"en"}
    assert page.locator("#id_title_en").is_visible() and not page.locator("#id_title_hy").is_visible()
    switch.select_option("ru")
    assert shown_languages(page) == {"ru"}
    assert page.locator("#id_sections-1-body_ru").is_visible()
    switch.select_option("tr")
    # A section added now opens in that language too.
    page.locator("#sections-group .add-row a").click()
    assert page.locator("#id_sections-2-heading_tr").is_visible()
    assert not page.locator("#id_sections-2-heading_hy").is_visible()
    # The other languages beside the one written, read-only.
    page.get_by_label("Show the other languages beside the text").check()
    beside = page.locator("#sections-0 .editor-beside").first
    assert "Heading 1 hy" in beside.inner_text() and "Heading 1 en" in beside.inner_text()
    page.once("dialog", lambda dialog: dialog.accept())
    page.goto(url)
    assert page.get_by_label("Language of the form").input_value() == "tr", "this browser remembers it"
    assert page.get_by_label("Show the other languages beside the text").is_checked()


@pytest.mark.usefixtures("migrated_rows")
def test_sections_move_by_keyboard_and_by_drag_and_the_toolbar_writes_a_numbered_list(browser, live_server):  # noqa: F811
    make_press_secretary("press")
    article = make_article(languages=["hy"], sections=3)
    page = staff_page(browser, live_server, "press")
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")

    # The keyboard: "Move up" twice on the last section, the focus kept on its button.
    up = page.locator("#sections-2 button[data-move=up]")
    up.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('.inline-related').id") == "sections-2"
    page.keyboard.press("Enter")

    # The toolbar: two lines made a numbered list in the first section's body.
    body = page.locator("#id_sections-0-body_hy")
    body.fill("Buy a ticket\nTake the tram")
    body.evaluate("area => area.setSelectionRange(0, area.value.length)")
    page.locator("#sections-0 .markup-toolbar__numbers").first.click()
    assert body.input_value() == "1. Buy a ticket\n2. Take the tram"

    page.locator("input[name=_continue]").click()
    page.wait_for_load_state()
    assert headings(article) == ["Heading 3 hy", "Heading 1 hy", "Heading 2 hy"]
    assert Article.objects.get(pk=article.pk).sections.get(heading_hy="Heading 1 hy").body_hy.startswith("1. Buy")

    # Drag and drop: the first section (now "Heading 3") taken by its handle below the last one,
    # all three collapsed to their titles.
    page.get_by_role("button", name="Collapse all sections").click()
    assert not page.locator("#id_sections-0-body_hy").is_visible()
    page.locator("#sections-2").evaluate("row => row.scrollIntoView({block: 'center'})")
    handle = page.locator("#sections-0 .section-handle").bounding_box()
    target = page.locator("#sections-2").bounding_box()
    page.mouse.move(handle["x"] + 3, handle["y"] + 3)
    page.mouse.down()
    page.mouse.move(target["x"] + 40, target["y"] + target["height"] * 0.75, steps=8)
    page.mouse.up()
    assert page.locator("#sections-group .inline-related:not(.empty-form)").last.get_attribute("id") == "sections-0"
    page.locator("input[name=_continue]").click()
    page.wait_for_load_state()
    assert headings(article) == ["Heading 1 hy", "Heading 2 hy", "Heading 3 hy"]


@pytest.mark.usefixtures("migrated_rows")
def test_leaving_with_unsaved_changes_asks_first_and_saving_does_not(browser, live_server):  # noqa: F811
    make_press_secretary("press")
    article = make_article(languages=["hy"], sections=1)
    page = staff_page(browser, live_server, "press")
    url = live_server.url + f"/admin/articles/article/{article.pk}/change/"
    page.goto(url)
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.fill("#id_title_hy", "Նոր վերնագիր")
    page.evaluate("() => { window.location.href = '/admin/'; }")
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
    assert page.locator("#id_title_hy").input_value() == "Նոր վերնագիր", "dismissed: the form stays"
    page.locator("input[name=_continue]").click()
    page.wait_for_load_state()
    assert asked == ["beforeunload"], "saving is not leaving"
    assert Article.objects.get(pk=article.pk).title_hy == "Նոր վերնագիր"


@pytest.mark.usefixtures("migrated_rows")
def test_an_article_of_150_sections_opens_collapsed_and_each_opens_on_its_own(browser, live_server):  # noqa: F811
    make_press_secretary("press")
    article = long_article(sections=150)
    page = staff_page(browser, live_server, "press")
    page.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    page.wait_for_function("performance.getEntriesByName('article-editor-ready').length > 0")
    assert page.locator("#sections-group .section--collapsed").count() == 150
    page.get_by_label("Language of the form").select_option("ru")
    page.locator("#sections-149 .section-toggle").click()
    assert page.locator("#id_sections-149-body_ru").is_visible()
    assert not page.locator("#id_sections-148-body_ru").is_visible()
    page.get_by_role("button", name="Expand all sections").click()
    assert page.locator("#sections-group .section--collapsed").count() == 0
