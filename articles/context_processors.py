from django.conf import settings
from django.utils.functional import SimpleLazyObject, lazy
from django.utils.safestring import SafeString, mark_safe

from . import pages, selectors


def site(request):
    """
    The site's own address for absolute links, its settings for the footer and
    the categories for the navigation in the request's language (each read only when used).
    """
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return {
        "site_url": settings.SITE_URL,
        "site_settings": SimpleLazyObject(selectors.site_settings),
        "nav_categories": SimpleLazyObject(lambda: selectors.categories_named(language=language)),
        # The cached pages put a marker in its place, filled in per request (pages.BAND_MARK).
        "breaking_band": lazy(lambda: mark_safe(pages.band_html(language)), SafeString)(),  # noqa: S308 - a template's output
    }
