"""
Photos on the reader pages and in the admin: the cover as a figure with its
caption and credit, section photos inside their sections, list thumbnails;
<picture> with srcset and width and height on every <img>, alt text per
language; nothing decoded while serving a page; renditions made once after
a save; the command, the checklist warning and the section photo's upload checks.
"""

import re
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation
from PIL import Image

from articles import pages, services
from articles.checklist import publish_checklist
from articles.models import Article, Edition, Section
from articles.texts import EditionText
from photos.models import Rendition
from photos.services import renditions_make
from tests import images
from tests.conftest import BROWSER_UA
from tests.factories import edition, make_article, store_photo
from tests.test_long_articles import change_form_data

pytestmark = pytest.mark.django_db
LANGUAGES = ["hy", "ru", "en", "tr"]
IMG = re.compile(r"<img\b[^>]*>")


def reader_get(client, url):
    return client.get(url, HTTP_USER_AGENT=BROWSER_UA)


def photographed(*, languages=("hy", "en"), renditions=True) -> Article:
    """An article live in `languages` with a cover and a photo in its second section, each described per language."""
    cover = store_photo("covers/2026/12/cover.jpg", size=(1600, 1000))
    photo = store_photo("photos/2026/12/inside.jpg", size=(1000, 800), colour=(200, 80, 40))
    fields = {}
    for code in languages:
        fields[f"cover_alt_{code}"] = f"Cover seen in {code}"
        fields[f"cover_caption_{code}"] = f"Caption in {code}"
        fields[f"cover_credit_{code}"] = f"Photographer {code}"
    article = make_article(languages=languages, published=[], cover=cover, **fields)
    section = article.sections.get(position=2)
    section.photo = photo
    for code in languages:
        setattr(section, f"photo_alt_{code}", f"Inside seen in {code}")
        setattr(section, f"photo_caption_{code}", f"Inside caption {code}")
    section.save()
    if renditions:
        services.article_photos_render(article=article)
    for code in languages:
        services.article_publish(article=article, language=code)
    return article


def img_tags(html: str) -> list[str]:
    return IMG.findall(html)


def attribute(tag: str, name: str) -> str | None:
    found = re.search(rf'\s{name}="([^"]*)"', tag)
    return found[1] if found else None


def test_the_article_page_shows_the_cover_and_the_section_photo_with_srcset_and_their_size(client, media):
    article = photographed()
    html = reader_get(client, article.get_absolute_url("en")).content.decode()
    tags = img_tags(html)
    assert len(tags) == 2
    for tag in tags:
        assert attribute(tag, "width") and attribute(tag, "height")
        assert "480w" in attribute(tag, "srcset") and "800w" in attribute(tag, "srcset")
    assert html.count('<source type="image/webp"') == 2
    cover, inside = tags
    assert (attribute(cover, "width"), attribute(cover, "height")) == ("800", "500")
    assert attribute(cover, "loading") == "eager" and attribute(cover, "fetchpriority") == "high"
    assert attribute(inside, "loading") == "lazy"
    # The section photo is inside its section, after its heading.
    section = re.search(r'<section class="article-section[^"]*">\s*<h3>Heading 2 en</h3>(.*?)</section>', html, re.S)
    assert section and "<picture>" in section[1] and "Inside caption en" in section[1]


def test_alt_text_caption_and_credit_are_in_the_pages_language(client, media):
    article = photographed()
    english = reader_get(client, article.get_absolute_url("en")).content.decode()
    armenian = reader_get(client, article.get_absolute_url("hy")).content.decode()
    assert 'alt="Cover seen in en"' in english and 'alt="Inside seen in en"' in english
    assert 'alt="Cover seen in hy"' in armenian and 'alt="Inside seen in hy"' in armenian
    assert "Cover seen in hy" not in english
    figure = re.search(r'<figure class="article__cover">.*?</figure>', english, re.S)[0]
    assert "<figcaption" in figure and "Caption in en" in figure
    assert "Photo: Photographer en" in figure
    # "Photo:" said in Armenian on the Armenian page.
    assert "Լուսանկարը՝ Photographer hy" in armenian


def test_the_social_preview_is_the_1200_by_630_jpeg(client, media, settings):
    article = photographed()
    html = reader_get(client, article.get_absolute_url("en")).content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html)[1]
    assert image.startswith(settings.SITE_URL) and image.endswith(".jpg")
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html


def test_no_image_is_decoded_while_serving_the_article_the_list_and_the_feed(client, media, monkeypatch):
    article = photographed()
    pages.clear()

    def refuse(*args, **kwargs):
        raise AssertionError("an image was opened while serving a reader")

    monkeypatch.setattr(Image, "open", refuse)
    for url in [article.get_absolute_url("en"), "/en/", "/en/feed/", article.get_absolute_url("hy"), "/hy/"]:
        assert reader_get(client, url).status_code == 200


def test_a_photo_without_renditions_yet_is_its_original_with_its_size_once_known(client, media):
    article = photographed(renditions=False)
    html = reader_get(client, article.get_absolute_url("en")).content.decode()
    cover = img_tags(html)[0]
    assert attribute(cover, "src") == f"/media/{article.cover.name}"
    assert attribute(cover, "width") is None  # not known, and not guessed by opening the file
    # The size alone (spec "original"), as a command run on another host records it.
    Rendition.objects.create(source=article.cover.name, spec="original", format="jpeg", width=1600, height=1000)
    pages.clear()
    cover = img_tags(reader_get(client, article.get_absolute_url("en")).content.decode())[0]
    assert (attribute(cover, "width"), attribute(cover, "height")) == ("1600", "1000")


def test_list_thumbnails_are_the_thumb_rendition_and_lazy_after_the_first_three(client, media):
    cover = store_photo()
    renditions_make(name=cover)
    for _ in range(5):
        make_article(languages=["en"], cover=cover)
    html = reader_get(client, "/en/").content.decode()
    tags = img_tags(html)
    assert len(tags) == 5
    assert [attribute(tag, "loading") for tag in tags] == ["eager"] * 3 + ["lazy"] * 2
    for tag in tags:
        assert (attribute(tag, "width"), attribute(tag, "height")) == ("320", "180")
        assert "-thumb-50x50.jpg 320w" in attribute(tag, "srcset") and "640w" in attribute(tag, "srcset")
        assert attribute(tag, "alt") == ""  # the card's title link says it; the image link is hidden


def test_publishing_copies_caption_credit_and_section_photos_and_old_published_texts_still_load(media):
    article = photographed()
    published = EditionText.from_edition(edition(article, "en"))
    assert (published.cover_caption, published.cover_credit) == ("Caption in en", "Photographer en")
    photo_section = published.sections[1]
    assert (photo_section.photo, photo_section.photo_alt) == ("photos/2026/12/inside.jpg", "Inside seen in en")
    # A text published before photos: no such keys in its JSON.
    Edition.objects.filter(pk=edition(article, "hy").pk).update(
        sections=[{"level": 2, "heading": "Old", "body": "Text", "id": None}]
    )
    old = EditionText.from_edition(edition(article, "hy"))
    assert old.sections[0].photo == "" and old.cover_caption == "Caption in hy"


def test_saving_a_cover_in_the_admin_makes_its_renditions_once(
    press, media, monkeypatch, django_capture_on_commit_callbacks
):
    article = make_article(languages=["hy"], sections=1)
    data = change_form_data(article)
    data["cover"] = SimpleUploadedFile("cover.png", images.png(size=(1400, 900)), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    article.refresh_from_db()
    made = {(row.spec, row.format) for row in Rendition.objects.filter(source=article.cover.name)}
    assert {("thumb", "webp"), ("w1200", "jpeg"), ("social", "jpeg"), ("original", "png")} <= made

    opened = []
    real = Image.open
    monkeypatch.setattr(Image, "open", lambda *args, **kwargs: opened.append(args) or real(*args, **kwargs))
    data = change_form_data(article)
    data["lead_hy"] = "A new lead"
    with django_capture_on_commit_callbacks(execute=True):
        assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    assert opened == []  # a second save decodes nothing


def test_a_new_focal_point_recrops_and_the_page_shows_the_new_crop(
    press, client, media, django_capture_on_commit_callbacks
):
    article = photographed(languages=("hy",))
    url = article.get_absolute_url("hy")
    assert "-social-50x50.jpg" in reader_get(client, url).content.decode()
    data = change_form_data(article)
    data.update({"cover_alt_hy": "Cover seen in hy", "cover_focal_x": 10, "cover_focal_y": 90})
    with django_capture_on_commit_callbacks(execute=True):
        assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    html = reader_get(client, url).content.decode()
    assert "-social-10x90.jpg" in html and "-social-50x50.jpg" not in html


def test_the_focal_point_stays_within_the_picture():
    from django.db import IntegrityError, transaction

    article = make_article(languages=["hy"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(cover_focal_x=101)


def test_the_admin_form_offers_the_focal_point_on_the_covers_preview(press, media):
    article = photographed(languages=("hy",))
    html = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'class="focal-point"' in html and f'src="/media/{article.cover.name}"' in html
    assert "admin/js/focal_point.js" in html and 'name="cover_focal_x"' in html
    for name in ["cover_caption_en", "cover_credit_tr", "sections-0-photo", "sections-1-photo_alt_ru"]:
        assert f'name="{name}"' in html


def test_a_section_photo_that_is_not_an_image_is_refused_and_a_good_one_stored_reencoded(press, media):
    article = make_article(languages=["hy"], sections=1)
    data = change_form_data(article)
    data["sections-0-photo"] = SimpleUploadedFile("x.png.html", images.png(text=images.SCRIPT), "text/html")
    response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200
    assert "The file name must end in .jpg, .jpeg, .png, .webp or .gif." in response.content.decode()
    assert not Section.objects.filter(article=article).exclude(photo="").exists()

    data = change_form_data(article)
    data["sections-0-photo"] = SimpleUploadedFile("p.jpg", images.jpeg_with_gps(), "image/jpeg")
    assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    stored = Section.objects.get(article=article).photo
    assert re.fullmatch(r"photos/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", stored.name)
    with stored.open("rb") as file:
        assert b"PhoneMaker" not in file.read()  # the camera's EXIF is not kept


def test_a_section_photo_without_alt_text_in_the_language_is_a_warning(media):
    article = photographed(languages=("hy", "en"))
    Section.objects.filter(article=article, position=2).update(photo_alt_en="")
    with translation.override("en"):
        checklist = publish_checklist(article=article, language="en")
    assert checklist.may_publish
    assert "The photo of section 2 has no description (alt text) in this language." in checklist.warnings
    assert not any("photo" in warning for warning in publish_checklist(article=article, language="hy").warnings)


def test_make_renditions_makes_what_is_missing_and_says_so_and_then_nothing(media):
    article = photographed(renditions=False)
    out = StringIO()
    call_command("make_renditions", stdout=out)
    assert "Photos with renditions made now: 2." in out.getvalue()
    assert Rendition.objects.filter(source=article.cover.name, spec="w800").count() == 2
    again = StringIO()
    call_command("make_renditions", stdout=again)
    assert "Photos with renditions made now: 0. Already done: 2." in again.getvalue()


def test_make_renditions_reports_a_photo_missing_on_this_host(media):
    make_article(languages=["hy"], cover="covers/2026/12/elsewhere.jpg")
    out = StringIO()
    call_command("make_renditions", stdout=out)
    assert "covers/2026/12/elsewhere.jpg is not on this host" in out.getvalue()
    assert "Not readable on this host: 1." in out.getvalue()


def test_restoring_a_revision_brings_back_the_photo_texts_in_every_language_and_the_focal_point(press, media):
    from editorial.models import RevisionInfo
    from editorial.revisions import article_revision

    article = photographed(languages=LANGUAGES)
    Article.objects.filter(pk=article.pk).update(cover_focal_x=30, cover_focal_y=70)
    article.refresh_from_db()
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    target = RevisionInfo.objects.filter(article=article).order_by("revision_id").last()
    changed = {f"cover_caption_{code}": "" for code in LANGUAGES} | {"cover_focal_x": 90}
    Article.objects.filter(pk=article.pk).update(**changed)
    Section.objects.filter(article=article).update(**{f"photo_alt_{code}": "" for code in LANGUAGES}, photo="")

    url = f"/admin/articles/article/{article.pk}/revisions/{target.revision_id}/restore/"
    assert press.post(url).status_code == 302
    article.refresh_from_db()
    assert (article.cover_focal_x, article.cover_focal_y) == (30, 70)
    for code in LANGUAGES:
        assert getattr(article, f"cover_caption_{code}") == f"Caption in {code}"
    section = article.sections.get(position=2)
    assert section.photo.name == "photos/2026/12/inside.jpg"
    for code in LANGUAGES:
        assert getattr(section, f"photo_alt_{code}") == f"Inside seen in {code}"


def test_a_translator_may_describe_the_photos_in_their_language_but_not_move_the_focal_point(client, media):
    from tests.factories import make_translator

    article = photographed(languages=("hy", "ru"))
    client.force_login(make_translator("ru"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'name="cover_caption_ru"' in html and 'name="sections-1-photo_alt_ru"' in html
    assert 'name="cover_focal_x"' not in html and 'name="cover_caption_hy"' not in html
    assert 'name="sections-1-photo"' not in html


def test_what_changed_since_published_includes_the_photo_texts(press, media):
    article = photographed(languages=("en",))
    Article.objects.filter(pk=article.pk).update(cover_caption_en="A new caption")
    Section.objects.filter(article=article, position=2).update(photo_alt_en="A new description")
    html = press.get(f"/admin/articles/article/{article.pk}/changes/en/").content.decode()
    assert "cover caption" in html and "<ins>new</ins>" in html
    assert "section 2, photo description" in html


def test_the_demo_articles_have_photos_described_in_every_language_they_are_written_in(media):
    from articles.demo_content import ARTICLES

    call_command("load_demo", stdout=StringIO())
    assert Article.objects.count() == len(ARTICLES)
    for article in Article.objects.all():
        assert article.cover
        for item in article.editions.all():
            assert item.cover_alt.strip() and item.cover_caption.strip(), (article, item.language)
            for section in item.sections:
                assert not section["photo"] or section["photo_alt"].strip()
        assert Rendition.objects.filter(source=article.cover.name, spec="social").exists()
    photos = Section.objects.exclude(photo="")
    assert photos.count() >= 1
    assert all(Rendition.objects.filter(source=section.photo.name, spec="w800").count() == 2 for section in photos)
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "Demo photos given their renditions now: 0." in out.getvalue()


def test_a_focal_point_past_the_edge_is_a_form_error(press, media):
    article = photographed(languages=("hy",))
    data = change_form_data(article)
    data["cover_focal_x"] = 120
    response = press.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 100." in response.content.decode()
    assert Article.objects.get(pk=article.pk).cover_focal_x == 50


def test_a_photo_text_saved_by_another_editor_is_named_and_kept_when_the_form_is_saved_again(media):
    from tests.test_no_lost_edits import editor, opened, page, shown_again

    article = photographed(languages=("hy", "en"))
    url = f"/admin/articles/article/{article.pk}/change/"
    anna, boris = editor("anna"), editor("boris")
    annas, boriss = opened(anna, article), opened(boris, article)
    annas.update({"sections-1-photo_alt_en": "Anna's description", "cover_caption_hy": "Աննայի ենթագիր"})
    assert anna.post(url, annas).status_code == 302

    boriss["title_en"] = "Boris's title"
    refused = boris.post(url, boriss)
    assert refused.status_code == 200 and "anna saved this article" in page(refused)
    assert "section 2 “Heading 2 hy”, photo description or caption (English)" in page(refused)
    assert "cover caption (Armenian)" in page(refused)
    # Shown again: Anna's photo texts where Boris changed nothing, so saving once more keeps both.
    again = shown_again(refused)
    assert (again["sections-1-photo_alt_en"], again["cover_caption_hy"]) == ("Anna's description", "Աննայի ենթագիր")
    assert boris.post(url, again).status_code == 302
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title_en, saved.cover_caption_hy) == ("Boris's title", "Աննայի ենթագիր")
    assert saved.sections.get(position=2).photo_alt_en == "Anna's description"


def test_a_section_of_a_photo_alone_is_shown_in_every_language_and_one_with_text_only_where_written(client, media):
    article = make_article(languages=["hy", "en"], sections=1, published=[])
    alone = Section.objects.create(article=article, position=2, photo=store_photo("photos/2026/12/alone.jpg"))
    Section.objects.create(
        article=article, position=3, photo=store_photo("photos/2026/12/hy.jpg"), heading_hy="Միայն հայերեն"
    )
    alone.photo_alt_en, alone.photo_alt_hy = "Alone in en", "Alone in hy"
    alone.save()
    for code in ["hy", "en"]:
        services.article_publish(article=article, language=code)
    english = reader_get(client, article.get_absolute_url("en")).content.decode()
    assert 'alt="Alone in en"' in english and "photos/2026/12/hy" not in english
    armenian = reader_get(client, article.get_absolute_url("hy")).content.decode()
    assert 'alt="Alone in hy"' in armenian and "photos/2026/12/hy" in armenian
