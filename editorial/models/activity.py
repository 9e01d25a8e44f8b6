from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from articles.models import Article


class Activity(models.Model):
    """
    One thing done to an article in the newsroom: who, when, which language.

    Kept when the article or the user is deleted: the title and the name are
    written down with the row, so the log still reads.
    """

    class Action(models.TextChoices):
        PUBLISH = "publish", pgettext_lazy("activity", "published")
        SCHEDULE = "schedule", pgettext_lazy("activity", "scheduled")
        UNPUBLISH = "unpublish", pgettext_lazy("activity", "unpublished")
        RESTORE = "restore", pgettext_lazy("activity", "restored a revision")
        SUBMIT = "submit", pgettext_lazy("activity", "submitted for review")
        APPROVE = "approve", pgettext_lazy("activity", "approved")
        SEND_BACK = "send_back", pgettext_lazy("activity", "sent back")
        WITHDRAW = "withdraw", pgettext_lazy("activity", "withdrew from review")
        PREVIEW_MADE = "preview_made", pgettext_lazy("activity", "made a preview link")
        PREVIEW_REVOKED = "preview_revoked", pgettext_lazy("activity", "revoked a preview link")
        DELETE = "delete", pgettext_lazy("activity", "deleted")

    at = models.DateTimeField(_("time"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("person"),
    )
    user_name = models.CharField(_("person's name"), max_length=150, blank=True)
    article = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("article"),
    )
    article_title = models.CharField(_("article's title"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    # What the action was about: a comment sent back, the time scheduled for, a link's expiry.
    detail = models.CharField(_("detail"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activity")
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["-at", "-id"], name="activity_newest_idx"),
            models.Index(fields=["article", "-at"], name="activity_article_idx"),
            models.Index(fields=["user", "-at"], name="activity_user_idx"),
            # The newest deletion is read whenever a worker checks its cached list pages (articles.selectors).
            models.Index(fields=["action", "id"], name="activity_action_idx"),
        ]

    def __str__(self):
        return f"{self.user_name or '—'} {self.get_action_display()} {self.article_title} [{self.language}]"
