"""The Content-Security-Policy as Chromium enforces it: nothing the site's own pages need is blocked."""

import pytest

from tests.browser.test_reader_journey import browser, log_in, page  # noqa: F401 - fixtures
from tests.factories import make_article, make_press_secretary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def violations(tab, url) -> list[str]:
    """The policy violations Chromium reports while it loads `url` and runs its scripts."""
    seen = []
    tab.on("console", lambda message: seen.append(message.text) if "Content Security Policy" in message.text else None)
    tab.goto(url)
    tab.wait_for_load_state("networkidle")
    return seen


@pytest.mark.usefixtures("migrated_rows")
def test_reader_pages_and_the_admin_run_under_the_policy(page, live_server):  # noqa: F811
    article = make_article(languages=["hy", "ru", "en", "tr"])
    make_press_secretary()
    base = live_server.url
    for url in ["/hy/", article.get_absolute_url("hy"), "/hy/no-such-page/"]:
        assert violations(page, base + url) == [], url

    log_in(page, base)
    for url in [
        "/admin/",
        "/admin/articles/article/",
        f"/admin/articles/article/{article.pk}/change/",
        "/admin/articles/article/add/",
        "/admin/articles/article/import/",
        "/admin/articles/article/translations/",
        "/admin/catalogs/localeentry/?language=tr",
    ]:
        assert violations(page, base + url) == [], url

    # The change form's language switch is set up by script: the script ran.
    page.goto(base + f"/admin/articles/article/{article.pk}/change/")
    assert page.locator("#article_form.editor-js[data-language]").count() == 1
