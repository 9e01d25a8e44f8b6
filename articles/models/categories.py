"""The newsroom's categories (politics, economy, sport…): each article is in one."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from cms.text import CleanCharField

from ..slugs import slug_from_title

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class Category(models.Model):
    """A category of articles, named in each language, with its own address in each (its slug)."""

    # Translated through modeltranslation (see translation.py).
    name = CleanCharField(_("name"), max_length=100, blank=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("Part of the category's address, in Latin letters; filled from the name when left empty."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Categories are listed in this order, lowest first.")
    )
    # The category pages and the navigation are cached: a rename must be seen (selectors.content_version).
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["position", "pk"]
        # One address per category and language; an empty slug (no name in that language) is no address.
        constraints = [
            models.UniqueConstraint(
                fields=[f"slug_{code}"],
                condition=models.Q(**{f"slug_{code}__gt": ""}),
                name=f"category_slug_{code}_unique",
            )
            for code in LANGUAGE_CODES
        ]

    def __str__(self):
        # In the language being shown (the admin's filters and pickers list categories by it), else the first named.
        for language in [get_language(), *LANGUAGE_CODES]:
            name = getattr(self, f"name_{language}", "")
            if name:
                return name
        return _("Category %(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        # Each language's slug is derived once from its name, as an article's is from its title.
        for language in LANGUAGE_CODES:
            name = getattr(self, f"name_{language}", "")
            if name and not getattr(self, f"slug_{language}", ""):
                setattr(self, f"slug_{language}", slug_from_title(name))
        super().save(*args, **kwargs)

    def get_absolute_url(self, language: str | None = None):
        """The category page in `language` (default: the active one)."""
        if language is None:
            return reverse("articles:category", kwargs={"slug": self.slug or "-"})
        with override(language):
            return reverse("articles:category", kwargs={"slug": getattr(self, f"slug_{language}", "") or "-"})

    def has_name(self, language: str) -> bool:
        return bool(getattr(self, f"name_{language}", ""))
