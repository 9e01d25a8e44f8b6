"""Reads for the header strips."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Max

from .models import ExchangeRate, WeatherReport


@dataclass(frozen=True)
class Rate:
    currency: str
    rate: Decimal


def latest_rates() -> list[Rate]:
    """The newest rate of each currency, in the strip's order (USD, EUR, RUB, GBP)."""
    order = [code for code, _label in ExchangeRate.Currency.choices]
    newest = ExchangeRate.objects.values("currency").annotate(latest=Max("date"))
    rows = {row.currency: row for row in ExchangeRate.objects.filter(date__in=newest.values("latest")).order_by("date")}
    return [Rate(currency=code, rate=rows[code].rate) for code in order if code in rows]


def latest_weather() -> WeatherReport | None:
    """The newest weather report, if any."""
    return WeatherReport.objects.order_by("-date").first()
