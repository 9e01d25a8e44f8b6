"""
An edition's text as readers get it: its title, slug, lead, SEO description, cover (with its
alt text, caption and credit), sections (with their photos) and byline in
one language, as plain values.

The same shape is built from the working text (what the admin edits) and
from an edition's published text (what readers see), so that publishing is
copying one into the other, and "changed since published" is comparing them.
"""

from dataclasses import asdict, dataclass

from django.conf import settings

from .bylines import article_bylines, byline_names


def _shown(section, language: str) -> bool:
    """
    Whether `section` is part of the text in `language`: where it has text
    there; a section of a photo alone, without text in any language, in all of them.
    """
    if getattr(section, f"heading_{language}") or getattr(section, f"body_{language}"):
        return True
    return bool(section.photo) and not any(section.has_text(code) for code, _name in settings.LANGUAGES)


@dataclass(frozen=True)
class SectionText:
    level: int
    heading: str
    body: str
    # The working section it was copied from, to match the same section across texts.
    id: int | None = None
    # Defaults, so that a text published before sections had photos still loads.
    photo: str = ""
    photo_alt: str = ""
    photo_caption: str = ""


@dataclass(frozen=True)
class EditionText:
    language: str
    title: str
    slug: str
    lead: str
    cover: str
    cover_alt: str
    sections: tuple[SectionText, ...]
    cover_caption: str = ""
    cover_credit: str = ""
    # The contributors' names in this language, in byline order.
    byline: tuple[str, ...] = ()
    # What search results and shared links show; empty: the lead (see `description`).
    seo_description: str = ""

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
            seo_description=getattr(article, f"seo_description_{language}") or "",
            cover=article.cover.name or "",
            cover_alt=getattr(article, f"cover_alt_{language}") or "",
            cover_caption=getattr(article, f"cover_caption_{language}") or "",
            cover_credit=getattr(article, f"cover_credit_{language}") or "",
            sections=tuple(
                SectionText(
                    level=section.level,
                    heading=getattr(section, f"heading_{language}") or "",
                    body=getattr(section, f"body_{language}") or "",
                    id=section.pk,
                    photo=section.photo.name or "",
                    photo_alt=getattr(section, f"photo_alt_{language}") or "",
                    photo_caption=getattr(section, f"photo_caption_{language}") or "",
                )
                for section in sections
                if _shown(section, language)
            ),
            byline=byline_names(bylines, language, article.source_language),
        )

    @property
    def description(self) -> str:
        """What search results and shared links show under the title: the SEO description, else the lead."""
        return (self.seo_description or self.lead).strip()

    @property
    def photo_names(self) -> list[str]:
        """The stored photos this text shows: the cover, then the sections' photos."""
        return [name for name in [self.cover, *(section.photo for section in self.sections)] if name]

    @classmethod
    def from_edition(cls, edition) -> "EditionText":
        """The published text of `edition`."""
        return cls(
            language=edition.language,
            title=edition.title,
            slug=edition.slug,
            lead=edition.lead,
            seo_description=edition.seo_description,
            cover=edition.cover,
            cover_alt=edition.cover_alt,
            cover_caption=edition.cover_caption,
            cover_credit=edition.cover_credit,
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
            "seo_description": self.seo_description,
            "cover": self.cover,
            "cover_alt": self.cover_alt,
            "cover_caption": self.cover_caption,
            "cover_credit": self.cover_credit,
            "sections": [asdict(section) for section in self.sections],
            "byline": list(self.byline),
        }
