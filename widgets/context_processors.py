from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from . import selectors


def strips(request):
    """The rate and weather strips, read only when a template shows them."""
    return {
        "rates": SimpleLazyObject(lambda: selectors.rates_strip(now=timezone.now())),
        "weather": SimpleLazyObject(lambda: selectors.weather_strip(now=timezone.now())),
    }
