from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from reversion.models import Revision

from articles.models import LANGUAGE_NAMES, Article


class RevisionInfo(models.Model):
    """
    What one revision of an article was: a save, a publication or a restore,
    and the languages whose text it changed (or published).

    Added to django-reversion's Revision through `add_meta` (editorial.revisions),
    so that the history reads it with one join instead of opening every version.
    """

    class Kind(models.TextChoices):
        SAVED = "saved", pgettext_lazy("revision", "saved")
        PUBLISHED = "published", pgettext_lazy("revision", "published")
        RESTORED = "restored", pgettext_lazy("revision", "restored")

    revision = models.OneToOneField(Revision, on_delete=models.CASCADE, related_name="info", verbose_name=_("revision"))
    # Kept when the article is deleted, like the activity log.
    article = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="revision_infos",
        verbose_name=_("article"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.SAVED)
    # Language codes in the site's order.
    languages = models.JSONField(_("languages"), default=list, blank=True)

    class Meta:
        verbose_name = _("revision details")
        verbose_name_plural = _("revision details")
        indexes = [models.Index(fields=["article", "revision"], name="revision_info_article_idx")]

    def __str__(self):
        return f"{self.article_id} {self.get_kind_display()} {' '.join(self.languages)}"

    @property
    def language_names(self) -> list[str]:
        return [str(LANGUAGE_NAMES.get(code, code)) for code in self.languages]
