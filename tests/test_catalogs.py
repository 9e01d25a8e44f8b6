"""Interface translations edited in the admin: checks, conflicts, history, export and import."""

import re
import shutil
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import translation

from catalogs import po, services
from catalogs.models import LocaleEdit, LocaleEntry
from tests.conftest import BROWSER_UA
from tests.factories import make_article
from tests.test_translators import make_translator

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    # The services' messages, outside a request, in the language the assertions read.
    with translation.override("en"):
        yield


SHARE = po.entry_key("", "Share with friends")
PAGE_OF = po.entry_key("", "Page %(number)s of %(total)s")
EDITIONS_PUBLISHED = po.entry_key("", "Editions published: %(count)d.")


@pytest.fixture
def turkish(client):
    client.force_login(make_translator("tr"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def save(language, key, forms, version=0, by=None):
    return services.locale_entry_save(language=language, key=key, forms=forms, expected_version=version, by=by)


def test_saved_edit_shows_on_the_site(client):
    article = make_article(languages=["tr"], source="tr")
    save("tr", SHARE, ["Dostlarınla paylaş"])
    body = client.get(article.get_absolute_url("tr"), HTTP_USER_AGENT=BROWSER_UA).content.decode()
    assert "Dostlarınla paylaş" in body and "Arkadaşlarınızla paylaşın" not in body
    other = client.get(article.get_absolute_url("tr"), HTTP_USER_AGENT=BROWSER_UA).content.decode()
    assert "Dostlarınla paylaş" in other


@pytest.mark.parametrize(
    ("key", "forms", "message"),
    [
        (EDITIONS_PUBLISHED, ["Yayımlanan sürüm sayısı."], "loses the placeholder(s) %(count)d"),
        (EDITIONS_PUBLISHED, ["Yayımlanan: %(count)d %s."], "adds the placeholder(s) %s"),
        (EDITIONS_PUBLISHED, ["Yayımlanan: %(sayi)d."], "loses the placeholder(s) %(count)d"),
        (SHARE, ["<b>Arkadaşlarınla</b> paylaş"], "adds the markup <b> </b>"),
        (SHARE, ["   "], "is empty"),
        (PAGE_OF, ["Sayfa %(number)s / %(total)s"], "needs 2 forms"),
        (PAGE_OF, ["Sayfa %(number)s / %(total)s", "Sayfa %(number)s"], "Form 2 loses the placeholder(s) %(total)s"),
    ],
)
def test_a_translation_that_breaks_its_source_is_refused_and_nothing_changes(key, forms, message):
    with pytest.raises(ValidationError) as refused:
        save("tr", key, forms)
    assert any(message in text for text in refused.value.messages), refused.value.messages
    assert not LocaleEntry.objects.exists() and not LocaleEdit.objects.exists()


def test_format_placeholders_in_braces_are_checked():
    from catalogs.validation import validate_forms

    with pytest.raises(ValidationError, match=r"loses the placeholder\(s\) \{name\}"):
        validate_forms(msgid="Hello {name}", msgid_plural="", forms=["Merhaba"], nplurals=2)
    assert validate_forms(msgid="Hello {name}", msgid_plural="", forms=["Merhaba {name}"], nplurals=2)


def test_russian_plural_needs_its_three_forms():
    with pytest.raises(ValidationError, match="needs 3 forms"):
        save("ru", PAGE_OF, ["Страница %(number)s из %(total)s"] * 2)
    save("ru", PAGE_OF, ["Страница %(number)s из %(total)s"] * 3)


def test_editor_page_shows_source_plural_forms_and_saves(turkish):
    page = turkish.get(f"/admin/catalogs/localeentry/tr/{PAGE_OF}/").content.decode()
    assert "Page %(number)s of %(total)s" in page
    assert "Form 1, for n = 1…" in page and "Form 2, for n = 0, 2, 3, 4…" in page
    response = turkish.post(
        f"/admin/catalogs/localeentry/tr/{PAGE_OF}/",
        {"version": 0, "form_0": "Sayfa %(number)s/%(total)s", "form_1": "Sayfa %(number)s/%(total)s"},
    )
    assert response.status_code == 302
    assert LocaleEntry.objects.get(language="tr").forms == ["Sayfa %(number)s/%(total)s"] * 2


def test_editor_shows_a_clear_error_for_a_lost_placeholder(turkish):
    response = turkish.post(
        f"/admin/catalogs/localeentry/tr/{EDITIONS_PUBLISHED}/", {"version": 0, "form_0": "Yayımlandı."}
    )
    assert response.status_code == 200
    assert "loses the placeholder(s) %(count)d" in response.content.decode()
    assert not LocaleEntry.objects.exists()


def test_second_translator_saving_the_same_entry_is_told_not_overwritten(client):
    first, second = make_translator("tr", username="first"), make_translator("tr", username="second")
    url = f"/admin/catalogs/localeentry/tr/{SHARE}/"
    client.force_login(second)
    form_of_second = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    version = re.search(r'name="version" value="(\d+)"', form_of_second)[1]
    save("tr", SHARE, ["Dostlarınla paylaş"], by=first)
    response = client.post(url, {"version": version, "form_0": "Arkadaşlarınla paylaş!"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    body = response.content.decode()
    assert "first saved this entry at" in body and "Dostlarınla paylaş" in body
    assert LocaleEntry.objects.get().forms == ["Dostlarınla paylaş"]
    # Having seen theirs, the second translator may save over it knowingly.
    version = re.search(r'name="version" value="(\d+)"', body)[1]
    assert client.post(url, {"version": version, "form_0": "Arkadaşlarınla paylaş!"}).status_code == 302
    assert LocaleEntry.objects.get().forms == ["Arkadaşlarınla paylaş!"]


def test_who_changed_what_and_when_is_kept(turkish):
    translator = make_translator("tr", username="nur")
    entry = save("tr", SHARE, ["Dostlarınla paylaş"], by=translator)
    save("tr", SHARE, ["Dostlarla paylaş"], version=entry.version, by=translator)
    edits = list(LocaleEdit.objects.order_by("pk").values_list("before", "after", "edited_by__username"))
    assert edits == [
        (["Arkadaşlarınızla paylaşın"], ["Dostlarınla paylaş"], "nur"),
        (["Dostlarınla paylaş"], ["Dostlarla paylaş"], "nur"),
    ]
    assert "Dostlarla paylaş" in turkish.get(f"/admin/catalogs/localeentry/tr/{SHARE}/").content.decode()


def test_translator_edits_only_their_languages(turkish):
    assert turkish.get(f"/admin/catalogs/localeentry/ru/{SHARE}/").status_code == 403
    assert turkish.post(f"/admin/catalogs/localeentry/ru/{SHARE}/", {"version": 0, "form_0": "x"}).status_code == 403
    listing = turkish.get("/admin/catalogs/localeentry/?language=ru").content.decode()
    assert 'lang="tr"' in listing and "Поделиться с друзьями" not in listing
    assert not LocaleEntry.objects.exists()


def test_list_searches_and_filters(turkish):
    found = turkish.get("/admin/catalogs/localeentry/?language=tr&q=paylaş").content.decode()
    assert "Share with friends" in found and "Most read this week" not in found
    save("tr", SHARE, ["Dostlarınla paylaş"])
    edited = turkish.get("/admin/catalogs/localeentry/?language=tr&status=edited").content.decode()
    assert "Share with friends" in edited and "Latest news" not in edited
    assert "No entries match." in turkish.get("/admin/catalogs/localeentry/?language=tr&status=fuzzy").content.decode()


@pytest.fixture
def locale_copy(tmp_path, settings):
    """A copy of locale/ for commands that write files."""
    target = tmp_path / "locale"
    shutil.copytree(Path(settings.BASE_DIR) / "locale", target)
    settings.LOCALE_PATHS = [target]
    return target


def test_export_writes_edits_into_the_po_and_mo(locale_copy):
    save("tr", SHARE, ["Dostlarınla paylaş"])
    out = StringIO()
    call_command("export_locale", "--lang", "tr", stdout=out)
    assert "tr: 1 edited entries written." in out.getvalue()
    catalog = polib.pofile(str(locale_copy / "tr" / "LC_MESSAGES" / "django.po"))
    assert catalog.find("Share with friends").msgstr == "Dostlarınla paylaş"
    compiled = polib.mofile(str(locale_copy / "tr" / "LC_MESSAGES" / "django.mo"))
    assert compiled.find("Share with friends").msgstr == "Dostlarınla paylaş"
    assert catalog.percent_translated() == 100


def test_import_saves_good_entries_and_reports_the_refused(tmp_path):
    agency = polib.POFile()
    agency.metadata = {"Language": "tr", "Content-Type": "text/plain; charset=UTF-8"}
    agency.append(polib.POEntry(msgid="Share with friends", msgstr="Dostlarınla paylaş"))
    agency.append(polib.POEntry(msgid="Editions published: %(count)d.", msgstr="Yayımlandı."))
    agency.append(polib.POEntry(msgid="Not ours at all", msgstr="Bizim değil"))
    path = tmp_path / "agency-tr.po"
    agency.save(str(path))
    out = StringIO()
    with pytest.raises(CommandError, match="2 entries refused"):
        call_command("import_locale", str(path), stdout=out)
    report = out.getvalue()
    assert "1 saved, 0 unchanged, 2 refused" in report
    assert "loses the placeholder(s) %(count)d" in report and "not in the catalog" in report
    assert list(LocaleEntry.objects.values_list("msgid", "forms")) == [("Share with friends", ["Dostlarınla paylaş"])]


def test_catalog_files_are_never_written_at_request_time(turkish):
    files = {p: p.stat().st_mtime_ns for p in Path(settings.LOCALE_PATHS[0]).rglob("django.*")}
    turkish.post(f"/admin/catalogs/localeentry/tr/{SHARE}/", {"version": 0, "form_0": "Dostlarınla paylaş"})
    assert LocaleEntry.objects.exists()
    assert {p: p.stat().st_mtime_ns for p in files} == files


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        (SHARE, "Paylaş<img src=x onerror=alert(1) x=", "character <"),
        (po.entry_key("", "Language"), 'Dil" onmouseover="alert(1)" x="', 'character "'),
        (po.entry_key("", "Paste text: %(language)s"), "%100 yapıştır: %(language)s", "lone %"),
    ],
)
def test_markup_fragments_and_stray_percent_signs_are_refused(key, text, message):
    with pytest.raises(ValidationError) as refused:
        save("tr", key, [text])
    assert any(message in error for error in refused.value.messages), refused.value.messages
    assert not LocaleEntry.objects.exists()


def test_a_doubled_percent_sign_is_accepted():
    key = po.entry_key("", "Paste text: %(language)s")
    save("tr", key, ["%%100 metin yapıştırın: %(language)s"])


@pytest.mark.parametrize("version", ["abc", "-1", ""])
def test_a_tampered_version_is_refused_with_a_message_and_nothing_changes(turkish, version):
    response = turkish.post(f"/admin/catalogs/localeentry/tr/{SHARE}/", {"version": version, "form_0": "Paylaş"})
    assert response.status_code == 200
    assert "This form was changed outside the page, or is out of date" in response.content.decode()
    assert not LocaleEntry.objects.filter(language="tr", msgid="Share with friends").exists()


def test_control_characters_in_a_translation_are_cleaned_and_the_feed_still_answers(client):
    save("ru", po.entry_key("", "Newsroom: latest articles"), ["Редакция:\x0b свежие статьи\x00"])
    assert LocaleEntry.objects.get(language="ru").forms == ["Редакция:\n свежие статьи"]
    response = client.get("/ru/feed/")
    assert response.status_code == 200
    assert "Редакция:\n свежие статьи" in response.content.decode()


def test_an_imported_catalog_with_a_nul_byte_is_stored_clean(tmp_path):
    catalog = polib.POFile()
    catalog.metadata = {"Language": "tr", "Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="Share with friends", msgstr="Arkadaşlarınızla\x00 paylaşın"))
    path = tmp_path / "tr.po"
    catalog.save(str(path))
    call_command("import_locale", str(path), "--lang", "tr", stdout=StringIO(), stderr=StringIO())
    assert LocaleEntry.objects.get(language="tr").forms == ["Arkadaşlarınızla paylaşın"]
