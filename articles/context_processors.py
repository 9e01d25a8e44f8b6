from django.utils.functional import SimpleLazyObject

from . import selectors


def site(request):
    """The site settings for the footer, read only when a template uses them."""
    return {"site_settings": SimpleLazyObject(selectors.site_settings)}
