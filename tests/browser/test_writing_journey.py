"""
Writing an article in Debian's Chromium, as a press secretary used to
Gutenberg would: four sections, the last one dragged up, a cover with alt
text in two languages and a photo in a section, a Russian text pasted into
the Russian tab and read before it is saved, then both languages published;
readers get the photos with srcset and their own language's alt text, on a
phone as on a desktop.
"""

import io
import re

import pytest
from PIL import Image

from articles.models import Article
from photos.models import Rendition
from tests.browser.test_newsroom_journey import staff_page
from tests.browser.test_reader_journey import browser  # noqa: F401 - fixture
from tests.factories import make_press_secretary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECTIONS = [
    ("Where the line goes", "From Republic Square to Zvartnots airport."),
    ("How often", "Every twenty minutes from midnight to five."),
    ("What it costs", "A night ticket costs 300 drams."),
    ("What riders say", "1. Students welcomed it\n2. Drivers asked for more buses"),
]
RUSSIAN = """Ночной автобус до аэропорта

С понедельника автобус 1N ходит
от площади Республики до Звартноца.

Куда идёт линия

От площади Республики до аэропорта Звартноц.

Как часто

Каждые двадцать минут, с полуночи до пяти.

Сколько стоит

Ночной билет стоит 300 драмов.

Что говорят пассажиры

1. Студенты обрадовались
2. Водители просят больше автобусов
"""


def photo_file(path, colour) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 1000), colour).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def drag(page, source, target):
    """Take `source` by its handle and drop it on the upper edge of `target`, as a hand does."""
    page.locator(target).evaluate("row => row.scrollIntoView({block: 'center'})")
    page.drag_and_drop(f"{source} .section-handle", target, target_position={"x": 40, "y": 2})


def pictures(page) -> list[dict]:
    """Every <img> of the article: its alt, srcset, width, height, and whether it loaded."""
    return page.eval_on_selector_all(
        "article img",
        "imgs => imgs.map(img => ({alt: img.alt, srcset: img.srcset, width: img.getAttribute('width'),"
        " height: img.getAttribute('height'), loaded: img.complete && img.naturalWidth > 0,"
        " source: img.closest('picture')?.querySelector('source[type=\"image/webp\"]')?.srcset || ''}))",
    )


@pytest.mark.usefixtures("migrated_rows")
def test_press_secretary_writes_reorders_illustrates_pastes_russian_and_publishes(
    browser,  # noqa: F811
    live_server,
    settings,
    tmp_path,
):
    settings.MEDIA_ROOT = tmp_path / "media"
    make_press_secretary("press")
    page = staff_page(browser, live_server, "press")
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)

    # Writes the English article: four sections, each added at the bottom.
    page.goto(live_server.url + "/admin/articles/article/add/")
    page.select_option("#id_source_language", "en")
    page.get_by_label("Language of the form").select_option("en")
    page.fill("#id_title_en", "A night bus to the airport")
    page.fill("#id_lead_en", "Line 1N runs from midnight to five.")
    for index, (heading, body) in enumerate(SECTIONS):
        page.locator("#sections-group .add-row a").click()
        page.fill(f"#id_sections-{index}-heading_en", heading)
        page.fill(f"#id_sections-{index}-body_en", body)

    # A cover, described in English and in Russian; a photo in the second section.
    page.set_input_files("#id_cover", photo_file(tmp_path / "bus.jpg", (30, 90, 160)))
    page.fill("#id_cover_alt_en", "A blue night bus at a lit stop")
    page.set_input_files("#id_sections-1-photo", photo_file(tmp_path / "timetable.jpg", (200, 160, 40)))
    page.fill("#id_sections-1-photo_alt_en", "The night timetable on the stop's board")
    page.get_by_label("Language of the form").select_option("ru")
    page.fill("#id_cover_alt_ru", "Синий ночной автобус на освещённой остановке")
    page.fill("#id_sections-1-photo_alt_ru", "Ночное расписание на табло остановки")
    page.get_by_label("Language of the form").select_option("en")

    # The last section is dragged up above the third.
    page.get_by_role("button", name="Collapse all sections").click()
    drag(page, "#sections-3", "#sections-2")
    order = page.eval_on_selector_all(
        "#sections-group .inline-related:not(.empty-form)", "rows => rows.map(row => row.id)"
    )
    assert order == ["sections-0", "sections-1", "sections-3", "sections-2"]
    page.locator("input[name=_continue]").click()
    page.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/"))
    article = Article.objects.get(title_en="A night bus to the airport")
    assert [s.heading_en for s in article.sections.all()] == [
        "Where the line goes",
        "How often",
        "What riders say",
        "What it costs",
    ]

    # Pastes the Russian text into the Russian tab, reads the split, saves it.
    page.locator(f"a[href='/admin/articles/article/{article.pk}/import/ru/']").click()
    page.fill("textarea[name=text]", RUSSIAN)
    page.locator("input[name=_preview]").click()
    assert page.locator(".import-review__section").count() == 4
    assert not Article.objects.get(pk=article.pk).title_ru, "nothing is saved before the review"
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"**/admin/articles/article/{article.pk}/change/**")
    article = Article.objects.get(pk=article.pk)
    assert article.title_ru == "Ночной автобус до аэропорта"
    assert article.lead_ru == "С понедельника автобус 1N ходит от площади Республики до Звартноца."
    assert article.sections.all()[3].body_ru == "1. Студенты обрадовались\n2. Водители просят больше автобусов"

    # Publishes both languages from the form.
    for language in ("en", "ru"):
        page.locator(f"#publication-{language} button[name=_publish]").click()
        page.wait_for_load_state()
        assert "live" in page.locator(f"#publication-{language}").inner_text()
    # The renditions were made when the photos were saved.
    assert Rendition.objects.filter(source=article.cover.name, spec="social").exists()
    assert blocked == []

    # Readers, on a desktop and on a phone, get the photos in their language.
    alts = {
        "en": {"A blue night bus at a lit stop", "The night timetable on the stop's board"},
        "ru": {"Синий ночной автобус на освещённой остановке", "Ночное расписание на табло остановки"},
    }
    for viewport in ({"width": 1280, "height": 900}, {"width": 390, "height": 844}):
        reader = browser.new_context(viewport=viewport).new_page()
        for language in ("en", "ru"):
            reader.goto(live_server.url + Article.objects.get(pk=article.pk).get_absolute_url(language))
            reader.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            reader.wait_for_load_state("networkidle")
            shown = pictures(reader)
            assert {image["alt"] for image in shown} == alts[language]
            for image in shown:
                assert image["width"] and image["height"], image
                assert re.search(r"\s\d+w", image["srcset"]) and ".webp" in image["source"], image
                assert image["loaded"], image
            assert reader.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        reader.context.close()
