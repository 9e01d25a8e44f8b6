"""
An edition's text as readers get it: its title, slug, lead, cover,
sections and byline in one language, as plain values.

The same shape is built from the working text (what the admin edits) and
from an edition's published text (what readers see), so that publishing is
copying one into the other, and "changed since published" is comparing them.
"""

from dataclasses import asdict, dataclass

from .bylines import article_bylines, byline_names


@dataclass(frozen=True)
class SectionText:
    level: int
    heading: str
    body: str
    # The working section it was copied from, to match the same section across texts.
    id: int | None = None


@dataclass(frozen=True)
class EditionText:
    language: str
    title: str
    slug: str
    lead: str
    cover: str
    cover_alt: str
    sections: tuple[SectionText, ...]
    # The contributors' names in this language, in byline order.
    byline: tuple[str, ...] = ()

    @classmethod
    def from_working(cls, article, language: str, sections=None, bylines=None) -> "EditionText":
        """
        The working text of `article` in `language`; `sections` in reading
        order and `bylines` with their contributors, else read now.
        """
        if sections is None:
            sections = article.sections.all()
        if bylines is None:
            bylines = article_bylines(article)
        return cls(
            language=language,
            title=getattr(article, f"title_{language}") or "",
            slug=getattr(article, f"slug_{language}") or "",
            lead=getattr(article, f"lead_{language}") or "",
            cover=article.cover.name or "",
            cover_alt=getattr(article, f"cover_alt_{language}") or "",
            sections=tuple(
                SectionText(
                    level=section.level,
                    heading=getattr(section, f"heading_{language}") or "",
                    body=getattr(section, f"body_{language}") or "",
                    id=section.pk,
                )
                for section in sections
                if getattr(section, f"heading_{language}") or getattr(section, f"body_{language}")
            ),
            byline=byline_names(bylines, language, article.source_language),
        )

    @classmethod
    def from_edition(cls, edition) -> "EditionText":
        """The published text of `edition`."""
        return cls(
            language=edition.language,
            title=edition.title,
            slug=edition.slug,
            lead=edition.lead,
            cover=edition.cover,
            cover_alt=edition.cover_alt,
            sections=tuple(SectionText(**section) for section in edition.sections),
            # Published before bylines were: none.
            byline=tuple(edition.byline or ()),
        )

    def edition_fields(self) -> dict:
        """The Edition fields that hold this text once it is published."""
        return {
            "title": self.title,
            "slug": self.slug,
            "lead": self.lead,
            "cover": self.cover,
            "cover_alt": self.cover_alt,
            "sections": [asdict(section) for section in self.sections],
            "byline": list(self.byline),
        }
