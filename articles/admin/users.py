"""The languages a translator works in, on the user's own admin page."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from ..models import TranslatorLanguage


class TranslatorLanguageInline(admin.TabularInline):
    model = TranslatorLanguage
    extra = 0
    max_num = len(settings.LANGUAGES)
    verbose_name_plural = _("languages this user translates (with the Translator group)")


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class UserWithLanguagesAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, TranslatorLanguageInline]
