from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

# Only these decoders are ever run on an upload.
COVER_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")


def validate_cover_image(file):
    """
    Refuse an upload that is too large, not one of the allowed image formats,
    or a decompression bomb.

    Pillow only warns between 1x and 2x its own MAX_IMAGE_PIXELS, so the pixel
    count is checked here against our own, lower cap before anything decodes.
    """
    if file.size is not None and file.size > settings.COVER_MAX_BYTES:
        raise ValidationError(
            _("The image is too large: at most %(limit)s MB."),
            code="too_large",
            params={"limit": settings.COVER_MAX_BYTES // (1024 * 1024)},
        )
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(0)
        with Image.open(file, formats=COVER_FORMATS) as image:
            width, height = image.size
            if width * height > settings.COVER_MAX_PIXELS:
                raise ValidationError(
                    _("The image has too many pixels (%(width)s×%(height)s)."),
                    code="too_many_pixels",
                    params={"width": width, "height": height},
                )
            image.verify()
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("Upload a JPEG, PNG, WebP or GIF image."),
            code="invalid_image",
        ) from None
    finally:
        if position is not None:
            file.seek(position)
