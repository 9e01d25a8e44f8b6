"""The site's own texts, and the languages each translator may edit."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.text import CleanCharField

from .articles import LANGUAGE_CODES


class SiteSettings(models.Model):
    """Site-wide texts the press secretary edits in the admin; one row."""

    press_contact = CleanCharField(
        _("press secretary contact"),
        max_length=300,
        blank=True,
        help_text=_("Shown in the footer of every page, e.g. name, e-mail and phone."),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="site_settings_single_row"),
        ]

    def __str__(self):
        return str(_("Site settings"))

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls) -> "SiteSettings":
        obj, _created = cls.objects.get_or_create(pk=1)
        return obj


class TranslatorLanguage(models.Model):
    """A language a translator may edit: a translator of Turkish edits Turkish only."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="translator_languages",
        verbose_name=_("user"),
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("translator language")
        verbose_name_plural = _("translator languages")
        constraints = [
            models.UniqueConstraint(fields=["user", "language"], name="translator_language_once"),
            models.CheckConstraint(condition=Q(language__in=LANGUAGE_CODES), name="translator_language_known"),
        ]

    def __str__(self):
        return f"{self.user} → {self.language}"
