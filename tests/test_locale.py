"""The interface catalogs in locale/: complete, correct plural forms, compiled, safe."""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from catalogs.validation import validate_forms

BASE_DIR = Path(settings.BASE_DIR)
LANGUAGES = ["hy", "ru", "en", "tr"]
PLURAL_FORMS = {
    "hy": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
    "tr": "nplurals=2; plural=(n != 1);",
}
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdifr]|%[sdifr]|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


def catalog(language) -> polib.POFile:
    return polib.pofile(str(BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))


def translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_declares_the_languages_plural_forms(language):
    po = catalog(language)
    assert po.metadata["Plural-Forms"] == PLURAL_FORMS[language]
    assert po.metadata["Language"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_is_complete_and_has_no_fuzzy_entry(language):
    po = catalog(language)
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    nplurals = int(re.match(r"nplurals=(\d)", PLURAL_FORMS[language])[1])
    for entry in po.translated_entries():
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == nplurals, entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_add_no_markup(language):
    nplurals = int(re.match(r"nplurals=(\d)", PLURAL_FORMS[language])[1])
    for entry in catalog(language).translated_entries():
        for text in translations(entry):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(entry.msgid)), entry.msgid
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(entry.msgid)), entry.msgid
        # The same checks the admin's editor applies.
        validate_forms(msgid=entry.msgid, msgid_plural=entry.msgid_plural, forms=translations(entry), nplurals=nplurals)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_its_source(language):
    po = catalog(language)
    mo = polib.mofile(str(BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): translations(e) for e in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == translations(entry), entry.msgid


def own_apps() -> list[str]:
    """The project's own apps, each a folder beside manage.py: every one of them may hold strings."""
    from django.apps import apps

    return [c.name for c in apps.get_app_configs() if Path(c.path).parent == BASE_DIR and c.name != "cms"]


def test_own_apps_are_all_read_for_strings():
    assert {"articles", "editorial", "widgets", "catalogs", "photos", "search"} <= set(own_apps())


def test_every_string_in_the_code_is_in_the_catalogs(tmp_path, settings, monkeypatch):
    # makemessages writes next to the sources it reads, so it runs on a copy.
    for name in ["cms", *own_apps(), "templates"]:
        shutil.copytree(BASE_DIR / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "locale").mkdir()
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    call_command("makemessages", locale=["en"], no_location=True, verbosity=0)
    found = {(e.msgctxt, e.msgid) for e in polib.pofile(str(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po"))}
    assert len(found) > 100
    for language in LANGUAGES:
        known = {(e.msgctxt, e.msgid) for e in catalog(language)}
        assert sorted(found - known, key=str) == [], f"missing from locale/{language}: run `make messages`"
