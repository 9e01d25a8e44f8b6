"""
Who wrote an article: its byline, the contributors in the order they were entered.

A contributor is a staff user of the newsroom (linked to their account) or
a named person without one, a guest writer. Their name is written per
language, each in its own letters: Armenian in `hy`, Cyrillic in `ru`,
Latin in `en` and `tr`. The byline readers see is part of the published
text (texts.EditionText.byline): a change reaches them when that language
is published again.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, gettext, pgettext
from django.utils.translation import gettext_lazy as _

from cms.people import display_name
from cms.text import CleanCharField

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# A language without the name borrows it from one written in the same letters
# first: a Turkish page reads "Anna Petrosyan" better than "Աննա Պետրոսյան".
SAME_LETTERS = {"en": ("tr",), "tr": ("en",)}


def fallback_order(language: str, source: str | None = None) -> list[str]:
    """The languages whose name stands in for `language`: itself, the same letters, `source`, then the rest."""
    order = [language, *SAME_LETTERS.get(language, ()), *([source] if source else []), *LANGUAGE_CODES]
    return list(dict.fromkeys(code for code in order if code in LANGUAGE_CODES))


class Contributor(models.Model):
    """A person who writes for the newsroom: a staff user, or a named person without an account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contributor",
        limit_choices_to={"is_staff": True},
        verbose_name=_("staff user"),
        help_text=_("Their account, for a member of the newsroom; empty for a guest writer."),
    )
    # Translated through modeltranslation (see translation.py).
    name = CleanCharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("As readers of each language write it: Armenian letters in Armenian, Cyrillic in Russian."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name_in(get_language() or settings.LANGUAGE_CODE)

    def name_in(self, language: str, source: str | None = None) -> str:
        """The name in `language`, else in the nearest language that has it (fallback_order), else the login's."""
        for code in fallback_order(language, source):
            name = getattr(self, f"name_{code}", "")
            if name:
                return name
        if self.user_id:
            return display_name(self.user)
        return _("Contributor %(id)s") % {"id": self.pk}


class Byline(models.Model):
    """One contributor of an article, at their place in its byline."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="bylines", verbose_name=_("article")
    )
    # Kept from deletion while they sign an article: the admin names those articles instead.
    contributor = models.ForeignKey(
        Contributor, on_delete=models.PROTECT, related_name="bylines", verbose_name=_("contributor")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "contributor"], name="byline_contributor_once"),
        ]

    def __str__(self):
        # As a contributor's delete page lists what signs them: who, and which article.
        return f"{self.contributor} — {self.article}"


def article_bylines(article) -> list[Byline]:
    """The bylines of `article` in order, with their contributors: prefetched ones if they are, else read now."""
    cached = getattr(article, "_prefetched_objects_cache", {}).get("bylines")
    if cached is not None:
        return list(cached)
    if article.pk is None:
        return []
    return list(article.bylines.select_related("contributor__user"))


def byline_names(bylines, language: str, source: str | None = None) -> tuple[str, ...]:
    """The names of `bylines` (with their contributors) in `language`, in their order."""
    return tuple(byline.contributor.name_in(language, source) for byline in bylines)


def joined(names) -> str:
    """`names` as one phrase of the active language: "A", "A and B", "A, B and C"."""
    names = [str(name) for name in names if name]
    if len(names) < 2:
        return "".join(names)
    return gettext("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


def signed(names) -> str:
    """The byline under a title in the active language: "By A and B"; empty without names."""
    names = [name for name in names if name]
    if not names:
        return ""
    if len(names) == 1:
        return pgettext("byline of one author", "By %(names)s") % {"names": names[0]}
    return pgettext("byline of several authors", "By %(names)s") % {"names": joined(names)}
