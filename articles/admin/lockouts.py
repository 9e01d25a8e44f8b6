"""
Login lockouts: the access attempts django-axes keeps, who is locked out from
which address and until when, with an Unlock action; and the page a locked
login gets instead of the admin's.
"""

from math import ceil

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext

from cms.admin_titles import SentenceTitlesMixin, Titles

# django-axes has no Armenian catalog: the names of its model that the admin
# shows are translated in locale/ with ours, and marked here to stay there.
AXES_MODEL_NAMES = (gettext_noop("access attempt"), gettext_noop("access attempts"))


@admin.register(AccessAttempt)
class LoginLockoutAdmin(SentenceTitlesMixin, admin.ModelAdmin):
    """Failed logins per account, address and browser; read-only, unlocked with the action."""

    list_display = ["account", "address", "failures", "last_failure", "locked_until"]
    list_display_links = ["account"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    fields = ["account", "address", "failures", "last_failure", "locked_until", "browser"]
    readonly_fields = fields
    actions = ["unlock"]
    titles = Titles(
        select_to_view=_("Select an access attempt to view"),
        view=_("View access attempt"),
        cannot_delete=_("Cannot delete the access attempt"),
    )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        # Deleting one row may leave the account locked (its other browsers'
        # rows still add up); Unlock clears the account and address together.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.display(description=_("account"), ordering="username")
    def account(self, attempt):
        return attempt.username

    @admin.display(description=_("IP address"), ordering="ip_address")
    def address(self, attempt):
        return attempt.ip_address

    @admin.display(description=_("failed logins"), ordering="failures_since_start")
    def failures(self, attempt):
        return attempt.failures_since_start

    @admin.display(description=_("last failed login"), ordering="attempt_time")
    def last_failure(self, attempt):
        return attempt.attempt_time

    @admin.display(description=_("browser"))
    def browser(self, attempt):
        return attempt.user_agent

    @admin.display(description=_("locked until"))
    def locked_until(self, attempt):
        until = attempt.attempt_time + get_cool_off()
        if attempt.failures_since_start < settings.AXES_FAILURE_LIMIT or until <= timezone.now():
            return _("not locked")
        return until

    @admin.action(description=_("Unlock the selected accounts"), permissions=["delete"])
    def unlock(self, request, queryset):
        pairs = set(queryset.values_list("username", "ip_address"))
        # Every row of each account and address goes, whatever the browser; an
        # empty name or address matches only itself (axes' reset() would widen it).
        rows = Q(pk__in=[])
        for username, address in pairs:
            rows |= Q(username=username, ip_address=address)
        AccessAttempt.objects.filter(rows).delete()
        count = len(pairs)
        self.message_user(
            request,
            ngettext(
                "%(count)d account unlocked: it can log in from that address again.",
                "%(count)d accounts unlocked: they can log in from those addresses again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


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
    # Like the login page it stands in for.
    add_never_cache_headers(response)
    return response
