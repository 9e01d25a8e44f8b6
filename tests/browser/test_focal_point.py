"""The cover's focal point in Chromium: a click on the stored cover's preview sets the two numbers, under the policy."""

import pytest

from photos.models import Rendition
from tests.browser.test_reader_journey import browser, log_in, page  # noqa: F401 - fixtures
from tests.factories import make_article, make_press_secretary, store_photo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("migrated_rows")
def test_a_click_on_the_cover_sets_the_focal_point_and_saving_recrops(page, live_server, settings, tmp_path):  # noqa: F811
    settings.MEDIA_ROOT = tmp_path
    article = make_article(languages=["hy"], cover=store_photo(size=(1200, 800)))
    make_press_secretary()
    blocked = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )
    base = live_server.url
    log_in(page, base)
    page.goto(base + f"/admin/articles/article/{article.pk}/change/")

    preview = page.locator(".focal-point__image")
    preview.scroll_into_view_if_needed()
    box = preview.bounding_box()
    assert box["width"] > 200  # shown at a size one can aim at
    preview.click(position={"x": box["width"] * 0.2, "y": box["height"] * 0.9})
    assert (page.input_value("#id_cover_focal_x"), page.input_value("#id_cover_focal_y")) == ("20", "90")
    assert page.locator(".focal-point__mark").is_visible()
    # Typed figures move the mark too.
    page.fill("#id_cover_focal_x", "70")
    mark = page.locator(".focal-point__mark").bounding_box()
    assert abs(mark["x"] + mark["width"] / 2 - (box["x"] + box["width"] * 0.7)) < 3

    page.locator("input[name=_continue]").click()
    page.wait_for_load_state("networkidle")
    article.refresh_from_db()
    assert (article.cover_focal_x, article.cover_focal_y) == (70, 90)
    assert Rendition.objects.get(source=article.cover.name, spec="social").focal_x == 70
    assert blocked == []
