"""
Where the header strips' figures come from.

- CbaRates: the Central Bank of Armenia's official rates (its SOAP service),
  in drams per unit.
- OpenMeteoWeather: the current temperature and today's and tomorrow's range
  for Yerevan from Open-Meteo's forecast API.
- Fixture: fixed figures shipped with the project, for the demo and offline use.

Each provider raises ProviderError when it cannot give figures; nothing is
written then (widgets/services.py keeps the last good ones).
"""

import json
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.utils import timezone

CURRENCIES = ("USD", "EUR", "RUB", "GBP")
TIMEOUT_SECONDS = 10
USER_AGENT = "newsroom-cms/1.0 (+update_widgets)"


class ProviderError(Exception):
    """A provider could not give usable figures; the message says why."""


@dataclass(frozen=True)
class Rates:
    day: date
    amd_per_unit: dict[str, Decimal]


@dataclass(frozen=True)
class Weather:
    day: date
    current: int
    today_min: int
    today_max: int
    tomorrow: int


def fetch(url: str, *, data: bytes | None = None, headers: dict | None = None) -> bytes:
    """The body of an HTTP(S) answer; any failure is a ProviderError."""
    if not url.startswith("https://"):
        raise ProviderError(f"refusing a non-HTTPS address: {url}")
    request = urllib.request.Request(url, data=data, headers={"User-Agent": USER_AGENT, **(headers or {})})  # noqa: S310 - https only, checked above
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            return response.read(2_000_000)
    except OSError as exc:
        raise ProviderError(f"{url}: {exc}") from None


class CbaRates:
    name = "cba"
    url = "https://api.cba.am/exchangerates.asmx"
    request_body = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b'<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        b'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">'
        b'<soap12:Body><ExchangeRatesLatest xmlns="http://www.cba.am/" /></soap12:Body></soap12:Envelope>'
    )

    def rates(self) -> Rates:
        body = fetch(self.url, data=self.request_body, headers={"Content-Type": "application/soap+xml; charset=utf-8"})
        return self.parse(body)

    @staticmethod
    def parse(body: bytes) -> Rates:
        """Rates from the ExchangeRatesLatest answer: Rate is drams per Amount units of ISO."""
        try:
            root = ET.fromstring(body)  # noqa: S314 - the Central Bank's answer, parsed without entities
        except ET.ParseError as exc:
            raise ProviderError(f"CBA: not XML ({exc})") from None
        result = next((el for el in root.iter() if el.tag.endswith("ExchangeRatesLatestResult")), None)
        if result is None:
            raise ProviderError("CBA: no ExchangeRatesLatestResult in the answer")

        def text(element, name):
            found = next((child for child in element if child.tag.endswith(name)), None)
            return (found.text or "").strip() if found is not None else ""

        try:
            day = date.fromisoformat(text(result, "CurrentDate")[:10])
        except ValueError:
            raise ProviderError("CBA: no usable CurrentDate") from None
        rates = {}
        for rate in (el for el in result.iter() if el.tag.endswith("ExchangeRate")):
            iso = text(rate, "ISO")
            if iso not in CURRENCIES:
                continue
            try:
                amount, value = Decimal(text(rate, "Amount")), Decimal(text(rate, "Rate"))
            except InvalidOperation:
                raise ProviderError(f"CBA: unreadable rate for {iso}") from None
            if amount <= 0 or value <= 0:
                raise ProviderError(f"CBA: impossible rate for {iso}")
            rates[iso] = (value / amount).quantize(Decimal("0.0001"))
        missing = [code for code in CURRENCIES if code not in rates]
        if missing:
            raise ProviderError(f"CBA: no rate for {', '.join(missing)}")
        return Rates(day=day, amd_per_unit=rates)


class OpenMeteoWeather:
    name = "open-meteo"
    url = (
        "https://api.open-meteo.com/v1/forecast?latitude=40.18&longitude=44.51"
        "&current=temperature_2m&daily=temperature_2m_min,temperature_2m_max"
        "&timezone=Asia%2FYerevan&forecast_days=2"
    )

    def weather(self) -> Weather:
        return self.parse(fetch(self.url))

    @staticmethod
    def parse(body: bytes) -> Weather:
        """Now, today's minimum and maximum, and tomorrow's maximum, rounded to whole degrees."""
        try:
            data = json.loads(body)
            daily = data["daily"]
            return Weather(
                day=date.fromisoformat(daily["time"][0]),
                current=round(data["current"]["temperature_2m"]),
                today_min=round(daily["temperature_2m_min"][0]),
                today_max=round(daily["temperature_2m_max"][0]),
                tomorrow=round(daily["temperature_2m_max"][1]),
            )
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ProviderError(f"Open-Meteo: unexpected answer ({exc!r})") from None


class Fixture:
    """Fixed figures dated today: the demo's, and a source that never fails."""

    name = "fixture"
    amd_per_unit = {"USD": "386.72", "EUR": "447.15", "RUB": "4.86", "GBP": "509.40"}
    temperatures = {"current": 6, "today_min": 1, "today_max": 9, "tomorrow": 8}

    def rates(self) -> Rates:
        return Rates(day=timezone.localdate(), amd_per_unit={k: Decimal(v) for k, v in self.amd_per_unit.items()})

    def weather(self) -> Weather:
        return Weather(day=timezone.localdate(), **self.temperatures)


SOURCES = {
    "live": (CbaRates, OpenMeteoWeather),
    "fixture": (Fixture, Fixture),
}
