"""Configurations of other people's apps, where the site needs its own."""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _


class LoginThrottleConfig(AxesAppConfig):
    """django-axes, under a name the admin shows in the user's language."""

    verbose_name = _("Login throttling")
