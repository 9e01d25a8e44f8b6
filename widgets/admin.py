from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cms.admin_titles import SentenceTitlesMixin, Titles

from .models import ExchangeRate, WeatherReport


@admin.register(ExchangeRate)
class ExchangeRateAdmin(SentenceTitlesMixin, admin.ModelAdmin):
    titles = Titles(
        select_to_change=_("Select an exchange rate to change"),
        select_to_view=_("Select an exchange rate to view"),
        add=_("Add an exchange rate"),
        change=_("Change exchange rate"),
        view=_("View exchange rate"),
        cannot_delete=_("Cannot delete the exchange rate"),
    )
    list_display = ["date", "currency", "rate", "source", "updated_at"]
    list_filter = ["currency"]
    date_hierarchy = "date"


@admin.register(WeatherReport)
class WeatherReportAdmin(SentenceTitlesMixin, admin.ModelAdmin):
    titles = Titles(
        select_to_change=_("Select a weather report to change"),
        select_to_view=_("Select a weather report to view"),
        add=_("Add a weather report"),
        change=_("Change weather report"),
        view=_("View weather report"),
        cannot_delete=_("Cannot delete the weather report"),
    )
    list_display = ["date", "current", "today_min", "today_max", "tomorrow", "source", "updated_at"]
    date_hierarchy = "date"
