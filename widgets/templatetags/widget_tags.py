"""Figures of the header strips, written as the page's language writes numbers."""

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import date_format, number_format
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

MINUS = "\u2212"  # a true minus sign: a hyphen is shorter than the plus beside it, and may break a line
DEGREES = "\u00a0°C"  # a non-breaking space, so a line never ends between the figure and its unit


@register.filter
def amd(value):
    """A rate with two decimals, as the language writes it: 386,72 in hy, ru and tr, 386.72 in en, 1 234,50 grouped."""
    if value is None:
        return ""
    # number_format cuts digits it does not show; the rate is rounded first.
    rounded = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return number_format(rounded, decimal_pos=2, use_l10n=True, force_grouping=True)


@register.filter
def temperature(value):
    """A whole temperature with its sign, as newspapers print it: +9, 0, −3 (a minus sign, not a hyphen)."""
    if value is None:
        return ""
    # Whole degrees, half away from zero as weather services round: int() would cut 9.6 to 9.
    value = int(Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    figure = number_format(abs(value), use_l10n=True, force_grouping=True)
    return f"+{figure}" if value > 0 else f"{MINUS}{figure}" if value < 0 else figure


@register.filter
def celsius(value):
    """A temperature with its sign and unit: +24 °C, 0 °C, −3 °C."""
    if value is None:
        return ""
    return f"{temperature(value)}{DEGREES}"


@register.filter
def as_of(value):
    """ "as of 28.11" for figures of an earlier day, "as of 09:30" for today's, in a <time> element."""
    if value is None:
        return ""
    if value.day is not None:
        text, shown = gettext("as of %(date)s"), date_format(value.day, "d.m")
        machine = value.day.isoformat()
        key = "date"
    else:
        text, shown = gettext("as of %(time)s"), date_format(value.moment, "H:i")
        machine = value.moment.isoformat(timespec="minutes")
        key = "time"
    moment = format_html('<time datetime="{}">{}</time>', machine, shown)
    # The entry is escaped as text (translators edit it in the browser); only the <time> element is markup.
    return mark_safe(str(escape(text)) % {key: moment})  # noqa: S308
