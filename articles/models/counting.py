"""The day-by-day counts, and what counting keeps to count each client once."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .editions import Edition


class DailyCount(models.Model):
    """Views and shares of one language edition on one day (Asia/Yerevan), for trends."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="daily_counts", verbose_name=_("edition")
    )
    day = models.DateField(_("day"))
    views = models.PositiveBigIntegerField(_("views"), default=0)
    shares = models.PositiveBigIntegerField(_("shares"), default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "day"], name="daily_count_one_per_day"),
        ]
        indexes = [models.Index(fields=["day", "edition"], name="daily_count_day_idx")]

    def __str__(self):
        return f"{self.edition} {self.day}: {self.views} | {self.shares}"


class SeenClient(models.Model):
    """
    A client already counted for one edition (and network) until `expires_at`.

    The deduplication window when no Redis is configured: a primary key per
    client and target, so that an insert decides atomically, in every process
    and on every host, whether this is the first time.

    Written on every counted view, so it is kept lean: no index on
    `expires_at` (only the periodic prune reads by it, and a scan of half an
    hour's clients is cheap), and on SQLite a WITHOUT ROWID table, one b-tree
    instead of a table and its primary key's index (migration 0009).
    """

    digest = models.CharField(_("digest"), max_length=64, primary_key=True)
    expires_at = models.DateTimeField(_("expires"))

    class Meta:
        verbose_name = _("counted client")
        verbose_name_plural = _("counted clients")

    def __str__(self):
        return self.digest


class FlushedBatch(models.Model):
    """A batch of counts moved from Redis into the database: recorded so that no batch is applied twice."""

    key = models.CharField(_("batch"), max_length=100, unique=True)
    flushed_at = models.DateTimeField(_("flushed"), auto_now_add=True)

    class Meta:
        verbose_name = _("flushed batch")
        verbose_name_plural = _("flushed batches")

    def __str__(self):
        return self.key
