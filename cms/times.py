"""How the newsroom writes a time: "12:30, 02.12.2026", in its time zone, in every language; and names that zone."""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext


def when(moment: datetime) -> str:
    """`moment` as the newsroom reads it: "12:30, 02.12.2026", in settings.TIME_ZONE."""
    return date_format(timezone.localtime(moment), "H:i, d.m.Y")


def zone_note() -> str:
    """What the admin's forms say once about their times: "Times are Yerevan time (UTC+4)."."""
    offset = timezone.localtime().utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign, minutes = ("+" if minutes >= 0 else "−"), abs(minutes)
    utc = f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    if settings.TIME_ZONE == "Asia/Yerevan":
        return gettext("Times are Yerevan time (%(utc)s).") % {"utc": utc}
    return gettext("Times are in the %(zone)s time zone (%(utc)s).") % {"zone": settings.TIME_ZONE, "utc": utc}
