from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import LANGUAGE_CODES, Article
from cms.people import display_name
from cms.text import CleanTextField


def _person(user) -> str:
    return display_name(user) if user is not None else "—"


class ReviewRequest(models.Model):
    """
    A language edition of an article submitted for review by someone who may
    not publish it: it waits until a press secretary approves it (which
    publishes it) or sends it back with a comment, or its author withdraws it.
    """

    class State(models.TextChoices):
        WAITING = "waiting", _("waiting for review")
        APPROVED = "approved", _("approved")
        SENT_BACK = "sent_back", _("sent back")
        WITHDRAWN = "withdrawn", _("withdrawn")

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="review_requests", verbose_name=_("article")
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.WAITING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    # What the press secretary asks to be changed, when sending it back.
    comment = CleanTextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("submission for review")
        verbose_name_plural = _("submissions for review")
        ordering = ["-submitted_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "language"],
                condition=Q(state="waiting"),
                name="review_one_waiting_per_language",
            ),
            models.CheckConstraint(condition=Q(language__in=LANGUAGE_CODES), name="review_language_known"),
            models.CheckConstraint(
                condition=Q(state="waiting") | Q(decided_at__isnull=False),
                name="review_decided_has_time",
            ),
        ]
        indexes = [
            # The waiting list, oldest first.
            models.Index(fields=["submitted_at"], condition=Q(state="waiting"), name="review_waiting_idx"),
            # A person's own submissions, newest first.
            models.Index(fields=["submitted_by", "-submitted_at"], name="review_submitter_idx"),
            models.Index(fields=["article", "language", "-submitted_at"], name="review_article_idx"),
        ]

    def __str__(self):
        return f"{self.article_id} [{self.language}] {self.get_state_display()}"

    @property
    def submitter_name(self) -> str:
        return _person(self.submitted_by)

    @property
    def decider_name(self) -> str:
        return _person(self.decided_by)

    @property
    def waiting(self) -> bool:
        return self.state == self.State.WAITING

    @property
    def sent_back(self) -> bool:
        return self.state == self.State.SENT_BACK
