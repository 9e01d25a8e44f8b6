"""The page a login that django-axes refused gets instead of the admin's."""

from math import ceil

from axes.helpers import get_client_username, get_cool_off
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def lockout_response(request, original_response=None, credentials=None):
    """
    The admin's login page for a login that axes refused (429): it says the
    account is locked from this address for the cool-off and who can unlock it
    sooner, and still offers the form, for another account.
    """
    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "title": _("Log in"),
        "subtitle": None,
        "app_path": request.get_full_path(),
        "form": AdminAuthenticationForm(request),
        # The login view checks where `next` leads when the form comes back.
        REDIRECT_FIELD_NAME: request.POST.get(REDIRECT_FIELD_NAME)
        or request.GET.get(REDIRECT_FIELD_NAME)
        or reverse("admin:index"),
        "username": request.user.get_username(),
        "locked_username": get_client_username(request, credentials) or "",
        "minutes": ceil(cool_off.total_seconds() / 60),
    }
    response = render(request, "admin/login_locked.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
    response["Retry-After"] = str(ceil(cool_off.total_seconds()))
    return response
