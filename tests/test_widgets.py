"""The header strips' providers, on responses in their documented formats; no network."""

import logging
from datetime import date, timedelta
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from widgets import providers
from widgets.models import ExchangeRate, WeatherReport
from widgets.providers import CbaRates, OpenMeteoWeather, ProviderError

RECORDINGS = Path(__file__).parent / "recordings"
CBA = (RECORDINGS / "cba_exchange_rates_latest.xml").read_bytes()
OPEN_METEO = (RECORDINGS / "open_meteo_forecast.json").read_bytes()


@pytest.fixture
def network(monkeypatch):
    """Answers the providers' addresses with the recorded bodies, or with a failure."""
    answers = {CbaRates.url: CBA, OpenMeteoWeather.url: OPEN_METEO}

    def fake_fetch(url, **kwargs):
        answer = answers[url]
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(providers, "fetch", fake_fetch)
    return answers


def test_cba_answer_gives_drams_per_unit_of_the_four_currencies():
    rates = CbaRates.parse(CBA)
    assert rates.day == date(2026, 11, 25)
    assert rates.amd_per_unit == {
        "USD": Decimal("386.7200"),
        "EUR": Decimal("447.1500"),
        "RUB": Decimal("4.8600"),
        "GBP": Decimal("509.4000"),
    }


def test_cba_rate_quoted_per_several_units_is_divided():
    body = CBA.replace(b"<Amount>1</Amount><Rate>4.86</Rate>", b"<Amount>10</Amount><Rate>48.6</Rate>")
    assert CbaRates.parse(body).amd_per_unit["RUB"] == Decimal("4.8600")


@pytest.mark.parametrize(
    "body",
    [b"", b"<html>503 Service Unavailable</html>", CBA.replace(b"<ISO>USD</ISO>", b"<ISO>XXX</ISO>"), b"not xml"],
)
def test_cba_answer_that_is_not_usable_is_an_error(body):
    with pytest.raises(ProviderError):
        CbaRates.parse(body)


def test_open_meteo_answer_gives_now_today_and_tomorrow():
    weather = OpenMeteoWeather.parse(OPEN_METEO)
    assert (weather.day, weather.current, weather.today_min, weather.today_max, weather.tomorrow) == (
        date(2026, 11, 25),
        6,
        1,
        9,
        8,
    )


@pytest.mark.parametrize("body", [b"", b"{}", b'{"daily": {"time": []}}', b"<html></html>"])
def test_open_meteo_answer_that_is_not_usable_is_an_error(body):
    with pytest.raises(ProviderError):
        OpenMeteoWeather.parse(body)


@pytest.mark.django_db
def test_update_widgets_stores_the_days_figures(network):
    out = StringIO()
    call_command("update_widgets", stdout=out)
    assert "rates: updated" in out.getvalue() and "weather: updated" in out.getvalue()
    assert ExchangeRate.objects.get(currency="USD", date=date(2026, 11, 25)).rate == Decimal("386.72")
    assert WeatherReport.objects.get(date=date(2026, 11, 25)).tomorrow == 8
    call_command("update_widgets", stdout=StringIO())  # again: the same rows, updated
    assert ExchangeRate.objects.count() == 4 and WeatherReport.objects.count() == 1


@pytest.mark.django_db
def test_a_failed_provider_leaves_yesterdays_figures_and_a_log_line(network, client, caplog):
    yesterday = date(2026, 11, 24)
    for currency, rate in [("USD", "385.10"), ("EUR", "446.00"), ("RUB", "4.80"), ("GBP", "508.00")]:
        ExchangeRate.objects.create(currency=currency, date=yesterday, rate=Decimal(rate))
    network[CbaRates.url] = ProviderError("https://api.cba.am/exchangerates.asmx: timed out")
    with caplog.at_level(logging.WARNING, logger="widgets"), pytest.raises(CommandError, match="rates"):
        call_command("update_widgets", stdout=StringIO())
    assert "exchange rates not updated" in caplog.text
    assert set(ExchangeRate.objects.values_list("date", flat=True)) == {yesterday}
    assert WeatherReport.objects.exists()  # the other provider still did its part
    page = client.get("/hy/").content.decode()
    assert "USD 385,10" in page  # Armenian writes a decimal comma


@pytest.mark.django_db
def test_fixture_source_needs_no_network(monkeypatch):
    monkeypatch.setattr(providers, "fetch", lambda *a, **k: pytest.fail("the fixture source went to the network"))
    call_command("update_widgets", "--source", "fixture", stdout=StringIO())
    assert ExchangeRate.objects.filter(source="fixture").count() == 4
    assert WeatherReport.objects.get().date >= date.today() - timedelta(days=1)


def test_providers_refuse_plain_http():
    with pytest.raises(ProviderError, match="non-HTTPS"):
        providers.fetch("http://api.cba.am/exchangerates.asmx")
