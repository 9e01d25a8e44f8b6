from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ExchangeRate(models.Model):
    """The official rate of one currency on one day, in Armenian drams per unit."""

    class Currency(models.TextChoices):
        USD = "USD", "USD"
        EUR = "EUR", "EUR"
        RUB = "RUB", "RUB"
        GBP = "GBP", "GBP"

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    date = models.DateField(_("date"))
    rate = models.DecimalField(_("AMD per unit"), max_digits=12, decimal_places=4)
    source = models.CharField(pgettext_lazy("data provider", "source"), max_length=50, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["-date", "currency"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "date"], name="exchange_rate_one_per_day"),
            models.CheckConstraint(condition=Q(rate__gt=0), name="exchange_rate_positive"),
        ]

    def __str__(self):
        return f"{self.currency} {self.rate} ({self.date})"


class WeatherReport(models.Model):
    """The weather of one day: now, today's minimum and maximum, and tomorrow's maximum, in °C."""

    date = models.DateField(_("date"), unique=True)
    current = models.SmallIntegerField(_("now"))
    today_min = models.SmallIntegerField(_("today's minimum"))
    today_max = models.SmallIntegerField(_("today's maximum"))
    tomorrow = models.SmallIntegerField(_("tomorrow"))
    source = models.CharField(pgettext_lazy("data provider", "source"), max_length=50, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("weather report")
        verbose_name_plural = _("weather reports")
        ordering = ["-date"]
        constraints = [
            models.CheckConstraint(condition=Q(today_min__lte=models.F("today_max")), name="weather_min_not_above_max"),
        ]

    def __str__(self):
        return f"{self.date}: {self.current:+d} °C"
