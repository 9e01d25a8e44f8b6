"""An article in one language as readers get it, and when each language's text last changed."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from cms.text import CleanCharField, CleanTextField

from .articles import LANGUAGE_CODES, Article


class EditionQuerySet(models.QuerySet):
    def live(self, language: str, *, at=None):
        """The editions of `language` readers see at `at` (default: now), newest first."""
        at = at or timezone.now()
        return self.filter(language=language, status=Edition.Status.PUBLISHED, published_at__lte=at).order_by(
            "-published_at", "-article_id"
        )

    def scheduled(self, language: str | None = None, *, at=None):
        """
        The editions published for a time after `at` (default: now), of
        `language` or all of them, soonest first, then in the site's order of languages.
        """
        at = at or timezone.now()
        editions = self.filter(status=Edition.Status.PUBLISHED, published_at__gt=at)
        if language is not None:
            editions = editions.filter(language=language)
        order = models.Case(
            *[models.When(language=code, then=position) for position, code in enumerate(LANGUAGE_CODES)],
            output_field=models.IntegerField(),
        )
        return editions.order_by("published_at", order, "article_id")


class Edition(models.Model):
    """
    An article in one language as readers get it: its publication state, its
    published text (a copy of the working text, made when it is published:
    saving the article never changes it), and its counters.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="editions", verbose_name=_("article"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the edition; it goes live then."),
    )
    # Counters are only ever changed with UPDATE ... SET n = n + 1 (services.py).
    views = models.PositiveBigIntegerField(_("views"), default=0, editable=False)
    shares = models.PositiveBigIntegerField(_("shares"), default=0, editable=False)
    # When the state, the time or the published text last changed (counters do not touch it).
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)
    # The published text (texts.EditionText), what readers see.
    title = CleanCharField(_("published title"), max_length=200, blank=True)
    # Fixed when the edition is first published; it changes only when the
    # working slug is changed and published (links with the old one get a 301,
    # as any wrong slug: the article's id is in the address).
    slug = models.SlugField(_("published slug"), max_length=200, blank=True)
    lead = CleanTextField(_("published lead"), blank=True)
    seo_description = CleanTextField(_("published SEO description"), blank=True)
    cover = models.CharField(_("published cover"), max_length=100, blank=True)
    cover_alt = CleanCharField(_("published cover description"), max_length=300, blank=True)
    cover_caption = CleanCharField(_("published cover caption"), max_length=300, blank=True)
    cover_credit = CleanCharField(_("published cover credit"), max_length=200, blank=True)
    sections = models.JSONField(_("published sections"), default=list, blank=True)
    # The contributors' names in this language, in byline order (texts.EditionText.byline).
    byline = models.JSONField(_("published byline"), default=list, blank=True)
    text_published_at = models.DateTimeField(_("text published"), null=True, blank=True)
    # The front page of its language shows it on top until then (selectors.front_page); a pin ends with no job to run.
    pinned_until = models.DateTimeField(_("pinned until"), null=True, blank=True)
    # Every reader page of its language shows it in a band on top until then (selectors.breaking).
    breaking_until = models.DateTimeField(_("breaking news until"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    objects = EditionQuerySet.as_manager()

    class Meta:
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        ordering = ["article", "language"]
        permissions = [("publish_edition", _("Can publish and unpublish language editions"))]
        indexes = [
            # The list pages, feeds and the next scheduled time read a language's
            # live editions by time: an index range, not a scan of every edition,
            # so a page costs the same at a thousand articles as at a hundred thousand.
            models.Index(fields=["language", "status", "published_at", "article_id"], name="edition_live_by_time"),
            # The pinned and the breaking editions are a few among all: read by these, never by a scan.
            models.Index(fields=["pinned_until"], name="edition_pinned_until"),
            models.Index(fields=["breaking_until"], name="edition_breaking_until"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="edition_one_per_language"),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="edition_published_has_time",
            ),
            models.CheckConstraint(
                condition=Q(language__in=LANGUAGE_CODES),
                name="edition_language_known",
            ),
            # Readers never get an edition without its published text.
            models.CheckConstraint(
                condition=~Q(status="published") | ~Q(title=""),
                name="edition_published_has_title",
            ),
        ]

    def __str__(self):
        return f"{self.article} [{self.language}]"

    def get_absolute_url(self):
        """The edition's address, at its published slug."""
        with override(self.language):
            return reverse("articles:detail", kwargs={"pk": self.article_id, "slug": self.slug or "-"})

    def is_live(self, at=None) -> bool:
        at = at or timezone.now()
        return self.status == self.Status.PUBLISHED and self.published_at is not None and self.published_at <= at

    def is_pinned(self, at=None) -> bool:
        return self.pinned_until is not None and self.pinned_until > (at or timezone.now())

    def is_breaking(self, at=None) -> bool:
        return self.breaking_until is not None and self.breaking_until > (at or timezone.now())

    def state(self, at=None) -> str:
        """'draft', 'scheduled' or 'published', for the admin."""
        if self.status != self.Status.PUBLISHED:
            return "draft"
        return "published" if self.is_live(at) else "scheduled"


class TextRevision(models.Model):
    """When an article's text in one language last changed: tells a translation that is outdated."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="text_revisions", verbose_name=_("article")
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    changed_at = models.DateTimeField(_("text changed"))

    class Meta:
        verbose_name = _("text revision")
        verbose_name_plural = _("text revisions")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="text_revision_one_per_language"),
        ]

    def __str__(self):
        return f"{self.article_id} [{self.language}] {self.changed_at:%Y-%m-%d %H:%M}"
