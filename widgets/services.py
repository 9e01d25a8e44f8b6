"""Writes: refreshing the header strips from their providers."""

import logging

from django.db import transaction

from .models import ExchangeRate, WeatherReport
from .providers import SOURCES, ProviderError

logger = logging.getLogger(__name__)


def widgets_update(*, source: str = "live") -> dict[str, str]:
    """
    Fetch rates and weather from `source` and store them for their day.

    A provider that fails writes nothing: the strips keep the last figures
    they had, and the failure is logged and returned. Returns, per part,
    "updated" or the reason it was not.
    """
    rates_provider, weather_provider = SOURCES[source]
    outcome = {}
    try:
        rates = rates_provider().rates()
    except ProviderError as exc:
        logger.warning("exchange rates not updated: %s", exc)
        outcome["rates"] = str(exc)
    else:
        with transaction.atomic():
            for currency, rate in rates.amd_per_unit.items():
                ExchangeRate.objects.update_or_create(
                    currency=currency, date=rates.day, defaults={"rate": rate, "source": rates_provider.name}
                )
        outcome["rates"] = "updated"
    try:
        weather = weather_provider().weather()
    except ProviderError as exc:
        logger.warning("weather not updated: %s", exc)
        outcome["weather"] = str(exc)
    else:
        WeatherReport.objects.update_or_create(
            date=weather.day,
            defaults={
                "current": weather.current,
                "today_min": weather.today_min,
                "today_max": weather.today_max,
                "tomorrow": weather.tomorrow,
                "source": weather_provider.name,
            },
        )
        outcome["weather"] = "updated"
    return outcome
