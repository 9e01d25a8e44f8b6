"""Writes: saving, importing and exporting interface translations."""

from dataclasses import dataclass

import polib
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from . import po, runtime
from .models import CatalogVersion, LocaleEdit, LocaleEntry
from .validation import validate_forms


class EditConflict(Exception):
    """Someone saved the entry after this form was loaded."""

    def __init__(self, entry: LocaleEntry):
        super().__init__(entry)
        self.entry = entry


def _bump_version() -> int:
    CatalogVersion.objects.get_or_create(pk=1)
    CatalogVersion.objects.filter(pk=1).update(version=F("version") + 1)
    return CatalogVersion.objects.get(pk=1).version


@transaction.atomic
def locale_entry_save(
    *, language: str, key: str, forms, expected_version: int, by=None, how: str = "admin"
) -> LocaleEntry:
    """
    Save a translation of catalog entry `key` in `language`, live on every
    worker within about a second.

    Raises ValidationError when the translation breaks its source (nothing
    changes), EditConflict when the entry changed since `expected_version`
    (0: it had no saved edit), and KeyError for an entry not in the catalog.
    """
    source = po.source_entries(language)[key]
    forms = validate_forms(
        msgid=source.msgid,
        msgid_plural=source.msgid_plural,
        forms=forms,
        nplurals=po.plural_rule(language).nplurals,
    )
    entry = (
        LocaleEntry.objects.select_for_update()
        .filter(language=language, msgctxt=source.msgctxt, msgid=source.msgid)
        .first()
    )
    current = entry.version if entry else 0
    if current != expected_version:
        raise EditConflict(entry)
    before = entry.forms if entry else list(source.forms)
    if entry is None:
        try:
            with transaction.atomic():
                entry = LocaleEntry.objects.create(
                    language=language,
                    msgctxt=source.msgctxt,
                    msgid=source.msgid,
                    msgid_plural=source.msgid_plural,
                    forms=forms,
                    updated_by=by,
                )
        except IntegrityError:
            # Another translator's first edit of this entry got in first.
            raise EditConflict(
                LocaleEntry.objects.get(language=language, msgctxt=source.msgctxt, msgid=source.msgid)
            ) from None
    else:
        entry.forms, entry.version, entry.updated_by = forms, entry.version + 1, by
        entry.save(update_fields=["forms", "version", "updated_by", "updated_at"])
    LocaleEdit.objects.create(entry=entry, before=before, after=forms, edited_by=by, source=how)
    version = _bump_version()
    transaction.on_commit(lambda: runtime.announce(version))
    # This worker looks again at its next request; the others within a second.
    runtime.forget()
    return entry


@dataclass
class ImportReport:
    saved: int = 0
    unchanged: int = 0
    refused: list = None

    def __post_init__(self):
        self.refused = self.refused or []


def locale_import(*, path, language: str, by=None) -> ImportReport:
    """
    Load the translations of a .po file into `language`, with the same checks
    as the editor; entries that fail, or that the catalog does not have, are
    refused and reported, and the rest are saved.
    """
    report = ImportReport()
    sources = po.source_entries(language)
    for entry in polib.pofile(str(path)):
        if entry.obsolete or not entry.msgid:
            continue
        key = po.entry_key(entry.msgctxt or "", entry.msgid)
        if key not in sources:
            report.refused.append((entry.msgid, _("not in the catalog")))
            continue
        if "fuzzy" in entry.flags or not entry.translated():
            report.refused.append((entry.msgid, _("untranslated or fuzzy in the file")))
            continue
        forms = list(po._forms(entry))
        saved = LocaleEntry.objects.filter(language=language, msgctxt=entry.msgctxt or "", msgid=entry.msgid).first()
        if (saved.forms if saved else list(sources[key].forms)) == forms:
            report.unchanged += 1
            continue
        try:
            locale_entry_save(
                language=language,
                key=key,
                forms=forms,
                expected_version=saved.version if saved else 0,
                by=by,
                how="import",
            )
        except ValidationError as exc:
            report.refused.append((entry.msgid, " ".join(exc.messages)))
        else:
            report.saved += 1
    return report


def locale_export(*, language: str) -> int:
    """Write the saved edits of `language` into its .po file and compile the .mo; returns how many."""
    path = po.catalog_path(language)
    catalog = polib.pofile(str(path))
    edits = {(e.msgctxt, e.msgid): e for e in LocaleEntry.objects.filter(language=language)}
    written = 0
    for entry in catalog:
        edit = edits.get((entry.msgctxt or "", entry.msgid))
        if edit is None:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(edit.forms))
        else:
            entry.msgstr = edit.forms[0]
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        written += 1
    catalog.save(str(path))
    catalog.save_as_mofile(str(path.with_suffix(".mo")))
    return written
