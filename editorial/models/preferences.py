from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.models import LANGUAGE_CODES


class StaffPreference(models.Model):
    """
    A staff user's own settings for the admin: the language its pages are in.

    No row, or an empty language, is the language the browser asks for; never
    the edition the person last opened as a reader.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_preference",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("admin language"),
        max_length=5,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language of the admin pages for this person. Empty: the language their browser asks for."),
    )

    class Meta:
        verbose_name = _("admin language")
        verbose_name_plural = _("admin languages")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=["", *LANGUAGE_CODES]), name="staffpreference_language_known"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} [{self.language or '-'}]"
