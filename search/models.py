from django.db import models
from django.utils.translation import gettext_lazy as _

from articles.models import Edition


class SearchDocument(models.Model):
    """
    The published text of one edition as search finds it: plain text (markup
    taken out), written when the edition is published and deleted when it is
    unpublished (search/services.py). Whether it is live is asked of the
    edition at search time, so a scheduled edition is found from its time on.

    Each database adds what it searches to it (search/migrations/0001_initial.py):
    PostgreSQL a weighted tsvector column with a GIN index, SQLite an FTS5
    table of Snowball stems kept in step by a trigger.
    """

    edition = models.OneToOneField(
        Edition,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
        verbose_name=_("edition"),
    )
    title = models.TextField(_("title"))
    lead = models.TextField(_("lead"), blank=True)
    body = models.TextField(_("text"), blank=True)
    indexed_at = models.DateTimeField(_("indexed"))

    class Meta:
        db_table = "search_document"
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title
