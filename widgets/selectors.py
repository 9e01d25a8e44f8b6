"""Reads for the header strips: the newest figures, and how old they are."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from .models import ExchangeRate, WeatherReport


@dataclass(frozen=True)
class Rate:
    currency: str
    rate: Decimal


@dataclass(frozen=True)
class AsOf:
    """When a strip's figures were last confirmed, said on the strip once they are old."""

    moment: datetime  # in the site's time zone
    day: date | None  # the figures' day when it is an earlier one (the strip says it), else None (it says the time)


@dataclass(frozen=True)
class RatesStrip:
    figures: list[Rate]
    as_of: AsOf | None


@dataclass(frozen=True)
class WeatherStrip:
    current: int
    today_min: int
    today_max: int
    tomorrow: int
    as_of: AsOf | None


def _as_of(*, confirmed: datetime, day: date, now: datetime, force: bool = False) -> AsOf | None:
    """An AsOf when figures confirmed at `confirmed` (for `day`) are old enough, or `force`, else None."""
    if not force and now - confirmed <= timedelta(hours=settings.STRIPS_DATED_AFTER_HOURS):
        return None
    moment = timezone.localtime(confirmed)
    day = min(day, moment.date())
    return AsOf(moment=moment, day=day if day < timezone.localdate(now) else None)


def rates_strip(*, now: datetime) -> RatesStrip | None:
    """
    The newest rate of each currency, in the strip's order (USD, EUR, RUB, GBP).

    Rows not confirmed for STRIPS_HIDDEN_AFTER_HOURS are left out (None when
    nothing is left); the strip is dated by its oldest row.
    """
    order = [code for code, _label in ExchangeRate.Currency.choices]
    recent = ExchangeRate.objects.filter(updated_at__gt=now - timedelta(hours=settings.STRIPS_HIDDEN_AFTER_HOURS))
    newest = recent.values("currency").annotate(latest=Max("date"))
    rows = {row.currency: row for row in recent.filter(date__in=newest.values("latest")).order_by("date")}
    shown = [rows[code] for code in order if code in rows]
    if not shown:
        return None
    oldest = min(shown, key=lambda row: row.updated_at)
    return RatesStrip(
        figures=[Rate(currency=row.currency, rate=row.rate) for row in shown],
        as_of=_as_of(confirmed=oldest.updated_at, day=oldest.date, now=now),
    )


def weather_strip(*, now: datetime) -> WeatherStrip | None:
    """
    The newest weather report confirmed within STRIPS_HIDDEN_AFTER_HOURS, if any.

    A report of an earlier day is always dated: its "today" is not the reader's.
    """
    hidden = now - timedelta(hours=settings.STRIPS_HIDDEN_AFTER_HOURS)
    report = WeatherReport.objects.filter(updated_at__gt=hidden).order_by("-date").first()
    if report is None:
        return None
    return WeatherStrip(
        current=report.current,
        today_min=report.today_min,
        today_max=report.today_max,
        tomorrow=report.tomorrow,
        as_of=_as_of(
            confirmed=report.updated_at,
            day=report.date,
            now=now,
            force=report.date < timezone.localdate(now),
        ),
    )
