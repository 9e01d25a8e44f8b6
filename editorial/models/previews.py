import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from articles.models import LANGUAGE_CODES, Article

# Salted so that no other signed value of the site (a session, a form) can pass for a link.
TOKEN_SALT = "editorial.preview-link"  # noqa: S105 - a salt, public by design


def _signer() -> signing.Signer:
    return signing.Signer(salt=TOKEN_SALT)


def new_key() -> str:
    """A fresh random key for a link (kept by name: migrations refer to it)."""
    return secrets.token_urlsafe(12)


class PreviewLinkQuerySet(models.QuerySet):
    def active(self, *, at=None):
        """Links that open their preview at `at` (default: now): not revoked, not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=at or timezone.now())


class PreviewLink(models.Model):
    """
    A link to one language's working text, for someone without an account.

    The link's token is the row's id and key, signed (django.core.signing):
    a token that was altered is refused before the database is asked; the
    row decides whether a genuine one still works (expiry, revocation). The
    key, random per row, keeps a token from opening another row that gets
    the same id later (a database restored from a backup).
    """

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="preview_links", verbose_name=_("article")
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    key = models.CharField(_("key"), max_length=32, default=new_key, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("made by"),
    )
    created_at = models.DateTimeField(_("made"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["article", "-created_at"], name="preview_link_article_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(language__in=LANGUAGE_CODES), name="preview_link_language_known"),
            models.CheckConstraint(condition=Q(expires_at__gt=F("created_at")), name="preview_link_expires_after_made"),
            # Whoever revoked it may be deleted later; a revoker without a time never.
            models.CheckConstraint(
                condition=Q(revoked_by__isnull=True) | Q(revoked_at__isnull=False),
                name="preview_link_revoked_has_time",
            ),
        ]

    def __str__(self):
        return f"{self.article} [{self.language}] → {self.expires_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        """The preview's address on this site, in the link's language."""
        with override(self.language):
            return reverse("editorial:preview", kwargs={"token": self.token})

    @property
    def token(self) -> str:
        return _signer().sign(f"{self.pk}.{self.key}")

    @staticmethod
    def unsign(token: str) -> tuple[int, str] | None:
        """The id and key a genuine token names; None for one that was altered or made up."""
        try:
            value = _signer().unsign(token)
        except signing.BadSignature:
            return None
        pk, _sep, key = value.partition(".")
        if not (pk.isascii() and pk.isdigit() and len(pk) <= 18 and key):
            return None
        return int(pk), key

    def opens_with(self, key: str) -> bool:
        return constant_time_compare(self.key, key)

    def state(self, at=None) -> str:
        """'active', 'expired' or 'revoked'."""
        if self.revoked_at is not None:
            return "revoked"
        return "active" if self.expires_at > (at or timezone.now()) else "expired"

    def is_active(self, at=None) -> bool:
        return self.state(at) == "active"
