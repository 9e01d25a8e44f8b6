"""
The admin's own language: each staff user's choice, else the browser's
Accept-Language; never the edition the person last opened as a reader. Reader
pages keep the language of their address. Django's admin strings that its own
Armenian catalogs lack are translated in ours.
"""

import json
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from editorial import services
from editorial.models import StaffPreference
from tests.factories import make_article, make_author, make_press_secretary, make_translator
from tests.test_locale_django import english_shown
from tests.test_translators import form_data

pytestmark = pytest.mark.django_db

DJANGO = Path(__import__("django").__file__).parent
ADMIN_CATALOGS = DJANGO / "contrib" / "admin" / "locale"


def browser(accept_language="en", **cookies) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=accept_language)
    for name, value in cookies.items():
        client.cookies[name] = value
    return client


def signed_in(user, accept_language="en", **cookies) -> Client:
    client = browser(accept_language, **cookies)
    client.force_login(user)
    return client


def page_language(response) -> str:
    """The language a page says it is in: its <html lang> and its Content-Language, which must agree."""
    lang = re.search(r'<html lang="([^"]+)"', response.content.decode())[1]
    assert response["Content-Language"] == lang
    return lang


# --- which language the admin takes ----------------------------------------------


def test_without_a_choice_the_admin_follows_the_browsers_language():
    press = signed_in(make_press_secretary(), accept_language="ru-RU,ru;q=0.9,en;q=0.8")
    assert page_language(press.get("/admin/")) == "ru"


def test_a_browser_asking_for_none_of_the_four_gets_the_sites_default_language():
    press = signed_in(make_press_secretary(), accept_language="de-DE,fr;q=0.8")
    assert page_language(press.get("/admin/")) == settings.LANGUAGE_CODE == "hy"


def test_the_staff_users_choice_wins_over_the_browser():
    user = make_press_secretary()
    services.staff_preference_set(user=user, language="tr")
    press = signed_in(user, accept_language="en")
    assert page_language(press.get("/admin/")) == "tr"
    assert page_language(press.get("/admin/articles/article/")) == "tr"


def test_opening_an_armenian_edition_does_not_turn_the_admin_armenian():
    make_article(languages=["hy", "en"])
    press = signed_in(make_press_secretary(), accept_language="en")
    reader = press.get("/hy/")
    # The edition is remembered for the reader's next visit to `/`...
    assert reader.cookies[settings.LANGUAGE_COOKIE_NAME].value == "hy"
    assert press.get("/")["Location"] == "/hy/"
    # ...and the admin stays in the browser's language.
    assert page_language(press.get("/admin/")) == "en"
    assert page_language(press.get("/admin/articles/article/")) == "en"


def test_the_login_page_takes_the_browsers_language_not_the_reader_cookie():
    anonymous = browser("tr", **{settings.LANGUAGE_COOKIE_NAME: "hy"})
    response = anonymous.get("/admin/login/")
    assert page_language(response) == "tr"
    assert "Vary" in response and "Accept-Language" in response["Vary"]


def test_a_wrong_password_is_answered_in_the_browsers_language():
    make_press_secretary()
    anonymous = browser("ru", **{settings.LANGUAGE_COOKIE_NAME: "hy"})
    response = anonymous.post("/admin/login/", {"username": "press", "password": "wrong"})
    assert page_language(response) == "ru"
    assert "Пожалуйста, введите корректные имя пользователя и пароль" in response.content.decode()


def test_a_refused_csrf_token_in_the_admin_is_explained_in_the_users_language():
    user = make_press_secretary()
    services.staff_preference_set(user=user, language="ru")
    press = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    press.force_login(user)
    response = press.post("/admin/language/", {"language": "en"})
    assert response.status_code == 403
    assert "Ошибка проверки CSRF" in response.content.decode()
    assert StaffPreference.objects.get(user=user).language == "ru"


# --- reader pages ------------------------------------------------------------------


def test_reader_pages_keep_the_language_of_their_address_for_a_staff_user():
    make_article(languages=["hy", "ru", "en"])
    user = make_press_secretary()
    services.staff_preference_set(user=user, language="tr")
    press = signed_in(user, accept_language="en")
    for language in ("ru", "hy", "en"):
        assert page_language(press.get(f"/{language}/")) == language


def test_a_reader_page_cached_while_the_admin_was_in_another_language_stays_in_its_own():
    article = make_article(languages=["hy", "ru"])
    user = make_press_secretary()
    services.staff_preference_set(user=user, language="tr")
    press = signed_in(user)
    press.get("/admin/articles/article/")
    url = article.get_absolute_url("ru")
    first, second = press.get(url), browser("en").get(url)
    assert page_language(first) == page_language(second) == "ru"
    assert "Поделиться" in second.content.decode()


def test_reader_pages_still_take_no_session_or_csrf_cookie():
    make_article(languages=["hy"])
    reader = browser("ru", **{settings.LANGUAGE_COOKIE_NAME: "hy"})
    response = reader.get("/hy/")
    assert page_language(response) == "hy"
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert settings.CSRF_COOKIE_NAME not in response.cookies


# --- the page where a staff user chooses ---------------------------------------------


def test_the_user_tools_link_to_the_language_page_next_to_change_password():
    press = signed_in(make_press_secretary(), accept_language="ru")
    html = press.get("/admin/").content.decode()
    tools = html.split('id="user-tools"')[1].split("</div>")[0]
    assert re.search(r'href="/admin/language/"[^>]*>Язык: Русский</a>\s*/\s*<a href="/admin/password_change/"', tools)


def checked(response) -> str:
    """The language the page's form has chosen."""
    return re.search(r'<input type="radio" name="language" value="([^"]*)"[^>]*checked', response.content.decode())[1]


def test_choosing_a_language_applies_from_the_next_page_and_says_so_in_it():
    user = make_translator("hy")
    translator = signed_in(user, accept_language="en")
    page = translator.get("/admin/language/")
    assert page.status_code == 200
    assert checked(page) == ""  # follows the browser until chosen
    response = translator.post("/admin/language/", {"language": "hy"}, follow=True)
    assert response.redirect_chain == [("/admin/language/", 302)]
    assert page_language(response) == "hy"
    assert "Պահպանված է․ կառավարման վահանակն այսուհետ կցուցադրվի այս լեզվով։" in response.content.decode()
    assert checked(response) == "hy"
    assert StaffPreference.objects.get(user=user).language == "hy"


def test_choosing_the_browsers_language_again_follows_the_browser():
    user = make_author()
    services.staff_preference_set(user=user, language="hy")
    author = signed_in(user, accept_language="tr")
    author.post("/admin/language/", {"language": ""})
    assert page_language(author.get("/admin/")) == "tr"


def test_a_language_the_site_does_not_have_is_refused_and_nothing_changes():
    user = make_author()
    services.staff_preference_set(user=user, language="ru")
    author = signed_in(user)
    response = author.post("/admin/language/", {"language": "de"})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert StaffPreference.objects.get(user=user).language == "ru"


def test_the_language_page_is_for_signed_in_staff_only():
    response = browser().get("/admin/language/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert not StaffPreference.objects.exists()


def test_the_service_refuses_a_language_the_site_does_not_have():
    with pytest.raises(ValueError, match="Not a language"):
        services.staff_preference_set(user=make_author(), language="de")


# --- the press secretary sets it for an author ------------------------------------------


def test_the_press_secretary_sets_an_authors_admin_language():
    author = make_author()
    press = signed_in(make_press_secretary())
    url = f"/admin/auth/user/{author.pk}/change/"
    data = form_data(press, url)
    assert data["admin_language"] == ""
    data["admin_language"] = "ru"
    response = press.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert StaffPreference.objects.get(user=author).language == "ru"
    # The author's next admin page, whatever their browser asks for.
    assert page_language(signed_in(author, accept_language="en").get("/admin/")) == "ru"
    # And the form shows the choice when opened again.
    assert form_data(press, url)["admin_language"] == "ru"


def test_a_new_account_can_be_given_its_admin_language_at_once():
    press = signed_in(make_press_secretary())
    password = "a-long-password-for-tests"
    response = press.post(
        "/admin/auth/user/add/",
        {
            "username": "ani",
            "usable_password": "true",
            "password1": password,
            "password2": password,
            "groups": [Group.objects.get(name="Author").pk],
            "admin_language": "hy",
            "translator_languages-TOTAL_FORMS": "0",
            "translator_languages-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert StaffPreference.objects.get(user__username="ani").language == "hy"


def test_saving_an_account_without_touching_its_language_writes_no_preference():
    author = make_author()
    press = signed_in(make_press_secretary())
    url = f"/admin/auth/user/{author.pk}/change/"
    data = form_data(press, url)
    data["first_name"] = "Anahit"
    assert press.post(url, data).status_code == 302
    assert get_user_model().objects.get(pk=author.pk).first_name == "Anahit"
    assert not StaffPreference.objects.exists()


# --- the JavaScript catalog -------------------------------------------------------------


def javascript_catalog(client) -> tuple[dict, str]:
    """The admin's JavaScript catalog as the browser gets it: its translations, and its plural rule."""
    script = client.get("/admin/jsi18n/").content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\n  \});", script, re.S)[1])
    return catalog, re.search(r"const v = (.*?);", script)[1]


def test_the_admins_javascript_catalog_is_in_the_users_language():
    user = make_press_secretary()
    services.staff_preference_set(user=user, language="hy")
    press = signed_in(user, accept_language="en", **{settings.LANGUAGE_COOKIE_NAME: "ru"})
    catalog, plural = javascript_catalog(press)
    assert catalog["January"] == "Հունվար"  # Django's own Armenian
    assert catalog["Choose all %s"] == "Ընտրել բոլորը (%s)"  # ours, where Django has none
    assert catalog["abbrev. month January\x04Jan"] == "Հնվ"
    assert plural == "(n > 1)"
    services.staff_preference_set(user=user, language="tr")
    catalog, _plural = javascript_catalog(press)
    assert catalog["January"] == "Ocak"


# --- Armenian on the admin's own pages --------------------------------------------------


def armenian_gaps() -> set[str]:
    """Django's admin strings (not in its JavaScript) that its own Armenian catalog leaves in English."""
    english = polib.pofile(str(ADMIN_CATALOGS / "en" / "LC_MESSAGES" / "django.po"))
    django_hy = polib.pofile(str(ADMIN_CATALOGS / "hy" / "LC_MESSAGES" / "django.po"))
    # "Toggle sorting" is "translated" as itself.
    armenian = {e.msgid for e in django_hy if e.translated() and e.msgstr != e.msgid}
    return {e.msgid for e in english if e.msgid not in armenian and not e.msgid_plural}


def test_the_armenian_article_list_has_no_english_left_from_django():
    make_article(languages=["hy", "en"])
    user = make_press_secretary()
    services.staff_preference_set(user=user, language="hy")
    html = signed_in(user).get("/admin/articles/article/").content.decode()
    assert "Ցույց տալ քանակները" in html or "Թաքցնել քանակները" in html
    assert 'placeholder="Սկսեք գրել՝ զտելու համար…"' in html
    for english in ("Show counts", "Hide counts", "Start typing to filter…", "Skip to main content"):
        assert english not in html


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/article/add/",
        "/admin/auth/user/",
        "/admin/auth/user/add/",
        "/admin/password_change/",
        "/admin/language/",
        "/admin/editorial/activity/",
    ],
)
def test_armenian_admin_pages_show_none_of_djangos_untranslated_strings(url):
    article = make_article(languages=["hy"])
    user = get_user_model().objects.create_superuser("chief", password="pw-for-tests-only")
    services.staff_preference_set(user=user, language="hy")
    client = signed_in(user)
    html = client.get(url).content.decode()
    assert english_shown(html, armenian_gaps()) == set()
    assert article  # the list and the forms have a row to show


def test_the_armenian_javascript_catalog_of_ours_is_complete_and_compiled():
    po = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "hy" / "LC_MESSAGES" / "djangojs.po"))
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"
    assert po.untranslated_entries() == [] and po.fuzzy_entries() == []
    english = polib.pofile(str(ADMIN_CATALOGS / "en" / "LC_MESSAGES" / "djangojs.po"))
    armenian = {
        (e.msgctxt, e.msgid)
        for e in polib.pofile(str(ADMIN_CATALOGS / "hy" / "LC_MESSAGES" / "djangojs.po"))
        if e.translated()
    }
    ours = {(e.msgctxt, e.msgid) for e in po}
    assert {(e.msgctxt, e.msgid) for e in english} - armenian - ours == set()
    placeholder = re.compile(r"%\([^)]+\)s|%s")
    for entry in po:
        for text in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(entry.msgid)), entry.msgid
    compiled = {(e.msgctxt, e.msgid) for e in polib.mofile(str(Path(po.fpath).with_suffix(".mo")))}
    assert ours <= compiled
