from django.contrib import admin

from .models import ExchangeRate, WeatherReport


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ["date", "currency", "rate", "source", "updated_at"]
    list_filter = ["currency"]
    date_hierarchy = "date"


@admin.register(WeatherReport)
class WeatherReportAdmin(admin.ModelAdmin):
    list_display = ["date", "current", "today_min", "today_max", "tomorrow", "source", "updated_at"]
    date_hierarchy = "date"
