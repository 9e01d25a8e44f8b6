from django.utils.functional import SimpleLazyObject

from . import selectors


def strips(request):
    """The rate and weather strips, read only when a template shows them."""
    return {
        "rates": SimpleLazyObject(selectors.latest_rates),
        "weather": SimpleLazyObject(selectors.latest_weather),
    }
