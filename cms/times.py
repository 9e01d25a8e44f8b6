"""How the newsroom writes a time: "12:30, 02.12.2026", in its time zone, the same in every language."""

from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format


def when(moment: datetime) -> str:
    """`moment` as the newsroom reads it: "12:30, 02.12.2026", in settings.TIME_ZONE."""
    return date_format(timezone.localtime(moment), "H:i, d.m.Y")
