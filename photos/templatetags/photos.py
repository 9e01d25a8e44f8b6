"""
`{% picture %}`: a stored photo as <picture>, WebP first with a JPEG
fallback, every <img> with its width and height; from renditions read
beforehand (photos.selectors.renditions_for), never from the file.
"""

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html

from ..selectors import JPEG, THUMB, WEBP, WIDTH, Picture, srcset

register = template.Library()

# The first cards of a list are above the fold on most screens: not lazy.
EAGER_POSITIONS = 3

# How wide each family is shown (static/css/site.css): the article's
# measure, and the list card's image column; full width on a phone.
SIZES = {
    WIDTH: "(min-width: 46rem) 44rem, calc(100vw - 2rem)",
    THUMB: "(min-width: 40rem) 15rem, calc(100vw - 2rem)",
}


@register.simple_tag
def picture(pictures, name, *, alt="", family=WIDTH, lazy=False, position=None, first=False):
    """
    The photo `name` as `pictures` (a dict from renditions_for) knows it;
    `lazy` defers loading below the fold, as does a `position` in a list
    past the first few; `first` asks for it before the rest.
    Without renditions yet: the photo itself, at the size recorded, if any.
    """
    if not name:
        return ""
    if position is not None:
        lazy = position > EAGER_POSITIONS
    found = pictures.get(name) if pictures else None
    found = found or Picture(name=name)
    attrs = {"alt": alt, "loading": "lazy" if lazy else "eager", "decoding": "async"}
    if first:
        attrs["fetchpriority"] = "high"
    fallback = found.fallback(family)
    if fallback is None:
        original = found.original
        size = {"width": original.width, "height": original.height} if original else {}
        return format_html("<img{}>", flatatt({"src": found.url, **size, **attrs}))
    sizes = SIZES[family]
    webp = found.family(family, WEBP)
    source = format_html('<source type="image/webp" srcset="{}" sizes="{}">', srcset(webp), sizes) if webp else ""
    img = {
        "src": fallback.url,
        "srcset": srcset(found.family(family, JPEG)),
        "sizes": sizes,
        "width": fallback.width,
        "height": fallback.height,
        **attrs,
    }
    return format_html("<picture>{}<img{}></picture>", source, flatatt(img))
