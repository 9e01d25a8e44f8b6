"""The header strips as a reader sees them, in each of the four languages: labels, numbers, freshness."""

import re
from datetime import datetime, time, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import timezone, translation

from articles import pages
from tests.factories import make_strips
from widgets import providers, selectors
from widgets.templatetags.widget_tags import amd, celsius, temperature

pytestmark = pytest.mark.django_db

NBSP = "\xa0"


@pytest.fixture(autouse=True)
def _uncached_pages():
    pages.clear()


def strips(client, language) -> str:
    """The text of the header strips on the edition's list page, tags removed, spaces kept."""
    html = client.get(f"/{language}/").content.decode()
    found = re.search(r'<div class="strips">.*?</div>', html, re.S)
    return found.group(0) if found else ""


def visible(fragment: str) -> str:
    """What a sighted reader sees: the screen readers' words and the tags left out."""
    fragment = re.sub(r'<span class="visually-hidden">.*?</span>', "", fragment)
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", "", fragment)).strip(" ")


RATES = "USD 386,72 EUR 447,15 RUB 4,86 GBP 509,40"


@pytest.mark.parametrize(
    ("language", "rates", "weather"),
    [
        ("hy", f"Փոխարժեքներ (դրամ) {RATES}", "Եղանակը Երևանում հիմա +6 °C այսօր +1…+9 °C վաղը +8 °C"),
        ("ru", f"Курсы валют (в драмах) {RATES}", "Погода в Ереване сейчас +6 °C сегодня +1…+9 °C завтра +8 °C"),
        (
            "en",
            "Exchange rates, AMD USD 386.72 EUR 447.15 RUB 4.86 GBP 509.40",
            "Weather in Yerevan now +6 °C today +1…+9 °C tomorrow +8 °C",
        ),
        ("tr", f"Döviz kurları (dram) {RATES}", "Erivan'da hava durumu şimdi +6 °C bugün +1…+9 °C yarın +8 °C"),
    ],
)
def test_strips_are_labelled_and_written_as_the_language_writes_numbers(client, language, rates, weather):
    make_strips()
    shown = visible(strips(client, language)).replace(NBSP, " ")
    assert shown == f"{rates} {weather}"


@pytest.mark.parametrize(
    ("language", "rates", "weather", "today"),
    [
        ("hy", "Արտարժույթների պաշտոնական", "Ցելսիուսի աստիճաններով", "նվազագույնը՝ +1 °C, առավելագույնը՝ +9 °C"),
        ("ru", "Официальные курсы валют в армянских драмах за единицу", "в градусах Цельсия", "от +1 °C до +9 °C"),
        ("en", "Official exchange rates, Armenian drams per unit", "in degrees Celsius", "from +1 °C to +9 °C"),
        ("tr", "birim başına Ermeni dramı", "santigrat derece", "en düşük +1 °C, en yüksek +9 °C"),
    ],
)
def test_each_strip_is_a_region_whose_name_says_its_unit(client, language, rates, weather, today):
    make_strips()
    html = strips(client, language).replace(NBSP, " ")
    for strip in ("rates", "weather"):
        assert f'<section class="strip strip--{strip}" aria-labelledby="strip-{strip}-label">' in html
        assert f'id="strip-{strip}-label"' in html
    hidden = re.findall(r'<span class="visually-hidden">(.*?)</span>', html)
    assert any(rates in text for text in hidden)
    assert any(weather in text for text in hidden)
    # A screen reader is told the range in words; the "…" it would read as dots is hidden from it.
    assert today in hidden
    assert '<span aria-hidden="true">+1…+9 °C</span>' in html


@pytest.mark.parametrize("language", ["hy", "ru", "en", "tr"])
def test_frost_takes_a_minus_sign_warmth_a_plus_and_zero_no_sign(client, language):
    make_strips(weather=(-3, -7, 0, 2))
    shown = visible(strips(client, language))
    assert f"\u22123{NBSP}°C" in shown
    assert f"\u22127…0{NBSP}°C" in shown
    assert f"+2{NBSP}°C" in shown
    assert "-3" not in shown and "-7" not in shown and "+0" not in shown


@pytest.mark.parametrize(
    ("language", "written"),
    [("hy", f"1{NBSP}234,50"), ("ru", f"1{NBSP}234,50"), ("en", "1,234.50"), ("tr", "1.234,50")],
)
def test_a_rate_past_a_thousand_is_grouped_as_the_language_groups_thousands(client, language, written):
    make_strips(rates={"USD": "1234.4960"})
    assert f"USD {written}" in visible(strips(client, language))


def test_rates_are_rounded_to_two_decimals_not_cut():
    with translation.override("ru"):
        assert amd("386.7250") == "386,73"
        assert amd("4.8649") == "4,86"
    with translation.override("en"):
        assert amd("4.8650") == "4.87"


def test_temperatures_are_signed_in_every_language():
    for language in ["hy", "ru", "en", "tr"]:
        with translation.override(language):
            assert [temperature(t) for t in (9, 0, -12)] == ["+9", "0", "\u221212"]
            assert celsius(-1) == f"\u22121{NBSP}°C"


def test_a_fractional_temperature_is_shown_in_whole_degrees_rounded_not_cut():
    # The strip shows whole degrees; 9.4 °C from a provider is +9, 9.6 is +10, never "9.4" with a point.
    for language in ["hy", "ru", "en", "tr"]:
        with translation.override(language):
            assert [temperature(t) for t in (9.4, 9.6, -3.6, -0.4, 0.5)] == ["+9", "+10", "\u22124", "0", "+1"]


@pytest.mark.parametrize(
    ("language", "dated"),
    [("hy", "30.11-ի դրությամբ"), ("ru", "на 30.11"), ("en", "as of 30.11"), ("tr", "30.11 itibarıyla")],
)
def test_figures_a_day_old_are_shown_with_their_date(client, language, dated):
    now = timezone.localtime()
    yesterday = now - timedelta(days=1)
    make_strips(day=yesterday.date(), confirmed=yesterday)
    html = strips(client, language)
    shown = visible(html)
    written = dated.replace("30.11", yesterday.strftime("%d.%m"))
    assert shown.count(written) == 2  # the rates and the weather
    assert f'<time datetime="{yesterday.date().isoformat()}">' in html


@pytest.mark.parametrize(
    ("language", "dated"),
    [("hy", "ժամը 09:30-ի դրությամբ"), ("ru", "на 09:30"), ("en", "as of 09:30"), ("tr", "saat 09:30 itibarıyla")],
)
def test_todays_figures_hours_old_are_shown_with_their_time(language, dated):
    day = timezone.localdate()
    confirmed = timezone.make_aware(datetime.combine(day, time(9, 30)))
    make_strips(day=day, confirmed=confirmed)
    now = confirmed + timedelta(hours=5)  # the same afternoon
    context = {"rates": selectors.rates_strip(now=now), "weather": selectors.weather_strip(now=now)}
    with translation.override(language):
        shown = visible(render_to_string("includes/strips.html", context))
    assert shown.count(dated) == 2


def test_fresh_figures_carry_no_date(client, settings):
    now = timezone.now()
    make_strips(confirmed=now - timedelta(hours=settings.STRIPS_DATED_AFTER_HOURS) + timedelta(minutes=5))
    assert "as of" not in strips(client, "en") and "<time" not in strips(client, "en")


def test_a_weather_report_of_yesterday_is_dated_even_when_just_fetched(client):
    yesterday = timezone.localdate() - timedelta(days=1)
    make_strips(rates={}, day=yesterday)  # confirmed a moment ago, yet its "today" was yesterday
    assert f"as of {yesterday:%d.%m}" in visible(strips(client, "en"))


@pytest.mark.parametrize("language", ["hy", "ru", "en", "tr"])
def test_figures_older_than_two_days_are_not_shown(client, language):
    old = timezone.now() - timedelta(hours=49)
    make_strips(day=timezone.localdate(old), confirmed=old)
    html = client.get(f"/{language}/").content.decode()
    assert 'class="strips"' not in html
    assert "USD" not in html and "°C" not in html


def test_a_stale_strip_goes_while_the_fresh_one_stays(client):
    old = timezone.now() - timedelta(hours=49)
    make_strips(weather=None, day=timezone.localdate(old), confirmed=old)
    make_strips(rates={})
    shown = visible(strips(client, "en"))
    assert "USD" not in shown and "Exchange rates" not in shown
    assert shown.startswith("Weather in Yerevan now +6")


def test_the_bounds_are_settings(client, settings):
    settings.STRIPS_HIDDEN_AFTER_HOURS = 2
    make_strips(confirmed=timezone.now() - timedelta(hours=3))
    assert strips(client, "en") == ""
    settings.STRIPS_HIDDEN_AFTER_HOURS, settings.STRIPS_DATED_AFTER_HOURS = 48, 0.5
    pages.clear()
    assert visible(strips(client, "en")).count("as of") == 2


def test_a_translated_as_of_cannot_add_markup(client, monkeypatch):
    from widgets.templatetags import widget_tags

    monkeypatch.setattr(widget_tags, "gettext", lambda text: "<b>" + text + "</b>")
    yesterday = timezone.localtime() - timedelta(days=1)
    make_strips(day=yesterday.date(), confirmed=yesterday)
    html = strips(client, "en")
    assert "<b>" not in html and "&lt;b&gt;as of" in html


def test_a_successful_update_confirms_unchanged_figures_and_drops_their_date(client, monkeypatch):
    monkeypatch.setattr(providers, "fetch", lambda *a, **k: pytest.fail("the fixture source went to the network"))
    make_strips(confirmed=timezone.now() - timedelta(hours=10))  # the fixture's own figures, dated today
    assert visible(strips(client, "en")).count("as of") == 2
    call_command("update_widgets", "--source", "fixture", stdout=StringIO())
    pages.clear()
    assert "as of" not in visible(strips(client, "en"))
