"""
Django's own strings in Armenian: what its catalogs leave in English, and ours.

Django's hy catalogs lack many strings the staff see in the admin (form
errors, the filters' "Show counts", the sidebar's "Start typing to filter…",
the password pages). Ours are in `locale/django/hy/LC_MESSAGES/django.po`,
a catalog that `makemessages` never writes: it would drop every msgid not in
our code. It is the second of `LOCALE_PATHS`, so Django loads it above its
own catalogs and below `locale/` (our wording wins where both have a msgid).
The admin's JavaScript strings are in `locale/hy/LC_MESSAGES/djangojs.po`,
which `makemessages` is never asked to write either.
"""

from dataclasses import dataclass
from pathlib import Path

import django
import polib
from django.apps import apps
from django.conf import settings

DJANGO_DIR = Path(django.__file__).parent


def django_catalog_dir() -> Path:
    """Where our catalog of Django's strings lives: `locale/django`, beside (not in) `locale/<lang>`."""
    return Path(settings.BASE_DIR) / "locale" / "django"


def django_catalog_path(language: str = "hy", domain: str = "django") -> Path:
    return django_catalog_dir() / language / "LC_MESSAGES" / f"{domain}.po"


@dataclass(frozen=True)
class DjangoCatalog:
    """One of Django's catalogs the site loads: its name, its domain and its folder of languages."""

    name: str
    domain: str
    locale_dir: Path

    def path(self, language: str) -> Path:
        return self.locale_dir / language / "LC_MESSAGES" / f"{self.domain}.po"


def django_catalogs() -> list[DjangoCatalog]:
    """
    Django's catalogs the staff can see: the core one (form errors, dates) and
    those of the installed `django.contrib` apps; an app that is not
    installed (flatpages, redirects, humanize here) is never loaded.
    """
    found = [DjangoCatalog("conf", "django", DJANGO_DIR / "conf" / "locale")]
    for app in apps.get_app_configs():
        if not app.name.startswith("django."):
            continue
        locale_dir = Path(app.path) / "locale"
        for domain in ("django", "djangojs"):
            if (locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po").exists():
                found.append(DjangoCatalog(app.name.removeprefix("django."), domain, locale_dir))
    return found


def translated(entry: polib.POEntry) -> bool:
    forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
    return not entry.obsolete and "fuzzy" not in entry.flags and all(forms)


def entry_key(entry: polib.POEntry) -> tuple[str, str, bool]:
    """An entry as gettext looks it up: a plural msgid is another key than the same msgid without plural."""
    return (entry.msgctxt or "", entry.msgid, bool(entry.msgid_plural))


def _translated_keys(path: Path) -> set[tuple[str, str, bool]]:
    if not path.exists():
        return set()
    return {entry_key(entry) for entry in polib.pofile(str(path)) if translated(entry)}


def our_catalogs(language: str, domain: str) -> list[Path]:
    """
    Our catalogs that give Django's strings in `language`, and that no
    `make messages` prunes: `locale/django/` for the django domain,
    `locale/<lang>/` for the JavaScript one.
    """
    if domain == "django":
        return [django_catalog_path(language, domain)]
    return [Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / f"{domain}.po"]


@dataclass(frozen=True)
class Gap:
    """A msgid of a Django catalog that the site would show in English."""

    catalog: DjangoCatalog
    entry: polib.POEntry


def gaps(language: str = "hy") -> list[Gap]:
    """Every msgid of the staff's Django catalogs with no translation in `language`, neither Django's nor ours."""
    found = []
    ours = {
        domain: set().union(*map(_translated_keys, our_catalogs(language, domain))) for domain in ("django", "djangojs")
    }
    catalogs = django_catalogs()
    # Django merges the catalogs of a domain: a msgid that one of them translates is translated.
    theirs = {domain: set() for domain in ours}
    for catalog in catalogs:
        theirs[catalog.domain] |= _translated_keys(catalog.path(language))
    seen = set()
    for catalog in catalogs:
        for entry in polib.pofile(str(catalog.path("en"))):
            key = (catalog.domain, *entry_key(entry))
            if entry.obsolete or key in seen or key[1:] in theirs[catalog.domain] | ours[catalog.domain]:
                continue
            seen.add(key)
            found.append(Gap(catalog, entry))
    return found
