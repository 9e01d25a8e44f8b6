"""
The reader's pages in every language at a desktop's and a phone's width, and
the admin's main pages, checked by axe-core in Chromium: no serious or
critical accessibility violation. docs/accessibility.md says how to read a failure.
"""

import json
from pathlib import Path

import pytest

from tests import site_pages as site
from tests.browser.test_reader_journey import browser  # noqa: F401 - fixture
from tests.factories import make_press_secretary, make_translator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
FAILING = ("serious", "critical")

# Only the violations are reported in full: axe skips the detail of what passed.
RUN_AXE = "async () => JSON.stringify(await axe.run(document, { resultTypes: ['violations'] }))"


def serious_violations(page, url) -> list[str]:
    """axe's serious and critical violations on `url`, one line each: rule, impact and the nodes at fault."""
    response = page.goto(url)
    assert response is not None and response.status in (200, 404), url
    page.add_script_tag(path=str(AXE))
    result = json.loads(page.evaluate(RUN_AXE))
    return [
        f"{url} {v['id']} ({v['impact']}): {v['help']}: {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in FAILING
    ]


@pytest.mark.usefixtures("media")
def test_reader_pages_have_no_serious_violations_in_any_language_or_width(browser, live_server):  # noqa: F811
    made = site.make_site()
    urls = [url for language in site.LANGUAGES for url in site.reader_urls(made, language)]
    found = []
    for viewport in WIDTHS.values():
        # The site's policy allows no injected script: axe is the test's, not the page's.
        context = browser.new_context(viewport=viewport, bypass_csp=True)
        page = context.new_page()
        try:
            for url in urls:
                found += [f"{viewport['width']}px {line}" for line in serious_violations(page, live_server.url + url)]
        finally:
            context.close()
    assert not found, "\n".join(found)


@pytest.mark.usefixtures("media", "migrated_rows")
def test_admin_pages_have_no_serious_violations(browser, live_server):  # noqa: F811
    made = site.make_site()
    found = []
    for user, urls in [
        (None, ["/admin/login/"]),
        (make_press_secretary("checker"), site.admin_urls(made)),
        (make_translator(*site.LANGUAGES), site.TRANSLATOR_URLS),
    ]:
        context = browser.new_context(viewport=WIDTHS["desktop"], bypass_csp=True, locale="en-US")
        page = context.new_page()
        try:
            if user is not None:
                site.log_in(page, live_server.url, user)
            for url in urls:
                found += serious_violations(page, live_server.url + url)
        finally:
            context.close()
    assert not found, "\n".join(found)
