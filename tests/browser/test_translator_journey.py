"""A translator's journey in Debian's Chromium: edit an interface string, see it on the site."""

import pytest

from catalogs import po
from tests.browser.test_reader_journey import browser, log_in, page  # noqa: F401 - fixtures
from tests.factories import make_article
from tests.test_translators import make_translator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("migrated_rows")
def test_translator_changes_the_share_label_and_sees_it_on_the_article(page, live_server):  # noqa: F811
    make_translator("tr", username="nur")
    article = make_article(languages=["tr"], source="tr")
    page.goto(live_server.url + article.get_absolute_url("tr"))
    assert page.locator(".share__title").inner_text() == "Arkadaşlarınızla paylaşın"

    log_in(page, live_server.url, username="nur", then="/admin/catalogs/localeentry/")
    page.fill("input[name=q]", "Share with friends")
    page.locator("form.catalog-search input[type=submit]").click()
    page.get_by_role("link", name="Share with friends").click()
    assert po.entry_key("", "Share with friends") in page.url
    page.fill("textarea[name=form_0]", "Dostlarınla paylaş")
    page.locator("input[type=submit].default").click()
    page.wait_for_url("**/admin/catalogs/localeentry/?language=tr")

    page.goto(live_server.url + article.get_absolute_url("tr"))
    assert page.locator(".share__title").inner_text() == "Dostlarınla paylaş"


@pytest.mark.usefixtures("migrated_rows")
def test_translator_saves_their_language_of_an_article_from_the_browser(page, live_server):  # noqa: F811
    make_translator("ru", username="olga")
    article = make_article(languages=["hy"], sections=2)
    change_url = f"/admin/articles/article/{article.pk}/change/"
    log_in(page, live_server.url, username="olga", then=change_url)
    page.fill("#id_title_ru", "Ночной трамвай")
    page.fill("#id_sections-1-body_ru", "Текст раздела.")
    # What Chromium sends is exactly what the form has: no key is refused.
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.locator("input[name=_continue]").click()
    assert posted.value.status == 302
    page.wait_for_url(f"**{change_url}")
    article.refresh_from_db()
    assert article.title_ru == "Ночной трамвай"
    assert article.sections.get(position=2).body_ru == "Текст раздела."
    assert article.text_revisions.filter(language="ru").exists()
