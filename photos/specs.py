"""
The renditions every photo gets, and how each is cut from the picture.

A family is one `srcset`: its members differ only in size. Cropped families
(the list thumbnail, the social preview) are cut around the focal point to
their aspect ratio; the article widths keep the whole picture. Nothing is
ever made larger than the photo: a member that would come out the size of a
smaller one is not made at all.
"""

from dataclasses import dataclass

THUMB, WIDTH, SOCIAL = "thumb", "width", "social"
ORIGINAL = "original"
WEBP, JPEG = "webp", "jpeg"


@dataclass(frozen=True)
class Spec:
    name: str
    family: str
    width: int
    # None: the photo's own aspect ratio, uncropped.
    height: int | None
    formats: tuple[str, ...]

    @property
    def cropped(self) -> bool:
        return self.height is not None


SPECS = (
    # The list's 15rem card, and twice that for dense screens and phones.
    Spec("thumb", THUMB, 320, 180, (WEBP, JPEG)),
    Spec("thumb2x", THUMB, 640, 360, (WEBP, JPEG)),
    Spec("w480", WIDTH, 480, None, (WEBP, JPEG)),
    Spec("w800", WIDTH, 800, None, (WEBP, JPEG)),
    Spec("w1200", WIDTH, 1200, None, (WEBP, JPEG)),
    # What Facebook, Telegram and X show of a shared link; they do not all read WebP.
    Spec("social", SOCIAL, 1200, 630, (JPEG,)),
)
BY_NAME = {spec.name: spec for spec in SPECS}


@dataclass(frozen=True)
class Cut:
    """One rendition to make: the part of the picture to take, and the size to give it."""

    spec: Spec
    box: tuple[int, int, int, int]
    size: tuple[int, int]
    focal: tuple[int, int] | None


def crop_box(size: tuple[int, int], ratio: float, focal: tuple[int, int]) -> tuple[int, int, int, int]:
    """The largest box of `ratio` (width / height) in a picture of `size`, centred on `focal` (%) where it fits."""
    width, height = size
    if width / height > ratio:
        box_width, box_height = max(1, round(height * ratio)), height
    else:
        box_width, box_height = width, max(1, round(width / ratio))
    centre_x, centre_y = width * focal[0] / 100, height * focal[1] / 100
    left = min(max(round(centre_x - box_width / 2), 0), width - box_width)
    top = min(max(round(centre_y - box_height / 2), 0), height - box_height)
    return left, top, left + box_width, top + box_height


def plan(size: tuple[int, int], focal: tuple[int, int]) -> list[Cut]:
    """Every rendition a picture of `size` gets with `focal`, smallest first within each family."""
    cuts: list[Cut] = []
    for spec in SPECS:
        if spec.cropped:
            box = crop_box(size, spec.width / spec.height, focal)
            box_width, box_height = box[2] - box[0], box[3] - box[1]
            scale = min(1.0, spec.width / box_width)
            out = (spec.width, spec.height) if scale < 1 else (box_width, box_height)
            cut = Cut(spec, box, out, focal)
        else:
            width = min(spec.width, size[0])
            out = (width, max(1, round(size[1] * width / size[0])))
            cut = Cut(spec, (0, 0, *size), out, None)
        if any(other.spec.family == spec.family and other.size == cut.size for other in cuts):
            continue
        cuts.append(cut)
    return cuts
