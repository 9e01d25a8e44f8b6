from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class LocaleEntry(models.Model):
    """
    A translator's edit of one interface string in one language, kept in the
    database (live on every worker) until `export_locale` writes it into
    locale/<language>/LC_MESSAGES/django.po.
    """

    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    msgctxt = models.CharField(_("context"), max_length=200, blank=True)
    msgid = models.TextField(_("source"))
    msgid_plural = models.TextField(_("source, plural"), blank=True)
    # One string, or one per plural form of the language.
    forms = models.JSONField(_("translation"))
    # Raised on every save: a form sent with an older version is refused.
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )

    class Meta:
        verbose_name = _("interface translation")
        verbose_name_plural = _("interface translations")
        constraints = [
            models.UniqueConstraint(fields=["language", "msgctxt", "msgid"], name="locale_entry_once"),
            models.CheckConstraint(condition=Q(language__in=LANGUAGE_CODES), name="locale_entry_language_known"),
        ]

    def __str__(self):
        return f"[{self.language}] {self.msgid[:60]}"


class LocaleEdit(models.Model):
    """Who changed which interface string, when, from what to what."""

    entry = models.ForeignKey(LocaleEntry, on_delete=models.CASCADE, related_name="edits", verbose_name=_("entry"))
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"))
    source = models.CharField(_("how"), max_length=20, default="admin")
    edited_at = models.DateTimeField(_("edited"), auto_now_add=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("edited by"),
    )

    class Meta:
        verbose_name = _("interface translation change")
        verbose_name_plural = _("interface translation changes")
        ordering = ["-edited_at", "-pk"]

    def __str__(self):
        return f"{self.entry} @ {self.edited_at:%Y-%m-%d %H:%M}"


class CatalogVersion(models.Model):
    """One row: raised on every saved edit, so each worker knows to reload its catalogs."""

    version = models.PositiveBigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("catalog version")
        verbose_name_plural = _("catalog versions")
        constraints = [models.CheckConstraint(condition=Q(pk=1), name="catalog_version_single_row")]

    def __str__(self):
        return str(self.version)
