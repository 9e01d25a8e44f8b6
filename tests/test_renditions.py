"""
Renditions: each spec's size and format, made once when a photo is saved
(a second call decodes nothing), cropped around the focal point, a
transparent photo flattened on white for JPEG, the camera's orientation
applied; stale crops removed with their files.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from photos import services
from photos.models import Rendition
from photos.specs import crop_box, plan
from tests import images

pytestmark = pytest.mark.django_db


def stored(image: Image.Image, fmt="JPEG", name="covers/2026/12/photo.jpg", **params) -> str:
    return default_storage.save(name, ContentFile(images.encoded(image, fmt, **params)))


def halves(size=(1600, 900)) -> Image.Image:
    """Red on the left half, blue on the right: which half a crop kept is the colour of its pixels."""
    image = Image.new("RGB", size, (220, 20, 20))
    image.paste((20, 20, 220), (size[0] // 2, 0, *size))
    return image


def opened(row: Rendition) -> Image.Image:
    with default_storage.open(row.file.name, "rb") as file:
        image = Image.open(io.BytesIO(file.read()))
        image.load()
    return image


def by_key(rows) -> dict[tuple[str, str], Rendition]:
    return {(row.spec, row.format): row for row in rows}


class OpenCounter:
    def __init__(self, monkeypatch):
        self.calls = 0
        real = Image.open

        def counting(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(Image, "open", counting)


def test_each_spec_has_its_size_and_formats(media):
    name = stored(halves((1600, 1000)))
    rows = by_key(services.renditions_make(name=name))
    expected = {
        ("original", "jpeg"): (1600, 1000),
        ("thumb", "webp"): (320, 180),
        ("thumb", "jpeg"): (320, 180),
        ("thumb2x", "webp"): (640, 360),
        ("thumb2x", "jpeg"): (640, 360),
        ("w480", "webp"): (480, 300),
        ("w480", "jpeg"): (480, 300),
        ("w800", "webp"): (800, 500),
        ("w800", "jpeg"): (800, 500),
        ("w1200", "webp"): (1200, 750),
        ("w1200", "jpeg"): (1200, 750),
        ("social", "jpeg"): (1200, 630),
    }
    assert {key: (row.width, row.height) for key, row in rows.items()} == expected
    for (spec, fmt), row in rows.items():
        if spec == "original":
            assert not row.file  # the photo itself: no copy
            continue
        image = opened(row)
        assert image.format == {"webp": "WEBP", "jpeg": "JPEG"}[fmt]
        assert image.size == (row.width, row.height)


def test_a_small_photo_is_never_made_larger(media):
    name = stored(halves((600, 400)))
    rows = by_key(services.renditions_make(name=name))
    widths = {spec: row.width for (spec, fmt), row in rows.items() if fmt == "jpeg" and spec != "original"}
    # 480 wide, then the photo's own 600: no 800 or 1200 that would be the same 600 again.
    assert widths == {"thumb": 320, "thumb2x": 600, "w480": 480, "w800": 600, "social": 600}
    assert (rows["social", "jpeg"].width, rows["social", "jpeg"].height) == (600, 315)


def test_a_second_call_decodes_nothing_and_changes_nothing(media, monkeypatch):
    name = stored(halves())
    first = {row.pk: row.file.name for row in services.renditions_make(name=name)}
    opens = OpenCounter(monkeypatch)
    again = {row.pk: row.file.name for row in services.renditions_make(name=name)}
    assert opens.calls == 0
    assert again == first


def test_the_photo_is_decoded_once_for_all_its_renditions(media, monkeypatch):
    name = stored(halves())
    opens = OpenCounter(monkeypatch)
    services.renditions_make(name=name)
    assert opens.calls == 1


def test_the_focal_point_moves_the_crop(media):
    name = stored(halves((1600, 600)))  # wider than 16:9: a thumbnail keeps a part of the width
    left = by_key(services.renditions_make(name=name, focal=(0, 50)))
    assert opened(left["thumb", "jpeg"]).getpixel((160, 90))[0] > 150  # red: the left half
    right = by_key(services.renditions_make(name=name, focal=(100, 50)))
    assert opened(right["thumb", "jpeg"]).getpixel((160, 90))[2] > 150  # blue: the right half
    assert (right["thumb", "jpeg"].focal_x, right["thumb", "jpeg"].focal_y) == (100, 50)


def test_a_new_focal_point_remakes_only_the_crops_and_removes_their_old_files(
    media, monkeypatch, django_capture_on_commit_callbacks
):
    name = stored(halves())
    with django_capture_on_commit_callbacks(execute=True):
        before = by_key(services.renditions_make(name=name, focal=(50, 50)))
    with django_capture_on_commit_callbacks(execute=True):
        after = by_key(services.renditions_make(name=name, focal=(20, 70)))
    for key in [("thumb", "jpeg"), ("thumb", "webp"), ("thumb2x", "jpeg"), ("social", "jpeg")]:
        assert after[key].file.name != before[key].file.name
        assert not default_storage.exists(before[key].file.name)
        assert default_storage.exists(after[key].file.name)
    for key in [("w480", "webp"), ("w800", "jpeg"), ("w1200", "jpeg")]:
        assert after[key].file.name == before[key].file.name  # not cropped: kept as they were


def test_a_transparent_png_is_flattened_on_white_for_jpeg_and_keeps_its_transparency_in_webp(media):
    image = Image.new("RGBA", (800, 450), (0, 0, 0, 0))
    image.paste((200, 0, 0, 255), (0, 0, 100, 100))
    name = stored(image, "PNG", name="covers/2026/12/logo.png")
    rows = by_key(services.renditions_make(name=name))
    assert rows["original", "png"].width == 800
    jpeg = opened(rows["w480", "jpeg"]).convert("RGB")
    assert jpeg.getpixel((400, 250)) == pytest.approx((255, 255, 255), abs=3)
    webp = opened(rows["w480", "webp"])
    assert webp.mode == "RGBA" and webp.getpixel((400, 250))[3] == 0


def test_the_cameras_orientation_is_applied(media):
    # A landscape sensor image that the camera says to turn a quarter (EXIF 6): upright, it is portrait.
    name = default_storage.save(
        "covers/2026/12/phone.jpg", ContentFile(images.jpeg_with_gps(size=(400, 300), orientation=6))
    )
    rows = by_key(services.renditions_make(name=name))
    assert (rows["original", "jpeg"].width, rows["original", "jpeg"].height) == (300, 400)
    assert (rows["w480", "jpeg"].width, rows["w480", "jpeg"].height) == (300, 400)


def test_the_first_frame_of_an_animated_gif_is_taken(media):
    frames = [Image.new("RGB", (320, 180), colour) for colour in ((0, 200, 0), (0, 0, 200))]
    data = images.encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    name = default_storage.save("covers/2026/12/anim.gif", ContentFile(data))
    rows = by_key(services.renditions_make(name=name))
    assert opened(rows["thumb", "jpeg"]).convert("RGB").getpixel((100, 100))[1] > 150


def test_a_photo_missing_from_this_host_is_refused_with_nothing_written(media):
    with pytest.raises(services.PhotoUnreadable):
        services.renditions_make(name="covers/2026/12/elsewhere.jpg")
    assert not Rendition.objects.exists()


def test_a_file_that_is_not_an_allowed_image_is_refused(media):
    name = default_storage.save("covers/2026/12/page.jpg", ContentFile(b"<html><script>x</script></html>"))
    with pytest.raises(services.PhotoUnreadable):
        services.renditions_make(name=name)
    assert not Rendition.objects.exists()


@pytest.mark.parametrize(
    ("focal", "box"),
    [((50, 50), (200, 0, 1400, 675)), ((0, 0), (0, 0, 1200, 675)), ((100, 100), (400, 0, 1600, 675))],
)
def test_the_crop_is_centred_on_the_focal_point_as_far_as_it_fits(focal, box):
    assert crop_box((1600, 675), 16 / 9, focal) == box


def test_every_member_of_a_family_is_of_a_different_size():
    for size in [(100, 100), (500, 5000), (4000, 100), (1200, 630)]:
        cuts = plan(size, (50, 50))
        sizes = [(cut.spec.family, cut.size) for cut in cuts]
        assert len(sizes) == len(set(sizes))
        assert all(cut.size[0] <= size[0] and cut.size[1] <= size[1] for cut in cuts)
