"""Writes: the renditions of stored photos, made when a photo is saved and never on a reader's request."""

import io
import logging
import warnings

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from PIL import Image, ImageOps

from articles import uploads

from .models import Rendition
from .specs import JPEG, ORIGINAL, WEBP, Cut, plan

logger = logging.getLogger(__name__)
# The formats a stored photo may be in: what an upload may be (articles/uploads.py).
SOURCE_FORMATS = {"JPEG": "jpeg", "MPO": "jpeg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
SAVE = {
    WEBP: {"format": "WEBP", "quality": 80, "method": 4},
    JPEG: {"format": "JPEG", "quality": 82, "optimize": True, "progressive": True},
}
EXTENSIONS = {WEBP: "webp", JPEG: "jpg"}
WHITE = (255, 255, 255)


class PhotoUnreadable(Exception):
    """The stored photo is not on this host, or cannot be read as an allowed image."""


def renditions_make(*, name: str, focal: tuple[int, int] = (50, 50), storage=None) -> list[Rendition]:
    """
    Make the renditions of the stored photo `name` that are missing or were
    cut around another focal point than `focal` (percent across, down), and
    remove those no longer wanted with their files; returns all of them.

    The photo is opened only when something is to be made: a second call
    decodes nothing. Raises PhotoUnreadable, with nothing changed, when the
    photo cannot be read here.
    """
    if not name:
        return []
    storage = storage or default_storage
    focal = (int(focal[0]), int(focal[1]))
    existing = {(row.spec, row.format): row for row in Rendition.objects.filter(source=name)}
    original = next((row for row in existing.values() if row.spec == ORIGINAL), None)
    if original is not None and _up_to_date(existing, plan((original.width, original.height), focal)):
        return list(existing.values())
    picture, source_format = _decoded(storage, name)
    with picture:
        made = _make(storage, name, picture, source_format, focal, existing)
    logger.info("renditions of %s: %d made", name, made)
    return list(Rendition.objects.filter(source=name))


def _wanted(cuts: list[Cut]) -> dict[tuple[str, str], Cut]:
    return {(cut.spec.name, fmt): cut for cut in cuts for fmt in cut.spec.formats}


def _current(row: Rendition | None, cut: Cut) -> bool:
    return (
        row is not None
        and (row.width, row.height) == cut.size
        and (row.focal_x, row.focal_y) == (cut.focal or (None, None))
        and bool(row.file)
    )


def _up_to_date(existing: dict, cuts: list[Cut]) -> bool:
    wanted = _wanted(cuts)
    others = {key for key in existing if key[0] != ORIGINAL}
    return others == set(wanted) and all(_current(existing[key], cut) for key, cut in wanted.items())


def _decoded(storage, name: str) -> tuple[Image.Image, str]:
    """The stored photo decoded, upright, in RGB (RGBA when it has transparency), and its format."""
    try:
        file = storage.open(name, "rb")
    except (OSError, ValueError) as error:
        raise PhotoUnreadable(f"{name} is not on this host: {error}") from None
    with file:
        try:
            # What was stored passed the upload checks; a file put there by
            # other means is held to the same allow-list and pixel cap.
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(file, formats=list(uploads.FORMATS))
            with image:
                if image.width * image.height > settings.COVER_MAX_PIXELS:
                    raise PhotoUnreadable(f"{name} has too many pixels")
                source_format = SOURCE_FORMATS[image.format]
                image.load()  # the first frame of an animation
                picture = _upright(image)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning, *uploads.DECODING_ERRORS) as error:
            raise PhotoUnreadable(f"{name} cannot be read as an image: {error!r}") from None
    has_alpha = picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info)
    wanted_mode = "RGBA" if has_alpha else "RGB"
    return (picture if picture.mode == wanted_mode else picture.convert(wanted_mode)), source_format


def _upright(image: Image.Image) -> Image.Image:
    """The picture turned as its EXIF orientation says (a cover stored before uploads were re-encoded may carry one)."""
    try:
        return ImageOps.exif_transpose(image)
    except uploads.DECODING_ERRORS:
        return image.copy()


def _encoded(picture: Image.Image, cut: Cut, fmt: str) -> bytes:
    image = picture.resize(cut.size, Image.Resampling.LANCZOS, box=cut.box, reducing_gap=3.0)
    if fmt == JPEG and image.mode == "RGBA":
        # JPEG has no transparency: what is see-through is shown on white, as on the page.
        flat = Image.new("RGB", image.size, WHITE)
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    buffer = io.BytesIO()
    image.save(buffer, **SAVE[fmt])
    return buffer.getvalue()


def _file_name(name: str, cut: Cut, fmt: str) -> str:
    stem = name.rpartition(".")[0] or name
    # The focal point in the name: a new crop is a new address, so no browser keeps showing the old one.
    focal = f"-{cut.focal[0]}x{cut.focal[1]}" if cut.focal else ""
    return f"renditions/{stem}-{cut.spec.name}{focal}.{EXTENSIONS[fmt]}"


def _delete_on_commit(storage, file_name: str) -> None:
    # Only once the rows that named the file are gone for good.
    transaction.on_commit(lambda: storage.delete(file_name))


def _make(storage, name: str, picture: Image.Image, source_format: str, focal, existing: dict) -> int:
    """Write what is missing or stale for `picture`; returns how many renditions were made."""
    width, height = picture.size
    made = 0
    with transaction.atomic():
        Rendition.objects.update_or_create(
            source=name, spec=ORIGINAL, defaults={"format": source_format, "width": width, "height": height}
        )
        wanted = _wanted(plan(picture.size, focal))
        for key, row in existing.items():
            if key[0] != ORIGINAL and key not in wanted:
                row.delete()
                if row.file:
                    _delete_on_commit(storage, row.file.name)
        for (spec, fmt), cut in wanted.items():
            row = existing.get((spec, fmt))
            if _current(row, cut):
                continue
            saved = storage.save(_file_name(name, cut, fmt), ContentFile(_encoded(picture, cut, fmt)))
            values = {
                "file": saved,
                "width": cut.size[0],
                "height": cut.size[1],
                "focal_x": cut.focal[0] if cut.focal else None,
                "focal_y": cut.focal[1] if cut.focal else None,
            }
            try:
                with transaction.atomic():
                    Rendition.objects.update_or_create(source=name, spec=spec, format=fmt, defaults=values)
            except IntegrityError:
                # Someone else made it at the same moment: theirs stands.
                storage.delete(saved)
                continue
            if row is not None and row.file and row.file.name != saved:
                _delete_on_commit(storage, row.file.name)
            made += 1
    return made
