"""
The admin laid out in each of its four languages, in Debian's Chromium: the
article list shows every column beside its filters on a 1366-pixel screen,
the buttons above a page never cover its title, the change form fits a
phone, and Armenian is not set in CSS capitals (which spell "և" as "ԵՒ").
"""

import pytest

from editorial import services
from tests.browser.test_reader_journey import browser, log_in  # noqa: F401 - fixture
from tests.factories import make_article, make_press_secretary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LANGUAGES = ["hy", "ru", "en", "tr"]


def admin_page(browser, live_server, *, language, width, height):  # noqa: F811
    """A press secretary's browser, logged in, the admin in `language`."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-US")
    page = context.new_page()
    log_in(page, live_server.url)
    assert page.locator("html").get_attribute("lang") == language
    return page


def overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


@pytest.fixture
def newsroom(migrated_rows):
    articles = [
        make_article(languages=LANGUAGES, title_hy="Վանաձորի աշակերտները հաղթել են ռոբոտաշինության մրցույթում"),
        make_article(languages=["hy", "ru"], published=["hy"]),
        make_article(languages=["en"], source="en"),
    ]
    return make_press_secretary(), articles


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_article_list_shows_every_column_and_its_buttons_leave_the_title_clear(
    browser,  # noqa: F811
    live_server,
    newsroom,
    language,
):
    press, _articles = newsroom
    services.staff_preference_set(user=press, language=language)
    page = admin_page(browser, live_server, language=language, width=1366, height=900)
    page.goto(live_server.url + "/admin/articles/article/")
    results = page.evaluate(
        "() => { const r = document.querySelector('.results'); return [r.scrollWidth, r.clientWidth]; }"
    )
    assert results[0] <= results[1], (
        f"the list is {results[0]} px wide in a box of {results[1]}: columns are out of sight"
    )
    last = page.locator("#result_list thead th").last.bounding_box()
    assert last["x"] + last["width"] <= page.locator("#changelist-filter").bounding_box()["x"]
    title = page.locator("#content > h1").bounding_box()
    for button in page.locator("#content-main .object-tools li").all():
        assert not overlap(title, button.bounding_box()), button.inner_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_article_form_fits_a_phone(browser, live_server, newsroom, language):  # noqa: F811
    press, articles = newsroom
    services.staff_preference_set(user=press, language=language)
    page = admin_page(browser, live_server, language=language, width=390, height=844)
    page.goto(live_server.url + f"/admin/articles/article/{articles[0].pk}/change/")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide on a 390 px screen"


def test_armenian_is_not_set_in_css_capitals(browser, live_server, newsroom):  # noqa: F811
    press, _articles = newsroom
    services.staff_preference_set(user=press, language="hy")
    page = admin_page(browser, live_server, language="hy", width=1366, height=900)
    for url in ("/admin/", "/admin/articles/article/"):
        page.goto(live_server.url + url)
        shown = page.locator("body").inner_text()  # as displayed, CSS capitals applied
        assert "ԵՒ" not in shown
        assert "Բարի գալուստ" in shown  # the user tools, as written
