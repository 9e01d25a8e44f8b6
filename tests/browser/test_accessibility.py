"""Reader pages checked by axe-core in Chromium: no serious or critical accessibility violation."""

import json
from pathlib import Path

import pytest

from tests.browser.test_reader_journey import browser  # noqa: F401 - fixtures
from tests.factories import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def axe_violations(browser, url, viewport) -> list[dict]:  # noqa: F811
    # The site's policy allows no injected script: axe is the test's, not the page's.
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => JSON.stringify(await axe.run(document))")
        return json.loads(result)["violations"]
    finally:
        context.close()


def summary(violations) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:4]}" for v in violations]


@pytest.mark.parametrize("width", WIDTHS)
def test_article_and_list_pages_have_no_serious_violations_in_any_language(browser, live_server, width):  # noqa: F811
    article = make_article(languages=["hy", "ru", "en", "tr"])
    for language in ["hy", "ru", "en", "tr"]:
        for url in [article.get_absolute_url(language), f"/{language}/"]:
            violations = axe_violations(browser, live_server.url + url, WIDTHS[width])
            serious = [v for v in violations if v["impact"] in ("serious", "critical")]
            assert summary(serious) == [], url
