"""
A press secretary manages the newsroom's authors and translators without a
superuser: adds them (staff status set), chooses only the Author and
Translator groups and a translator's languages, and cannot see, change or
create anyone else, or grant anything else, whatever is posted.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client

from tests.factories import make_author, make_press_secretary, make_translator
from tests.test_translators import form_data

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "a-long-password-for-tests"


@pytest.fixture
def press():
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_press_secretary())
    return client


def group(name) -> int:
    return Group.objects.get(name=name).pk


def add_user(client, **fields):
    data = {
        "username": "anna",
        "usable_password": "true",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "first_name": "Anna",
        "groups": [group("Author")],
        "translator_languages-TOTAL_FORMS": "0",
        "translator_languages-INITIAL_FORMS": "0",
        **fields,
    }
    return client.post("/admin/auth/user/add/", data)


def change_url(user) -> str:
    return f"/admin/auth/user/{user.pk}/change/"


def test_press_secretary_adds_an_author_who_can_then_log_in(press):
    response = add_user(press)
    assert response.status_code == 302, response.content.decode()[:3000]
    anna = User.objects.get(username="anna")
    assert anna.is_staff and not anna.is_superuser
    assert list(anna.groups.values_list("name", flat=True)) == ["Author"]
    # No "forgot staff status": the new account gets into the admin at once.
    client = Client()
    login = client.post("/admin/login/?next=/admin/", {"username": "anna", "password": PASSWORD, "next": "/admin/"})
    assert login.status_code == 302 and login["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/articles/article/add/").status_code == 200


def test_press_secretary_adds_a_translator_with_their_languages(press):
    response = add_user(
        press,
        username="timur",
        groups=[group("Translator")],
        **{
            "translator_languages-TOTAL_FORMS": "2",
            "translator_languages-0-language": "tr",
            "translator_languages-1-language": "ru",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    timur = User.objects.get(username="timur")
    assert timur.is_staff
    assert sorted(timur.translator_languages.values_list("language", flat=True)) == ["ru", "tr"]


def test_press_secretary_changes_a_translators_languages_and_role(press):
    translator = make_translator("tr")
    data = form_data(press, change_url(translator))
    assert "is_superuser" not in data and "is_staff" not in data and "user_permissions" not in data
    data.update({"translator_languages-0-language": "en", "groups": [group("Translator"), group("Author")]})
    response = press.post(change_url(translator), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(translator.translator_languages.values_list("language", flat=True)) == ["en"]
    assert set(translator.groups.values_list("name", flat=True)) == {"Author", "Translator"}


def test_press_secretary_sees_only_authors_and_translators(press):
    make_author("writer")
    make_translator("ru", username="interpreter")
    make_press_secretary("other-press")
    User.objects.create_superuser("boss", password=PASSWORD)
    special = make_author("special")
    special.user_permissions.add(Permission.objects.get(codename="publish_edition"))
    page = press.get("/admin/auth/user/").content.decode()
    assert "writer" in page and "interpreter" in page
    for hidden in ("other-press", "boss", "special"):
        assert f">{hidden}<" not in page, hidden


@pytest.mark.parametrize("kind", ["superuser", "press secretary", "author with a permission of their own"])
def test_press_secretary_cannot_open_or_change_anyone_else(press, kind):
    if kind == "superuser":
        other = User.objects.create_superuser("boss", password=PASSWORD)
    elif kind == "press secretary":
        other = make_press_secretary("other-press")
    else:
        other = make_author("special")
        other.user_permissions.add(Permission.objects.get(codename="publish_edition"))
    assert press.get(change_url(other)).status_code == 302  # "no such user", back to the admin
    press.post(change_url(other), {"username": "renamed", "is_active": "", "groups": [group("Author")]})
    press.post(
        f"/admin/auth/user/{other.pk}/password/",
        {"usable_password": "true", "password1": "x-New-pass-123", "password2": "x-New-pass-123"},
    )
    other.refresh_from_db()
    assert other.username != "renamed" and other.is_active
    assert not other.check_password("x-New-pass-123")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("is_superuser", "on"),
        ("is_staff", ""),
        ("user_permissions", "publish_edition"),
    ],
)
def test_a_crafted_post_of_a_field_the_press_secretary_does_not_have_is_refused(press, key, value):
    author = make_author()
    data = form_data(press, change_url(author))
    if key == "user_permissions":
        value = Permission.objects.get(codename=value).pk
    data.update({key: value, "first_name": "Changed"})
    response = press.post(change_url(author), data)
    assert response.status_code == 403
    assert f"These fields are not in your form: {key}. Nothing was saved." in response.content.decode()
    author.refresh_from_db()
    assert author.first_name != "Changed" and not author.is_superuser and author.is_staff
    assert not author.user_permissions.exists()


def test_a_crafted_superuser_on_the_add_form_is_refused(press):
    response = add_user(press, is_superuser="on", is_staff="on")
    assert response.status_code == 403
    assert not User.objects.filter(username="anna").exists()


@pytest.mark.parametrize("name", ["Press secretary", "none"])
def test_press_secretary_gives_only_the_author_and_translator_groups(press, name):
    author = make_author()
    data = form_data(press, change_url(author))
    data["groups"] = [group(name)] if name != "none" else []
    response = press.post(change_url(author), data)
    assert response.status_code == 200 and "errornote" in response.content.decode()
    assert list(author.groups.values_list("name", flat=True)) == ["Author"]
    assert add_user(press, groups=[group("Press secretary")]).status_code == 200
    assert not User.objects.filter(username="anna").exists()


def test_the_group_choices_are_the_two_roles_named_in_the_users_language(press):
    page = press.get("/admin/auth/user/add/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert ">Автор<" in page and ">Переводчик<" in page
    assert "Пресс-секретарь" not in page


def test_press_secretary_cannot_delete_users_nor_edit_groups(press):
    author = make_author()
    assert press.post(f"/admin/auth/user/{author.pk}/delete/", {"post": "yes"}).status_code == 403
    assert User.objects.filter(pk=author.pk).exists()
    assert press.get("/admin/auth/group/").status_code == 403
    assert press.post("/admin/auth/group/add/", {"name": "Editors"}).status_code == 403


@pytest.mark.parametrize("make", [make_author, lambda: make_translator("tr")])
def test_authors_and_translators_cannot_manage_users(make):
    client = Client()
    client.force_login(make())
    assert client.get("/admin/auth/user/").status_code == 403
    assert add_user(client).status_code == 403
    assert not User.objects.filter(username="anna").exists()


def test_a_superuser_keeps_the_whole_form_and_a_role_sets_staff_status(admin_client):
    user = User.objects.create_user("anna", password=PASSWORD)
    assert 'name="is_superuser"' in admin_client.get(change_url(user)).content.decode()
    data = form_data(admin_client, change_url(user))
    data["groups"] = [group("Author")]
    data.pop("is_staff", None)  # staff status left unticked
    response = admin_client.post(change_url(user), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    user.refresh_from_db()
    assert user.is_staff and list(user.groups.values_list("name", flat=True)) == ["Author"]
