"""Reads: what a page needs to show stored photos, in one query and without opening a file."""

from dataclasses import dataclass, field

from django.core.files.storage import default_storage

from .models import Rendition
from .specs import BY_NAME, JPEG, ORIGINAL, SOCIAL, THUMB, WEBP, WIDTH

# The width an <img> without srcset support fetches of the article's widths.
FALLBACK_WIDTH = 800


@dataclass(frozen=True)
class Picture:
    """A stored photo and its renditions, as rows read once: nothing here touches the file or its storage's disk."""

    name: str
    renditions: tuple[Rendition, ...] = field(default=())

    @property
    def url(self) -> str:
        return default_storage.url(self.name)

    @property
    def original(self) -> Rendition | None:
        return next((row for row in self.renditions if row.spec == ORIGINAL), None)

    def family(self, family: str, fmt: str) -> list[Rendition]:
        """The renditions of `family` in `fmt`, narrowest first."""
        rows = [
            row
            for row in self.renditions
            if row.format == fmt and row.spec in BY_NAME and BY_NAME[row.spec].family == family and row.file
        ]
        return sorted(rows, key=lambda row: row.width)

    def fallback(self, family: str) -> Rendition | None:
        """The JPEG an <img> shows where srcset is not read: the smallest thumbnail, or about 800 wide."""
        rows = self.family(family, JPEG)
        if not rows:
            return None
        if family == WIDTH:
            return min(rows, key=lambda row: abs(row.width - FALLBACK_WIDTH))
        return rows[0]

    @property
    def social(self) -> Rendition | None:
        rows = self.family(SOCIAL, JPEG)
        return rows[-1] if rows else None


def srcset(rows: list[Rendition]) -> str:
    return ", ".join(f"{row.url} {row.width}w" for row in rows)


def renditions_for(names) -> dict[str, Picture]:
    """The photos named in `names` with their renditions, read in one query (none when no name is given)."""
    wanted = {name for name in names if name}
    if not wanted:
        return {}
    found: dict[str, list[Rendition]] = {name: [] for name in wanted}
    for row in Rendition.objects.filter(source__in=wanted):
        found[row.source].append(row)
    return {name: Picture(name=name, renditions=tuple(rows)) for name, rows in found.items()}


__all__ = ["JPEG", "SOCIAL", "THUMB", "WEBP", "WIDTH", "Picture", "renditions_for", "srcset"]
