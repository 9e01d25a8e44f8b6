"""
Uploaded images: checked, decoded whole, and stored encoded anew.

A file a browser may take for HTML or script, served from the site's own
origin, is a stored XSS; EXIF carries the GPS position where a photo was
taken, which for a newsroom may be a source's home. So an upload is taken
only when its name's extension and its decoded format agree and are on the
allow-list; it is decoded whole (a truncated file fails), within caps on
pixels and frames checked before any pixel is decoded; and what is stored
is encoded by Pillow from the decoded pixels alone, upright and in sRGB,
under a name the site chooses: nothing of the uploaded bytes but the
picture is kept.
"""

import io
import re
import struct
import uuid
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError


@dataclass(frozen=True)
class Format:
    label: str
    extensions: tuple[str, ...]
    # How it is written again: what keeps the picture, nothing more.
    save: dict


FORMATS = {
    "JPEG": Format("JPEG", (".jpg", ".jpeg"), {"quality": 90, "optimize": True}),
    "PNG": Format("PNG", (".png",), {"optimize": True}),
    "WEBP": Format("WebP", (".webp",), {"quality": 90}),
    "GIF": Format("GIF", (".gif",), {}),
}
EXTENSIONS = {extension: name for name, fmt in FORMATS.items() for extension in fmt.extensions}
# Pillow reads a JPEG with more pictures in an MPF index (phones, cameras) as
# MPO: the first picture is the photo, the others previews or depth maps.
AS_FORMAT = {"MPO": "JPEG"}
# What a frame's info may carry into the new file: how it is drawn and timed, no text.
KEPT_INFO = ("transparency", "duration", "loop", "background", "disposal")
# Pillow states the size in the message of its own bomb check; it is all it says.
PILLOW_PIXELS = re.compile(r"Image size \((\d+) pixels\)")
MEGA = 1_000_000


def _megapixels(pixels: int) -> str:
    decimals = 0 if pixels >= 100 * MEGA else 1
    # number_format cuts the digits it does not show; a figure is rounded.
    return number_format(round(pixels / MEGA, decimals), decimal_pos=decimals, force_grouping=True)


def _too_many_pixels(pixels: int) -> ValidationError:
    return ValidationError(
        _("Too many pixels: %(megapixels)s megapixels, at most %(limit)s."),
        code="too_many_pixels",
        params={"megapixels": _megapixels(pixels), "limit": number_format(settings.COVER_MAX_PIXELS // MEGA)},
    )


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _open(file) -> Image.Image:
    """The image's header, read by an allowed format's decoder only, no pixel decoded yet."""
    file.seek(0)
    try:
        # Pillow warns from its own limit and refuses from twice that: both are
        # errors here, and our own lower cap is checked on what it lets through.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(file, formats=list(FORMATS))  # JPEG's decoder opens MPO files too
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        found = PILLOW_PIXELS.search(str(exc))
        if found:
            raise _too_many_pixels(int(found[1])) from None
        raise ValidationError(_("Upload a JPEG, PNG, WebP or GIF image."), code="invalid_image") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(_("Upload a JPEG, PNG, WebP or GIF image."), code="invalid_image") from None


def _format(image: Image.Image) -> str:
    return AS_FORMAT.get(image.format, image.format)


def _check(image: Image.Image, extension: str | None) -> int:
    """Refuse what the header already tells against the caps; returns the number of frames."""
    fmt = FORMATS[_format(image)]
    if extension is not None and extension not in fmt.extensions:
        raise ValidationError(
            _("The file is a %(format)s image, but its name ends in %(extension)s."),
            code="wrong_extension",
            params={"format": fmt.label, "extension": extension},
        )
    width, height = image.size
    if width * height > settings.COVER_MAX_PIXELS:
        raise _too_many_pixels(width * height)
    # GIF counts its frames by reading their headers, not their pixels; the
    # file's size (COVER_MAX_BYTES) bounds that.
    frames = 1 if image.format in AS_FORMAT else getattr(image, "n_frames", 1)
    if frames > settings.COVER_MAX_FRAMES:
        raise ValidationError(
            _("Too many frames: %(frames)s, at most %(limit)s."),
            code="too_many_frames",
            params={"frames": number_format(frames, force_grouping=True), "limit": settings.COVER_MAX_FRAMES},
        )
    # Each frame is decoded onto the whole picture, and all are held to be
    # encoded again: the pixel cap is on all of them together.
    if frames * width * height > settings.COVER_MAX_PIXELS:
        raise ValidationError(
            _("Too many pixels in all its frames: %(megapixels)s megapixels, at most %(limit)s."),
            code="too_many_frame_pixels",
            params={
                "megapixels": _megapixels(frames * width * height),
                "limit": number_format(settings.COVER_MAX_PIXELS // MEGA),
            },
        )
    return frames


# What a damaged file makes Pillow's decoders raise.
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, struct.error)


def _upright(image: Image.Image) -> Image.Image:
    """The picture turned as the camera's EXIF orientation says; as it is when that EXIF cannot be read."""
    try:
        return ImageOps.exif_transpose(image)
    except DECODING_ERRORS:
        return image.copy()


def _in_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """
    The picture converted from its colour profile to sRGB, what browsers
    assume: the profile, a blob of the camera's or the editor's, is not kept.
    A profile that cannot be read, or a mode it cannot apply to, is dropped.
    """
    if not icc_profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGBA" if image.mode == "RGBA" else "RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


_SRGB = ImageCms.createProfile("sRGB")


def _decoded_frames(image: Image.Image, frames: int) -> list[Image.Image]:
    """Every frame decoded whole, as new images that carry only the picture and its timing."""
    decoded = []
    try:
        for index in range(frames):
            image.seek(index)
            image.load()
            frame = image.copy() if frames > 1 else _in_srgb(_upright(image), image.info.get("icc_profile"))
            frame.info = {key: image.info[key] for key in KEPT_INFO if key in image.info}
            decoded.append(frame)
    except DECODING_ERRORS:
        raise ValidationError(
            _("The image is truncated or damaged: it cannot be read to its end."), code="damaged"
        ) from None
    return decoded


def _encode(frames: list[Image.Image], format_name: str) -> bytes:
    first = frames[0]
    params = dict(FORMATS[format_name].save)
    if format_name == "JPEG" and first.mode not in ("RGB", "L"):
        first = first.convert("RGB")
    if len(frames) > 1:
        params.update(save_all=True, append_images=frames[1:], **first.info)
    buffer = io.BytesIO()
    first.save(buffer, format_name, **params)
    return buffer.getvalue()


def clean_image(file, *, check_name: bool = True) -> ContentFile:
    """
    The uploaded `file` as it will be stored: checked, re-encoded in its own
    format, with a new name; ValidationError naming the reason otherwise.
    `check_name=False` takes a file whatever its name, for one already stored.
    """
    if file.size is not None and file.size > settings.COVER_MAX_BYTES:
        raise ValidationError(
            _("The image is too large: at most %(limit)s MB."),
            code="too_large",
            params={"limit": settings.COVER_MAX_BYTES // (1024 * 1024)},
        )
    extension = _extension(file.name or "") if check_name else None
    if check_name and extension not in EXTENSIONS:
        raise ValidationError(
            _("The file name must end in .jpg, .jpeg, .png, .webp or .gif."), code="invalid_extension"
        )
    with _open(file) as image:
        frames = _check(image, extension)
        data = _encode(_decoded_frames(image, frames), _format(image))
        extension = FORMATS[_format(image)].extensions[0]
    return ContentFile(data, name=f"{uuid.uuid4().hex}{extension}")


def is_image_name(name: str) -> bool:
    """Whether a stored file's name is one an upload can have been stored under."""
    return _extension(name) in EXTENSIONS


# The names clean_image gives: a file under one of them is re-encoded already.
STORED_NAME = re.compile(r"(?:^|/)[0-9a-f]{32}\.(?:jpg|png|webp|gif)$")


def is_reencoded_name(name: str) -> bool:
    return bool(STORED_NAME.search(name))
