"""
A byline written in Debian's Chromium: the press secretary adds an author to
an article by typing part of their Russian name, saves and publishes; the
reader page names them in Armenian letters; the policy blocks nothing.
"""

import re

import pytest

from articles.bylines import Byline
from tests.browser.test_newsroom_journey import staff_page
from tests.browser.test_reader_journey import browser  # noqa: F401 - fixture
from tests.factories import armenian_names, make_article, make_contributor, make_press_secretary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("migrated_rows")
def test_the_press_secretary_finds_an_author_by_a_russian_name_and_readers_see_the_armenian_one(browser, live_server):  # noqa: F811
    make_press_secretary("press")
    anna = make_contributor(**armenian_names("Anna", "Petrosyan", hy="Աննա Պետրոսյան", ru="Анна Петросян"))
    article = make_article(languages=["hy"], published=[])
    press = staff_page(browser, live_server, "press")
    blocked = []
    press.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )

    press.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    press.locator("#bylines-group .add-row a").click()
    press.locator("#bylines-group .select2-selection").first.click()
    press.locator(".select2-search__field").fill("Петр")
    press.locator(".select2-results__option", has_text="Anna Petrosyan").click()
    press.locator("input[name=_continue]").click()
    press.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/"))
    assert [byline.contributor_id for byline in Byline.objects.filter(article=article)] == [anna.pk]

    press.locator("button[name=_publish][value=hy]").click()
    press.wait_for_load_state()
    press.goto(live_server.url + article.get_absolute_url("hy"))
    assert press.locator("p.byline").inner_text() == "Հեղինակ՝ Աննա Պետրոսյան"
    assert blocked == []
