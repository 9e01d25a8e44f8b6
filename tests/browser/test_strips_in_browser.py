"""The header strips on a phone, in Debian's Chromium: they fit, wrap between figures, and pass axe."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from tests.browser.test_reader_journey import browser  # noqa: F401 - fixtures
from tests.factories import make_strips

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}

MEASURE = """() => {
  const parts = (root) => [...root.querySelectorAll('.strip__label, .strip__figure')]
    .map((e) => e.getBoundingClientRect());
  const lines = (strip) => new Set(parts(strip).map((box) => Math.round(box.top))).size;
  const strips = document.querySelector('.strips');
  return {
    scrollWidth: document.documentElement.scrollWidth,
    right: Math.max(...parts(document).map((box) => box.right)),
    rates: lines(document.querySelector('.strip--rates')),
    weather: lines(document.querySelector('.strip--weather')),
    height: Math.round(strips.getBoundingClientRect().height),
  };
}"""


def measure(browser, url, *, axe=False) -> dict:  # noqa: F811
    context = browser.new_context(viewport=PHONE, bypass_csp=axe)
    try:
        page = context.new_page()
        page.goto(url)
        figures = page.evaluate(MEASURE)
        if axe:
            page.add_script_tag(path=str(AXE))
            result = json.loads(page.evaluate("async () => JSON.stringify(await axe.run('.strips'))"))
            figures["violations"] = [f"{v['id']} ({v['impact']})" for v in result["violations"]]
        return figures
    finally:
        context.close()


@pytest.mark.parametrize("language", ["hy", "ru", "en", "tr"])
def test_strips_fit_a_phone_in_two_lines_each_even_when_dated(browser, live_server, language):  # noqa: F811
    yesterday = timezone.localtime() - timedelta(days=1)
    make_strips(weather=(-12, -18, -10, -11), day=yesterday.date(), confirmed=yesterday)  # the widest figures
    figures = measure(browser, f"{live_server.url}/{language}/", axe=True)
    print(language, figures)  # shown with -s
    assert figures["scrollWidth"] == PHONE["width"]
    assert figures["right"] <= PHONE["width"]
    assert figures["rates"] <= 2 and figures["weather"] <= 2, figures
    assert figures["violations"] == []
