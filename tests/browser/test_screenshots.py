"""
The two screenshots the README shows, rendered from the demo in Debian's Chromium.

`UPDATE_SCREENSHOTS=1` writes them to docs/images/ (small palette PNGs, to be
committed). Otherwise the pages are rendered and checked all the same, and the
committed files are checked to be the images of those pages at their size, so
that the suite never rewrites a tracked file with a few pixels' noise (a
clock, a count) of its run.
"""

import io
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from PIL import Image

from articles.demo_content import ARTICLES
from articles.models import Article
from tests.browser.test_reader_journey import browser, log_in  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"
UPDATE = os.environ.get("UPDATE_SCREENSHOTS", "") == "1"
# A desktop window a little narrower than a laptop's: the page's whole width
# and its first screen, legible when GitHub shows it at half that width.
VIEWPORT = {"width": 1100, "height": 1000}
MAX_BYTES = 150_000


@pytest.fixture
def demo(settings, tmp_path, migrated_rows):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    press = get_user_model().objects.get(username="press")
    press.set_password("pw-for-tests-only")
    press.save()


def small_png(screenshot: bytes) -> bytes:
    """The screenshot in a palette of 128 colours: a page of text and one photo stays legible at a fifth the bytes."""
    image = Image.open(io.BytesIO(screenshot)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(out, format="PNG", optimize=True)
    return out.getvalue()


def keep(name: str, screenshot: bytes) -> None:
    path = IMAGES / name
    if UPDATE:
        IMAGES.mkdir(exist_ok=True)
        path.write_bytes(small_png(screenshot))
    assert path.exists(), f"{path} is missing: run this test with UPDATE_SCREENSHOTS=1 and commit it"
    with Image.open(path) as committed:
        assert committed.format == "PNG"
        assert committed.size == (VIEWPORT["width"], VIEWPORT["height"])
    assert path.stat().st_size <= MAX_BYTES, f"{path} is {path.stat().st_size} bytes"


def test_the_readme_shows_the_demos_article_page_and_the_admins_article_list(browser, live_server, demo):  # noqa: F811
    # One test for both: loading the demo is most of its time.
    # The demo's first article: all four languages, a cover photo, headed sections.
    article = Article.objects.get(title_en=ARTICLES[0]["title"]["en"])
    # The agent Chromium sends when a person runs it: headless Chromium's own is a bot's, and not counted.
    agent = (
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{browser.version} Safari/537.36"
    )
    context = browser.new_context(viewport=VIEWPORT, locale="en-US", user_agent=agent)
    page = context.new_page()
    page.goto(live_server.url + article.get_absolute_url("en"))
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == article.title_en
    assert page.locator(".switcher").get_by_role("link", name="Հայ").is_visible()
    assert page.locator(".article-stats").get_attribute("data-views") == "1"
    keep("article.png", page.screenshot())
    context.close()

    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    # The admin's navigation sidebar closed, as its toggle leaves it: the list gets the window's width.
    context.add_init_script("localStorage.setItem('django.admin.navSidebarIsOpen', 'false')")
    page = context.new_page()
    log_in(page, live_server.url, then="/admin/articles/article/")
    assert page.locator("#result_list tbody tr").count() == Article.objects.count()
    keep("admin.png", page.screenshot())
    context.close()
