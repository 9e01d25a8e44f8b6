"""Site-wide settings: one row, edited in place."""

from django.contrib import admin
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from cms.admin_titles import SentenceTitlesMixin, Titles

from ..models import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(SentenceTitlesMixin, TabbedTranslationAdmin):
    # One row, no list and no deleting: the form's titles only.
    titles = Titles(
        add=_("Add the site settings"),
        change=_("Change site settings"),
        view=_("View site settings"),
    )
    fields = ["press_contact"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        # One row only: go straight to it.
        settings_row, _created = SiteSettings.objects.get_or_create(pk=1)
        return redirect("admin:articles_sitesettings_change", settings_row.pk)
