"""The catalogs in locale/: read with polib, written back by export_locale."""

import gettext
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polib
from django.conf import settings


@dataclass(frozen=True)
class SourceEntry:
    """One entry of a catalog file, as the repository has it."""

    key: str
    msgctxt: str
    msgid: str
    msgid_plural: str
    forms: tuple[str, ...]
    fuzzy: bool

    @property
    def translated(self) -> bool:
        return all(self.forms) and not self.fuzzy


def entry_key(msgctxt: str, msgid: str) -> str:
    """A short, stable name for an entry, for addresses."""
    return hashlib.blake2b(f"{msgctxt}\x04{msgid}".encode(), digest_size=8).hexdigest()


def catalog_path(language: str) -> Path:
    return Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"


def _forms(entry: polib.POEntry) -> tuple[str, ...]:
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
    return (entry.msgstr,)


@lru_cache(maxsize=16)
def _read(path: str, mtime: float) -> tuple[dict[str, SourceEntry], str]:
    po = polib.pofile(path)
    entries = {}
    for entry in po:
        if entry.obsolete:
            continue
        key = entry_key(entry.msgctxt or "", entry.msgid)
        entries[key] = SourceEntry(
            key=key,
            msgctxt=entry.msgctxt or "",
            msgid=entry.msgid,
            msgid_plural=entry.msgid_plural or "",
            forms=_forms(entry),
            fuzzy="fuzzy" in entry.flags,
        )
    return entries, po.metadata.get("Plural-Forms", "")


def source_entries(language: str) -> dict[str, SourceEntry]:
    """The entries of `language`'s catalog file, by key (read again when the file changes)."""
    path = catalog_path(language)
    return _read(str(path), path.stat().st_mtime)[0]


@dataclass(frozen=True)
class PluralRule:
    nplurals: int
    formula: str

    def examples(self) -> list[str]:
        """For each form, a few numbers that take it: what a translator needs to see."""
        choose = gettext.c2py(self.formula)
        found: dict[int, list[int]] = {index: [] for index in range(self.nplurals)}
        for n in range(0, 112):
            index = choose(n)
            if index in found and len(found[index]) < 4:
                found[index].append(n)
        return [", ".join(str(n) for n in found[index]) for index in range(self.nplurals)]


def plural_rule(language: str) -> PluralRule:
    """The Plural-Forms of `language`'s catalog."""
    path = catalog_path(language)
    header = _read(str(path), path.stat().st_mtime)[1]
    parts = dict(part.strip().split("=", 1) for part in header.split(";") if "=" in part)
    return PluralRule(nplurals=int(parts["nplurals"]), formula=parts["plural"].strip().rstrip(";"))
