"""
Django's own strings in the Armenian admin: every one the staff can meet has
its Armenian, from Django's hy catalogs or from ours in locale/django/, and
`make messages` never prunes ours.
"""

import re
import shutil
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils.html import escape
from django.utils.translation import trans_real

from catalogs.django_catalogs import django_catalog_dir, django_catalog_path, django_catalogs, gaps, translated
from catalogs.validation import PLACEHOLDER, TAG, validate_forms
from editorial import services
from tests.factories import make_article, make_press_secretary

BASE_DIR = Path(settings.BASE_DIR)
HY_PLURAL_FORMS = "nplurals=2; plural=(n > 1);"


def catalog() -> polib.POFile:
    return polib.pofile(str(django_catalog_path("hy")))


def forms(entry) -> list[str]:
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def test_the_staffs_django_catalogs_are_core_admin_auth_contenttypes_and_sessions():
    names = {(c.name, c.domain) for c in django_catalogs()}
    assert names == {
        ("conf", "django"),
        ("contrib.admin", "django"),
        ("contrib.admin", "djangojs"),
        ("contrib.auth", "django"),
        ("contrib.contenttypes", "django"),
        ("contrib.sessions", "django"),
    }


def test_every_string_of_those_catalogs_has_its_armenian():
    # Django's hy catalogs or ours: locale/django/ for Python and templates, locale/hy/ for the admin's JavaScript.
    left = [f"{gap.catalog.name} ({gap.catalog.domain}): {gap.entry.msgid}" for gap in gaps("hy")]
    assert left == []


def test_our_catalog_says_its_language_and_plural_forms_and_has_no_fuzzy_or_empty_entry():
    po = catalog()
    assert po.metadata["Language"] == "hy"
    assert po.metadata["Plural-Forms"] == HY_PLURAL_FORMS
    assert [e.msgid for e in po if not translated(e)] == []
    assert all(len(e.msgstr_plural) == 2 for e in po if e.msgid_plural)


def test_our_catalog_has_only_msgids_of_djangos_english_catalogs_as_django_writes_them():
    english = {}
    for source in django_catalogs():
        if source.domain == "django":
            for entry in polib.pofile(str(source.path("en"))):
                english.setdefault((entry.msgctxt, entry.msgid), entry)
    for entry in catalog():
        source = english.get((entry.msgctxt, entry.msgid))
        assert source is not None, f"not a msgid of Django {entry.msgid!r}"
        assert entry.msgid_plural == source.msgid_plural, entry.msgid
        assert {"python-format", "python-brace-format"} & set(source.flags) <= set(entry.flags), entry.msgid


def test_translations_keep_every_placeholder_and_add_no_markup():
    for entry in catalog():
        for index, text in enumerate(forms(entry)):
            source = entry.msgid_plural if entry.msgid_plural and index else entry.msgid
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), entry.msgid
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(entry.msgid)), entry.msgid
        validate_forms(msgid=entry.msgid, msgid_plural=entry.msgid_plural, forms=forms(entry), nplurals=2)


def test_the_russian_wording_of_djangos_strings_keeps_their_placeholders_and_is_compiled():
    russian = polib.pofile(str(django_catalog_path("ru")))
    mo = {e.msgid: e.msgstr for e in polib.mofile(str(django_catalog_path("ru").with_suffix(".mo")))}
    assert len(russian) >= 5
    for entry in russian:
        assert sorted(PLACEHOLDER.findall(entry.msgstr)) == sorted(PLACEHOLDER.findall(entry.msgid)), entry.msgid
        validate_forms(msgid=entry.msgid, msgid_plural="", forms=[entry.msgstr], nplurals=3)
        assert mo[entry.msgid] == entry.msgstr


def test_armenian_punctuation_is_armenian():
    for entry in catalog():
        for text in forms(entry):
            assert "“" not in text and "”" not in text, entry.msgid  # «» for quotes
            # ։ ends a sentence, not "." (which only the abbreviation էլ. takes)
            assert not re.search(r"[\u0531-\u0587](?<![էԷ]լ)\.(\s|$)", text), entry.msgid


def test_the_compiled_catalog_matches_its_source():
    mo = {(e.msgctxt, e.msgid): forms(e) for e in polib.mofile(str(django_catalog_path("hy").with_suffix(".mo")))}
    for entry in catalog():
        assert mo.get((entry.msgctxt, entry.msgid)) == forms(entry), entry.msgid


def test_django_loads_our_catalog_above_its_own_and_below_locale():
    assert [Path(p) for p in settings.LOCALE_PATHS] == [BASE_DIR / "locale", django_catalog_dir()]
    armenian = trans_real.translation("hy")
    # Django's hy catalog has "Toggle sorting" as itself, and "Delete selected …" glued to an article.
    assert armenian.gettext("Toggle sorting") != "Toggle sorting"
    assert armenian.gettext("Delete selected %(verbose_name_plural)s") == "Հեռացնել նշված %(verbose_name_plural)s"
    assert armenian.gettext("This field is required.") == "Այս դաշտը պարտադիր է։"
    # Zero and one take the singular in Armenian, with our plural rule.
    errors = ("Please correct the error below.", "Please correct the errors below.")
    assert [armenian.ngettext(*errors, n) for n in (0, 1, 2)] == [
        "Ուղղեք ստորև նշված սխալը։",
        "Ուղղեք ստորև նշված սխալը։",
        "Ուղղեք ստորև նշված սխալները։",
    ]


# --- after `make messages` --------------------------------------------------------


def makefile_messages_target() -> tuple[list[str], str]:
    makefile = (BASE_DIR / "Makefile").read_text()
    locales = re.search(r"^MESSAGES_LOCALES\s*:=\s*(.+)$", makefile, re.M)[1].split()
    command = re.search(r"^\t\S+ manage\.py makemessages (.+)$", makefile, re.M)[1]
    return locales, command


def test_make_messages_names_the_four_languages_and_never_all():
    locales, command = makefile_messages_target()
    assert locales == [code for code, _name in settings.LANGUAGES]
    # --all would take every folder of locale/ for a language, locale/django included.
    assert "--all" not in command and "$(MESSAGES_LOCALES:%=--locale %)" in command


@pytest.fixture
def project_copy(tmp_path, settings, monkeypatch):
    """The code and the catalogs in a folder of their own: makemessages writes beside the sources it reads."""
    for name in ["cms", "articles", "editorial", "widgets", "catalogs", "photos", "search", "templates", "locale"]:
        shutil.copytree(BASE_DIR / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    settings.LOCALE_PATHS = [tmp_path / "locale", tmp_path / "locale" / "django"]
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_make_messages_leaves_our_catalog_of_djangos_strings_as_it_is(project_copy):
    locales, command = makefile_messages_target()
    ours = project_copy / "locale" / "django" / "hy" / "LC_MESSAGES" / "django.po"
    before = ours.read_bytes()
    ignore = re.findall(r"--ignore=(\S+)", command)
    call_command(
        "makemessages", locale=locales, no_location=True, no_obsolete=True, ignore_patterns=ignore, verbosity=0
    )
    assert ours.read_bytes() == before
    assert sorted(p.name for p in (project_copy / "locale" / "django").iterdir()) == ["hy", "ru"]
    # ...and compiles it with the others.
    (ours.with_suffix(".mo")).unlink()
    call_command("compilemessages", locale=["hy"], verbosity=0)
    compiled = {e.msgid: e.msgstr for e in polib.mofile(str(ours.with_suffix(".mo")))}
    assert compiled["Show counts"] == "Ցույց տալ քանակները"


# --- what the staff see -----------------------------------------------------------


def armenian_article_list() -> str:
    make_article(languages=["hy", "en"])
    user = make_press_secretary()
    services.staff_preference_set(user=user, language="hy")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client.get("/admin/articles/article/").content.decode()


def assert_djangos_strings_are_armenian(html):
    assert "Ցույց տալ քանակները" in html or "Թաքցնել քանակները" in html
    assert 'placeholder="Սկսեք գրել՝ զտելու համար…"' in html
    for english in ("Show counts", "Hide counts", "Start typing to filter…", "Skip to main content", "Toggle theme"):
        assert english not in html


@pytest.mark.django_db
def test_the_armenian_article_list_shows_djangos_strings_in_armenian():
    assert_djangos_strings_are_armenian(armenian_article_list())


@pytest.fixture
def pruned_locale(tmp_path, settings):
    """locale/ as `make messages` leaves it: the msgids of our code, none of Django's."""
    shutil.copytree(BASE_DIR / "locale", tmp_path / "locale", ignore=shutil.ignore_patterns("django"))
    djangos = {(e.msgctxt, e.msgid) for e in catalog()}
    pruned = polib.pofile(str(tmp_path / "locale" / "hy" / "LC_MESSAGES" / "django.po"))
    for entry in [e for e in pruned if (e.msgctxt, e.msgid) in djangos]:
        pruned.remove(entry)
    pruned.save()
    pruned.save_as_mofile(str(tmp_path / "locale" / "hy" / "LC_MESSAGES" / "django.mo"))
    settings.LOCALE_PATHS = [tmp_path / "locale", django_catalog_dir()]


@pytest.mark.django_db
def test_they_stay_armenian_once_make_messages_has_pruned_ours(pruned_locale):
    assert_djangos_strings_are_armenian(armenian_article_list())


def english_shown(html: str, msgids) -> set[str]:
    """Which of these English `msgids` the page shows, each as a whole phrase."""
    return {msgid for msgid in msgids if re.search(r"(?<![\w-])" + re.escape(str(escape(msgid))) + r"(?![\w-])", html)}


def english_left_by_djangos_catalogs() -> set[str]:
    """What Django's own hy catalogs leave in English: msgids that read the same in Armenian are left out."""
    armenian = set()
    for source in django_catalogs():
        if source.domain == "django":
            armenian |= {e.msgid for e in polib.pofile(str(source.path("hy"))) if translated(e) and e.msgstr != e.msgid}
    ours = {e.msgid: e.msgstr for e in catalog()}
    return {
        e.msgid
        for source in django_catalogs()
        if source.domain == "django"
        for e in polib.pofile(str(source.path("en")))
        # Punctuation (", ", ":") reads the same in every language.
        if e.msgid not in armenian
        and not e.msgid_plural
        and ours.get(e.msgid) != e.msgid
        and re.search(r"[A-Za-z]", e.msgid)
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/admin/", "/admin/articles/article/", "/admin/auth/user/", "/admin/auth/user/add/", "/admin/password_change/"],
)
def test_armenian_admin_pages_show_none_of_the_english_djangos_catalogs_leave(pruned_locale, url):
    chief = get_user_model().objects.create_superuser("chief", password="pw-for-tests-only")
    services.staff_preference_set(user=chief, language="hy")
    make_article(languages=["hy"])
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(chief)
    html = client.get(url).content.decode()
    assert english_shown(html, english_left_by_djangos_catalogs()) == set()


def test_the_gaps_command_lists_what_is_missing_and_adds_it_for_a_translator(tmp_path, settings, monkeypatch):
    # As after a Django upgrade: a string of Django's that nothing translates yet.
    shutil.copytree(django_catalog_dir(), tmp_path / "django")
    ours = tmp_path / "django" / "hy" / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(ours))
    po.remove(po.find("Show counts"))
    po.save()
    monkeypatch.setattr("catalogs.django_catalogs.django_catalog_dir", lambda: tmp_path / "django")
    out = StringIO()
    with pytest.raises(CommandError, match="1 msgid"):
        call_command("django_catalog_gaps", add=True, stdout=out)
    assert "contrib.admin (django): Show counts" in out.getvalue()
    added = polib.pofile(str(ours)).find("Show counts")
    assert added.msgstr == "" and not added.translated()
