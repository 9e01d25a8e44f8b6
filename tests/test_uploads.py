"""
Cover uploads: only an image whose name and decoded format agree and are
allowed, decoded whole within caps on pixels and frames, stored re-encoded
under a name of the site's, without its metadata; media served as inert files.
"""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles.models import Article
from tests import images
from tests.test_admin import article_form

pytestmark = pytest.mark.django_db

STORED_NAME = re.compile(r"^covers/\d{4}/\d{2}/[0-9a-f]{32}\.(jpg|png|webp|gif)$")


def upload(press, name, data, content_type="image/png"):
    form = article_form(title_hy="Վերնագիր", editions=[("hy", "published", timezone.now())])
    form["cover"] = SimpleUploadedFile(name, data, content_type=content_type)
    return press.post("/admin/articles/article/add/", form)


def refused(response, media, message):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()
    assert [path for path in media.rglob("*") if path.is_file()] == []
    return True


@pytest.mark.parametrize("name", ["polyglot.html", "x.htm", "x.svg", "x.js", "x.png.html", "x", "x.PHP"])
def test_a_valid_png_under_a_name_a_browser_would_run_is_refused(press, media, name):
    response = upload(press, name, images.png(text=images.SCRIPT), "text/html")
    assert refused(response, media, "The file name must end in .jpg, .jpeg, .png, .webp or .gif.")


def test_a_name_and_a_format_that_disagree_are_refused(press, media):
    response = upload(press, "photo.png", images.jpeg_with_gps(), "image/png")
    assert refused(response, media, "The file is a JPEG image, but its name ends in .png.")


def test_an_svg_with_script_named_png_is_not_an_image(press, media):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert refused(upload(press, "x.png", svg), media, "Upload a JPEG, PNG, WebP or GIF image.")


def test_a_file_that_is_not_an_image_is_refused(press, media):
    assert refused(upload(press, "cover.png", b"not an image at all"), media, "Upload a JPEG, PNG, WebP or GIF image.")


def test_a_format_outside_the_allow_list_is_refused_under_any_name(press, media):
    bmp = images.encoded(Image.new("RGB", (20, 20)), "BMP")
    assert refused(upload(press, "cover.png", bmp), media, "Upload a JPEG, PNG, WebP or GIF image.")
    assert refused(upload(press, "cover.bmp", bmp), media, "The file name must end in")


def test_a_file_too_large_is_refused(press, media, settings):
    settings.COVER_MAX_BYTES = 1024 * 1024
    noise = images.encoded(Image.effect_noise((700, 700), 90).convert("RGB"), "PNG")
    assert len(noise) > settings.COVER_MAX_BYTES
    assert refused(upload(press, "cover.png", noise), media, "The image is too large: at most 1 MB.")


def test_a_truncated_jpeg_is_refused(press, media):
    photo = images.encoded(Image.effect_noise((400, 300), 60).convert("RGB"), "JPEG", quality=90)
    response = upload(press, "half.jpg", photo[: len(photo) // 2], "image/jpeg")
    assert refused(response, media, "The image is truncated or damaged")


def test_a_gif_of_fifty_thousand_frames_is_refused(press, media):
    response = upload(press, "frames.gif", images.gif(50_000), "image/gif")
    assert refused(response, media, "Too many frames: 50,000, at most 100.")


def test_a_gif_whose_frames_add_up_to_too_many_pixels_is_refused(press, media):
    # 20 frames on a 4000×4000 screen: each is decoded onto the whole screen, and all are kept to encode again.
    response = upload(press, "frames.gif", images.gif(20), "image/gif")
    assert refused(response, media, "Too many pixels in all its frames: 320 megapixels, at most 40.")
    # 100 small frames, 1414×1414 each: 268 KB, and 860 MB of memory once decoded.
    response = upload(press, "frames.gif", images.gif(100, screen=(1414, 1414)), "image/gif")
    assert refused(response, media, "Too many pixels in all its frames: 200 megapixels, at most 40.")


@pytest.mark.parametrize(
    ("width", "height", "message"),
    [
        (30_000, 30_000, "Too many pixels: 900 megapixels, at most 40."),  # past Pillow's own error
        (12_000, 10_000, "Too many pixels: 120 megapixels, at most 40."),  # where Pillow only warns
        (8_000, 5_001, "Too many pixels: 40.0 megapixels, at most 40."),
        (1, 50_000_000, "Too many pixels: 50.0 megapixels, at most 40."),
        (65_535, 65_535, "Too many pixels: 4,295 megapixels, at most 40."),
    ],
)
def test_a_decompression_bomb_is_refused_with_its_size(press, media, width, height, message):
    assert refused(upload(press, "bomb.png", images.png_header(width, height)), media, message)


def test_the_stored_cover_is_reencoded_without_metadata_under_a_name_of_the_sites(press, media):
    assert upload(press, "source-at-home.jpg", images.jpeg_with_gps(), "image/jpeg").status_code == 302
    cover = Article.objects.get().cover
    assert STORED_NAME.match(cover.name), cover.name
    assert "source-at-home" not in cover.name
    stored = (media / cover.name).read_bytes()
    assert images.SCRIPT not in stored
    assert b"PhoneMaker" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert image.size == (40, 30)
        assert dict(image.getexif()) == {}
        assert "comment" not in image.info


def test_a_png_keeps_no_text_chunk(press, media):
    assert upload(press, "chart.png", images.png(text=images.SCRIPT)).status_code == 302
    cover = Article.objects.get().cover
    assert cover.name.endswith(".png")
    stored = (media / cover.name).read_bytes()
    assert images.SCRIPT not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.text == {}


def test_a_photo_taken_sideways_is_stored_upright(press, media):
    # EXIF orientation 6: the camera was turned; the metadata goes, so the turn is applied.
    assert upload(press, "phone.jpeg", images.jpeg_with_gps((40, 30), orientation=6), "image/jpeg").status_code == 302
    with Image.open(media / Article.objects.get().cover.name) as image:
        assert image.size == (30, 40)


def test_a_photo_whose_exif_cannot_be_written_again_is_stored_as_it_was_taken(press, media):
    # A byte wrong in the EXIF: turning the photo upright by it would fail; it is stored as it is.
    assert upload(press, "broken.jpg", images.jpeg_with_broken_exif(), "image/jpeg").status_code == 302
    with Image.open(media / Article.objects.get().cover.name) as image:
        assert (image.format, image.size, dict(image.getexif())) == ("JPEG", (40, 30), {})


def test_a_phone_photo_with_a_second_picture_inside_is_stored_as_its_first_picture(press, media):
    assert upload(press, "iphone.jpg", images.mpo(), "image/jpeg").status_code == 302
    with Image.open(media / Article.objects.get().cover.name) as image:
        assert (image.format, getattr(image, "n_frames", 1)) == ("JPEG", 1)
        assert image.getpixel((5, 5))[0] > 200  # the first picture, not the second


def test_a_colour_profile_is_applied_and_not_kept(press, media):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    assert upload(press, "profiled.png", images.png_with_profile(srgb)).status_code == 302
    with Image.open(media / Article.objects.get().cover.name) as image:
        assert "icc_profile" not in image.info
        assert image.getpixel((5, 5))[:3] == (30, 140, 220)


def test_a_profile_that_is_not_one_is_dropped(press, media):
    assert upload(press, "profiled.png", images.png_with_profile(images.SCRIPT * 4)).status_code == 302
    with Image.open(media / Article.objects.get().cover.name) as image:
        assert "icc_profile" not in image.info


@pytest.mark.parametrize(("fmt", "name"), [("WEBP", "a.webp"), ("GIF", "a.gif"), ("PNG", "a.PNG")])
def test_each_allowed_format_is_stored_in_its_own_format(press, media, fmt, name):
    data = images.encoded(Image.new("RGB", (64, 48), (30, 90, 60)), fmt)
    assert upload(press, name, data, f"image/{fmt.lower()}").status_code == 302
    cover = Article.objects.get().cover
    assert STORED_NAME.match(cover.name), cover.name
    with Image.open(media / cover.name) as image:
        assert (image.format, image.size) == (fmt, (64, 48))


def test_an_animated_gif_within_the_caps_keeps_its_frames(press, media):
    frames = [Image.new("RGB", (32, 32), colour) for colour in ("red", "green", "blue")]
    data = images.encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert upload(press, "anim.gif", data, "image/gif").status_code == 302
    with Image.open(media / Article.objects.get().cover.name) as image:
        assert image.n_frames == 3


def test_media_are_served_as_inert_files(press, media, client):
    assert upload(press, "chart.png", images.png()).status_code == 302
    response = client.get(Article.objects.get().cover.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert sorted(response["Content-Security-Policy"].split("; ")) == ["default-src 'none'", "sandbox"]


def test_a_stored_file_that_is_not_an_image_is_never_served(client, media):
    # Left from before uploads were re-encoded: a polyglot still on the disk.
    (media / "covers").mkdir()
    (media / "covers" / "polyglot.html").write_bytes(images.png(text=images.SCRIPT))
    assert client.get("/media/covers/polyglot.html").status_code == 404


def stored_cover(name: str, data: bytes):
    from django.core.files.base import ContentFile

    from tests.factories import make_article

    article = make_article()
    article.cover.save(name, ContentFile(data), save=True)
    return article


def test_covers_stored_before_are_reencoded_and_a_page_is_taken_off(media, django_capture_on_commit_callbacks):
    import importlib

    from django.apps import apps

    from tests.factories import make_article

    photo = stored_cover("source-at-home.jpg", images.jpeg_with_gps())
    polyglot = stored_cover("polyglot.html", images.png(text=images.SCRIPT))
    page = stored_cover("page.jpg", b"<html><script>alert(1)</script></html>")
    gone = make_article(cover="covers/2026/11/on-another-host.jpg")
    old_photo, old_page = photo.cover.name, page.cover.name

    migration = importlib.import_module("articles.migrations.0010_covers_reencoded")
    with django_capture_on_commit_callbacks(execute=True):
        migration.reencode_covers(apps, None)

    photo.refresh_from_db()
    assert STORED_NAME.match(photo.cover.name), photo.cover.name
    assert not (media / old_photo).exists()
    with Image.open(media / photo.cover.name) as image:
        assert dict(image.getexif()) == {}
    polyglot.refresh_from_db()
    assert STORED_NAME.match(polyglot.cover.name) and polyglot.cover.name.endswith(".png")
    assert images.SCRIPT not in (media / polyglot.cover.name).read_bytes()
    page.refresh_from_db()
    assert page.cover.name == ""
    assert not (media / old_page).exists()
    assert (media / f"{old_page}.refused").read_bytes().startswith(b"<html>")  # kept, under a name never served
    assert [p.name for p in media.rglob("*.html")] == []
    gone.refresh_from_db()
    assert gone.cover.name == "covers/2026/11/on-another-host.jpg"


def test_reencoding_again_changes_nothing_and_one_failure_stops_no_other(
    media, monkeypatch, django_capture_on_commit_callbacks
):
    from io import StringIO

    from django.core.management import call_command

    from articles import uploads

    first = stored_cover("first.jpg", images.jpeg_with_gps())
    second = stored_cover("second.png", images.png())
    clean_image = uploads.clean_image

    def failing_for_the_first(file, **kwargs):
        if "first" in file.name:
            raise RuntimeError("disk on fire")
        return clean_image(file, **kwargs)

    monkeypatch.setattr(uploads, "clean_image", failing_for_the_first)
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reencode_covers", stdout=out)
    assert (
        "Covers re-encoded: 1. Refused and taken off: 0. Not on this host: 0. Failed, left as they were: 1."
        in out.getvalue()
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.cover.name.endswith("first.jpg") and (media / first.cover.name).exists()
    assert STORED_NAME.match(second.cover.name)

    monkeypatch.setattr(uploads, "clean_image", clean_image)
    names = {path.name for path in media.rglob("*")}
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reencode_covers", stdout=StringIO())
    second.refresh_from_db()
    assert STORED_NAME.match(second.cover.name)
    first.refresh_from_db()
    assert STORED_NAME.match(first.cover.name)
    # The one re-encoded before is left alone: only first.jpg went, and its new file came.
    assert len({path.name for path in media.rglob("*")} ^ names) == 2
