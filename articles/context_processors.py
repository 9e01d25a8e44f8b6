from django.conf import settings
from django.utils.functional import SimpleLazyObject

from . import selectors


def site(request):
    """The site's own address for absolute links, and its settings for the footer (read only when used)."""
    return {"site_url": settings.SITE_URL, "site_settings": SimpleLazyObject(selectors.site_settings)}
