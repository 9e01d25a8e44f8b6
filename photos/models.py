from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Rendition(models.Model):
    """
    One size and format of a stored photo, made once when the photo is saved
    (services.renditions_make) and only read on a reader's request.

    Keyed by the photo's storage name rather than by a photo row, so that a
    cover and a section photo, and the published copy of either, share them.
    The spec "original" makes no file: it records the photo's own size, so
    that even a photo without renditions gets a `width` and `height`.
    """

    class Format(models.TextChoices):
        WEBP = "webp", "WebP"
        JPEG = "jpeg", "JPEG"
        # The format of an "original" row, which is the uploaded file's own.
        PNG = "png", "PNG"
        GIF = "gif", "GIF"

    source = models.CharField(_("photo"), max_length=255, db_index=True)
    spec = models.CharField(_("size"), max_length=20)
    format = models.CharField(_("format"), max_length=4, choices=Format.choices)
    file = models.FileField(_("file"), upload_to="renditions/", max_length=255, blank=True)
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    # The focal point a cropped rendition was cut around, in percent; empty when it is not cropped.
    focal_x = models.PositiveSmallIntegerField(_("focal point, across (%)"), null=True, blank=True)
    focal_y = models.PositiveSmallIntegerField(_("focal point, down (%)"), null=True, blank=True)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)

    class Meta:
        verbose_name = _("rendition")
        verbose_name_plural = _("renditions")
        ordering = ["source", "spec", "format"]
        constraints = [
            models.UniqueConstraint(fields=["source", "spec", "format"], name="rendition_one_per_spec_and_format"),
            models.CheckConstraint(condition=Q(width__gt=0, height__gt=0), name="rendition_has_size"),
        ]

    def __str__(self):
        return f"{self.source} [{self.spec}, {self.format}] {self.width}×{self.height}"

    @property
    def url(self) -> str:
        """Where a browser fetches it: its own file, or the photo itself for the "original" row."""
        return self.file.url if self.file else self.file.storage.url(self.source)
