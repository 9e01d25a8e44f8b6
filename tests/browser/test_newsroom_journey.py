"""
The newsroom's journey in Debian's Chromium: an author writes an article and
submits its English edition; the press secretary finds it waiting, reads
what it says, shares a preview link with someone without an account, and
schedules it; it goes live at its minute, by itself.
"""

import re
import time
from datetime import timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone

from articles.models import Article, Edition
from editorial.models import Activity, ReviewRequest
from tests.browser.test_reader_journey import browser, log_in  # noqa: F401 - fixture
from tests.factories import make_author, make_press_secretary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def staff_page(browser, live_server, username):  # noqa: F811
    """A browser of its own, logged in as `username`, its admin in English."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    log_in(page, live_server.url, username=username)
    return page


@pytest.mark.usefixtures("migrated_rows")
def test_an_author_submits_the_press_secretary_reviews_shares_and_schedules_and_it_goes_live(browser, live_server):  # noqa: F811
    make_author("anna")
    make_press_secretary("press")

    # The author writes the article in English and submits that edition.
    author = staff_page(browser, live_server, "anna")
    author.goto(live_server.url + "/admin/articles/article/add/")
    author.select_option("#id_source_language", "en")
    author.locator("#modeltranslation-main-switch").select_option("en")
    author.fill("#id_title_en", "Yerevan opens a night bus line")
    author.fill("#id_lead_en", "Line 1N runs from midnight to five.")
    author.locator("#sections-group .add-row a").click()
    author.fill("#id_sections-0-heading_en", "Where it goes")
    author.fill("#id_sections-0-body_en", "From Republic Square to Zvartnots, every twenty minutes.")
    author.locator("input[name=_continue]").click()
    author.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/"))
    article = Article.objects.get(title_en="Yerevan opens a night bus line")
    author.locator("button[name=_submit_review][value=en]").click()
    author.wait_for_load_state()
    assert "in review" in author.locator("#publication-en").inner_text()
    assert not author.locator("button[name=_publish]").count(), "an author is shown no publish button"

    # The press secretary sees it waiting and reads what it says.
    press = staff_page(browser, live_server, "press")
    press.get_by_role("link", name="Articles").first.click()
    press.get_by_role("link", name="Waiting for review").first.click()
    row = press.locator("tr", has_text="Yerevan opens a night bus line")
    assert "anna" in row.inner_text()
    row.get_by_role("link", name=re.compile("changes|diff|what", re.IGNORECASE)).first.click()
    assert press.locator("ins", has_text="night").count() > 0

    # ... shares a preview with someone who has no account ...
    press.goto(live_server.url + f"/admin/articles/article/{article.pk}/change/")
    press.select_option("#id_preview_link_language", "en")
    press.get_by_role("button", name="Make a preview link").click()
    press.wait_for_load_state()
    link = press.locator(".preview-link__url").first.input_value()
    assert "/en/preview/" in link
    outsider = browser.new_context(locale="en-US").new_page()
    # The link names the site's address (DJANGO_SITE_URL); the live server listens elsewhere.
    response = outsider.goto(live_server.url + urlsplit(link).path)
    assert response.status == 200
    assert response.headers["cache-control"] == "no-store"
    assert outsider.locator("h1").inner_text() == "Yerevan opens a night bus line"
    assert outsider.context.cookies() == []

    # ... and schedules it for the next minute, in the newsroom's time zone.
    now = timezone.now().astimezone(ZoneInfo(settings.TIME_ZONE))
    minute = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    if (minute - now).total_seconds() < 15:
        minute += timedelta(minutes=1)  # time enough to press the button before it
    press.fill("#id_publish_at_en", minute.strftime("%Y-%m-%dT%H:%M"))
    press.locator("button[name=_schedule][value=en]").click()
    press.wait_for_load_state()
    assert "goes live at " + minute.strftime("%H:%M") in press.locator("#publication-en").inner_text()
    assert ReviewRequest.objects.get(article=article, language="en").state == ReviewRequest.State.APPROVED
    assert Activity.objects.filter(article=article, action=Activity.Action.SCHEDULE, user__username="press").exists()

    reader = browser.new_context(locale="en-US").new_page()
    address = live_server.url + Edition.objects.get(article=article, language="en").get_absolute_url()
    assert reader.goto(address).status == 404
    time.sleep(max(0.0, (minute - timezone.now()).total_seconds()) + 1)
    assert reader.goto(address).status == 200
    assert reader.locator("h1").inner_text() == "Yerevan opens a night bus line"
    for page in (author, press, outsider, reader):
        page.context.close()
