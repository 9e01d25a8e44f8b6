"""A reader's journey in Debian's Chromium, driven by Playwright against a live server."""

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command

from articles.models import Article, Edition

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# Flags that keep Chromium from calling out to the network, which is closed here.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # test makes between browser steps are still plain synchronous code.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def log_in(page, base: str, *, username: str = "press", then: str = "/admin/") -> None:
    """Log `username` in through the admin's login form, and wait for the page it leads to (`then`)."""
    page.goto(f"{base}/admin/login/?next={then}")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests-only")
    page.locator("input[type=submit]").click()
    page.wait_for_url(base + then)


@pytest.fixture
def page(browser, live_server):
    # Headless Chromium names itself HeadlessChrome, and headless browsers are
    # not counted; this one stands for a reader, so it sends the agent
    # Chromium sends when a person runs it.
    agent = (
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{browser.version} Safari/537.36"
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="hy-AM", user_agent=agent)
    page = context.new_page()
    local = urlsplit(live_server.url).netloc

    def keep_local(route):
        # Share dialogs live on other sites; answer for them so the test stays offline.
        if urlsplit(route.request.url).netloc == local:
            route.continue_()
        else:
            route.fulfill(status=200, content_type="text/html", body="<p>share dialog</p>")

    page.route("**/*", keep_local)
    yield page
    context.close()


@pytest.fixture
def demo(settings, tmp_path, migrated_rows):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def shares(page) -> int:
    return int(page.locator(".article-stats").get_attribute("data-shares"))


def test_reader_switches_language_and_shares(page, live_server, demo):
    both = set(Edition.objects.live("ru").values_list("article_id", flat=True))
    article = Article.objects.get(pk=next(e.article_id for e in Edition.objects.live("hy") if e.article_id in both))
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/hy/"

    page.get_by_role("link", name=article.title_hy).click()
    assert urlsplit(page.url).path == article.get_absolute_url("hy")

    page.locator(".switcher").get_by_role("link", name="Рус").click()
    assert urlsplit(page.url).path == article.get_absolute_url("ru")
    assert page.locator("h1").inner_text() == article.title_ru
    assert page.locator("html").get_attribute("lang") == "ru"

    before = shares(page)
    page.get_by_role("button", name="Telegram").click()
    page.wait_for_url("https://t.me/share/url?**")
    shared = parse_qs(urlsplit(page.url).query)["url"][0]
    assert urlsplit(shared).path == article.get_absolute_url("ru")
    page.goto(live_server.url + article.get_absolute_url("ru"))
    assert shares(page) == before + 1


def test_article_page_screenshots_in_four_languages(page, live_server, demo):
    article = next(a for a in Article.objects.all() if all(a.has_text(code) for code in ["hy", "ru", "en", "tr"]))
    SCREENSHOTS.mkdir(exist_ok=True)
    for language, share_label in [
        ("hy", "Կիսվել ընկերների հետ"),
        ("ru", "Поделиться с друзьями"),
        ("en", "Share with friends"),
        ("tr", "Arkadaşlarınızla paylaşın"),
    ]:
        page.goto(live_server.url + article.get_absolute_url(language))
        assert page.locator(".share__title").inner_text() == share_label
        assert re.fullmatch(r"\d\d:\d\d, \d\d\.\d\d\.\d{4}", page.locator(".article__header time").inner_text())
        page.screenshot(path=SCREENSHOTS / f"article-{language}.png", full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=SCREENSHOTS / f"article-{language}-phone.png", full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})
        assert (SCREENSHOTS / f"article-{language}.png").stat().st_size > 10_000
