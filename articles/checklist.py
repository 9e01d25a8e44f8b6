"""
What must be in an edition's text before it is published, and what should.

One function decides, and every path that publishes asks it: the change
form, the changelist actions, `import_article --publish`, and scheduling
(a scheduled edition goes live with no job to run, so it is checked when it
is scheduled). A blocker refuses publishing; a warning is shown before.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Article, TextRevision
from .texts import EditionText

# About what a search engine shows of a title, and what fits two lines of a card.
LONG_TITLE = 110
# About what a search result shows of a description before it cuts it off.
LONG_DESCRIPTION = 160


@dataclass(frozen=True)
class Checklist:
    language: str
    blockers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def may_publish(self) -> bool:
        return not self.blockers


def publish_checklist(*, article: Article, language: str, text: EditionText | None = None) -> Checklist:
    """The blockers and warnings of publishing `article` in `language` (its working text, or `text`)."""
    text = text or EditionText.from_working(article, language)
    checklist = Checklist(language=language)
    if not text.title.strip():
        checklist.blockers.append(_("There is no title in this language."))
    if not any(section.body.strip() for section in text.sections):
        checklist.blockers.append(_("No section has a body in this language."))
    if not text.lead.strip():
        checklist.warnings.append(_("There is no lead."))
    if article.category_id is None:
        checklist.warnings.append(_("The article is in no category."))
    if text.cover and not text.cover_alt.strip():
        checklist.warnings.append(_("The cover has no description (alt text) in this language."))
    undescribed = [
        number
        for number, section in enumerate(text.sections, start=1)
        if section.photo and not section.photo_alt.strip()
    ]
    if undescribed:
        checklist.warnings.append(
            ngettext(
                "The photo of section %(sections)s has no description (alt text) in this language.",
                "The photos of sections %(sections)s have no description (alt text) in this language.",
                len(undescribed),
            )
            % {"sections": ", ".join(str(number) for number in undescribed)}
        )
    if len(text.title) > LONG_TITLE:
        checklist.warnings.append(
            _("The title is %(length)d characters long; search results and cards show about %(limit)d.")
            % {"length": len(text.title), "limit": LONG_TITLE}
        )
    # A long lead standing in for it is cut on the page (articles/seo.py): only a written one is to shorten.
    if len(text.seo_description.strip()) > LONG_DESCRIPTION:
        checklist.warnings.append(
            _("The SEO description is %(length)d characters long; search results show about %(limit)d.")
            % {"length": len(text.seo_description.strip()), "limit": LONG_DESCRIPTION}
        )
    empty = [section.heading for section in text.sections if section.heading.strip() and not section.body.strip()]
    if empty:
        checklist.warnings.append(
            _("A section has a heading and no body: %(headings)s.") % {"headings": "; ".join(f"“{h}”" for h in empty)}
        )
    if language != article.source_language and _older_than_source(article, language):
        checklist.warnings.append(_("The text in the source language changed after this translation was last saved."))
    return checklist


def _older_than_source(article: Article, language: str) -> bool:
    changed = dict(
        TextRevision.objects.filter(article=article, language__in=[language, article.source_language]).values_list(
            "language", "changed_at"
        )
    )
    source, mine = changed.get(article.source_language), changed.get(language)
    return bool(source and mine and source > mine)
