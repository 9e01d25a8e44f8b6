"""The article, its working text in every language, and its sections."""

import re

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from cms.text import CleanCharField, CleanTextField

from ..slugs import slug_from_title

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Each language by its full name, translated into the language of the page
# ("Armenian", "Армянский", "Ermenice"): the name for admin columns, filters,
# feeds and messages. The switcher alone uses settings.LANGUAGE_LABELS.
LANGUAGE_NAMES = dict(settings.LANGUAGES)
# A section without a heading is named by its first words (Section.__str__), read without the body's markup.
SECTION_LABEL_WORDS = 8
MARKUP_MARKS = re.compile(r"\]\([^)]*\)|[*_>`\[\]]|^\s*(?:[-•]|\d+[.)])\s", re.MULTILINE)


def has_text(language: str, field: str = "title") -> Q:
    """Articles with text in `language`: modeltranslation leaves a missing translation NULL or empty."""
    return Q(**{f"{field}_{language}__isnull": False}) & ~Q(**{f"{field}_{language}": ""})


class ArticleQuerySet(models.QuerySet):
    def live_anywhere(self, *, at=None):
        """Articles with at least one live edition, in any language."""
        from .editions import Edition  # editions.py reads Article

        at = at or timezone.now()
        return self.filter(
            editions__status=Edition.Status.PUBLISHED,
            editions__published_at__lte=at,
        ).distinct()


class Article(models.Model):
    """A news article; its text is translated, its editions are published per language."""

    # Translated through modeltranslation (see translation.py).
    title = CleanCharField(_("title"), max_length=200, blank=True)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        blank=True,
        help_text=_(
            "Part of the address, in Latin letters; filled from the title when left empty. "
            "Once the edition is published, its address keeps this slug until you change it here and publish."
        ),
    )
    lead = CleanTextField(_("lead"), blank=True, help_text=_("One or two sentences under the title."))
    # What search results and shared links show under the title (articles/seo.py); the lead when empty.
    seo_description = CleanTextField(
        _("SEO description"),
        blank=True,
        help_text=_(
            "What search engines and shared links show under the title, in one or two sentences "
            "of about 150 characters; the lead when left empty."
        ),
    )
    cover = models.ImageField(
        _("cover image"),
        upload_to="covers/%Y/%m/",
        blank=True,
        # Checked when uploaded (forms.CoverImageField), not on every save:
        # a stored file may be absent on this host.
        help_text=_("JPEG, PNG, WebP or GIF, at most 5 MB."),
    )
    cover_alt = CleanCharField(
        _("cover description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_("What the cover shows, for readers who cannot see it; one per language."),
    )
    cover_caption = CleanCharField(
        _("cover caption"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the cover; one per language."),
    )
    cover_credit = CleanCharField(
        _("cover credit"),
        max_length=200,
        blank=True,
        help_text=_("Who took the photo or owns it, e.g. a photographer or an agency; shown as “Photo: …”."),
    )
    # Where the subject is, in percent of the width and height: list
    # thumbnails and social previews are cropped around it.
    cover_focal_x = models.PositiveSmallIntegerField(
        _("focal point, across (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("0 is the left edge, 100 the right. Click the subject on the preview to set it."),
    )
    cover_focal_y = models.PositiveSmallIntegerField(
        _("focal point, down (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("0 is the top edge, 100 the bottom."),
    )
    # Null while the article has none: the publish checklist warns of it.
    category = models.ForeignKey(
        "articles.Category",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("category"),
    )
    source_language = models.CharField(
        _("source language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the article was written in."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Indexed: the newest change is read on every list page to validate its cache.
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)
    # Counts the saves: a form opened at one version and saved at another
    # would overwrite someone else's save (articles/conflicts.py).
    version = models.PositiveIntegerField(_("version"), default=0, editable=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("last saved by"),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-created_at"]
        permissions = [("translate_article", _("Can translate articles into the assigned languages"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(cover_focal_x__lte=100, cover_focal_y__lte=100),
                name="article_cover_focal_in_picture",
            ),
        ]

    def __str__(self):
        for language in [self.source_language, *LANGUAGE_CODES]:
            title = getattr(self, f"title_{language}", "")
            if title:
                return title
        return _("Article %(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        # The slug is derived once: filled from the title of each language that
        # has one, and kept when the title changes (the published address keeps it).
        for language in LANGUAGE_CODES:
            title = getattr(self, f"title_{language}", "")
            if title and not getattr(self, f"slug_{language}", ""):
                setattr(self, f"slug_{language}", slug_from_title(title))
        # Every save is a new version, whichever path saves (the admin, an
        # import, a restored revision): the one place it is counted.
        self.version += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)

    def get_absolute_url(self, language: str | None = None):
        """The canonical address of this article in `language` (default: the active one)."""
        if language is None:
            return reverse("articles:detail", kwargs={"pk": self.pk, "slug": self.slug or "-"})
        slug = getattr(self, f"slug_{language}", "") or "-"
        with override(language):
            return reverse("articles:detail", kwargs={"pk": self.pk, "slug": slug})

    def validate_constraints(self, exclude=None):
        # The focal point's constraint is also its fields' validators (at most
        # 100), which full_clean() checks in Python; Django would ask the
        # database for it on every save of the form.
        super().validate_constraints(exclude={*(exclude or ()), "cover_focal_x", "cover_focal_y"})

    def has_text(self, language: str) -> bool:
        return bool(getattr(self, f"title_{language}", ""))


class Section(models.Model):
    """One headed part of an article's body, in reading order."""

    class Level(models.IntegerChoices):
        H2 = 2, _("heading")
        H3 = 3, _("subheading")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sections", verbose_name=_("article"))
    position = models.PositiveIntegerField(_("position"), default=0)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices, default=Level.H2)
    # Translated through modeltranslation (see translation.py).
    heading = CleanCharField(_("heading"), max_length=300, blank=True)
    body = CleanTextField(
        _("body"),
        blank=True,
        help_text=_(
            "Paragraphs separated by a blank line; lines starting with “- ” make a list; "
            "**bold**, *italic*, [link text](https://example.com)."
        ),
    )
    photo = models.ImageField(
        _("photo"),
        upload_to="photos/%Y/%m/",
        blank=True,
        # Checked when uploaded (forms.CoverImageField), as the cover is.
        help_text=_("Shown inside the section, under its heading. JPEG, PNG, WebP or GIF, at most 5 MB."),
    )
    photo_alt = CleanCharField(
        _("photo description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_("What the photo shows, for readers who cannot see it; one per language."),
    )
    photo_caption = CleanCharField(
        _("photo caption"), max_length=300, blank=True, help_text=_("Shown under the photo; one per language.")
    )

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(level__in=[2, 3]), name="section_level_2_or_3"),
        ]

    def __str__(self):
        # The admin names each section by this: its heading in the active
        # language, else in any language, else its first words.
        headings = [self.heading, *(getattr(self, f"heading_{code}", "") for code, _name in settings.LANGUAGES)]
        heading = next((text for text in headings if text), "")
        if heading:
            return heading
        bodies = [self.body, *(getattr(self, f"body_{code}", "") for code, _name in settings.LANGUAGES)]
        body = next((text for text in bodies if text and text.strip()), "")
        if body:
            # Without the markup's marks: "**Bold** [link](https://…)" reads "Bold link".
            words = " ".join(MARKUP_MARKS.sub(" ", body).split())
            return Truncator(words).words(SECTION_LABEL_WORDS, truncate="…")
        return _("Section %(position)s (no heading)") % {"position": self.position}

    def validate_constraints(self, exclude=None):
        # Its one constraint, a level of 2 or 3, is also the field's choices,
        # which full_clean() checks in Python; Django would ask the database
        # (a savepoint and a query) for every section of a 150-section form.
        super().validate_constraints(exclude={*(exclude or ()), "level"})

    def has_text(self, language: str) -> bool:
        return bool(getattr(self, f"heading_{language}", "") or getattr(self, f"body_{language}", ""))
