"""Login throttling: wrong passwords lock an account from one address; the cool-off, and unlocking in the admin."""

import importlib
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models import F
from django.test import Client

from tests.conftest import BROWSER_UA
from tests.factories import make_press_secretary
from tests.test_translators import make_translator

pytestmark = pytest.mark.django_db

OFFICE = "203.0.113.7"
HOME = "198.51.100.9"
PASSWORD = "pw-for-tests-only"


def browser(address=OFFICE, language="en") -> Client:
    return Client(REMOTE_ADDR=address, HTTP_USER_AGENT=BROWSER_UA, HTTP_ACCEPT_LANGUAGE=language)


def log_in(client, username="press", password=PASSWORD):
    """The admin's login form, sent; a login that works answers 302 to the admin."""
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password, "next": "/admin/"})


def is_logged_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def lock(client, username="press"):
    """Five wrong passwords; the fifth already answers with the lockout page."""
    for attempt in range(1, 6):
        response = log_in(client, username, password="wrong")
        assert response.status_code == (429 if attempt == 5 else 200), attempt
    return response


def move_back(minutes):
    """The failed logins on record, made `minutes` older."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=minutes))


def test_four_wrong_passwords_leave_the_account_open():
    make_press_secretary()
    office = browser()
    for _ in range(4):
        assert log_in(office, password="wrong").status_code == 200
    assert log_in(office).status_code == 302
    assert is_logged_in(office)


def test_five_wrong_passwords_lock_the_account_and_refuse_the_right_one():
    make_press_secretary()
    office = browser()
    lock(office)
    response = log_in(office)
    assert response.status_code == 429
    assert "admin/login_locked.html" in [t.name for t in response.templates]
    assert "is locked from this address for 15 minutes" in response.content.decode()
    assert not is_logged_in(office)


def test_the_locked_account_still_logs_in_from_another_address():
    make_press_secretary()
    lock(browser(OFFICE))
    home = browser(HOME)
    assert log_in(home).status_code == 302
    assert is_logged_in(home)


def test_another_account_still_logs_in_from_the_locked_address():
    make_press_secretary("press")
    make_press_secretary("desk")
    office = browser()
    lock(office, "press")
    assert log_in(office, "desk").status_code == 302
    assert is_logged_in(office)


def test_a_forwarded_for_header_does_not_change_the_address_counted():
    make_press_secretary()
    office = browser()
    for n in range(5):
        response = office.post(
            "/admin/login/", {"username": "press", "password": "wrong"}, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        )
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {OFFICE}


def test_the_account_logs_in_again_after_the_cool_off():
    make_press_secretary()
    office = browser()
    lock(office)
    move_back(15 + 1 / 60)  # a second past the cool-off
    assert log_in(office).status_code == 302
    assert is_logged_in(office)


def test_trying_while_locked_starts_the_cool_off_over():
    make_press_secretary()
    office = browser()
    lock(office)
    move_back(14)
    assert log_in(office).status_code == 429  # still locked, and counted
    move_back(14)  # 28 minutes after the lock, 14 after the last try
    assert log_in(office).status_code == 429
    move_back(16)
    assert log_in(office).status_code == 302


def test_a_successful_login_forgets_the_failures_before_it():
    make_press_secretary()
    office = browser()
    for _ in range(4):
        log_in(office, password="wrong")
    assert log_in(office).status_code == 302
    assert not AccessAttempt.objects.exists()
    office.post("/admin/logout/")
    for _ in range(4):
        assert log_in(office, password="wrong").status_code == 200


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("hy", "«press» հաշիվն այս հասցեից արգելափակված է 15 րոպեով"),
        ("ru", "учётная запись «press» заблокирована для входа с этого адреса на 15 минут"),
        ("en", "the account “press” is locked from this address for 15 minutes"),
        ("tr", "“press” hesabı bu adres için 15 dakikalığına kilitlendi"),
    ],
)
def test_the_lockout_page_says_for_how_long_and_who_unlocks_in_the_users_language(language, says):
    make_press_secretary()
    response = lock(browser(language=language))
    body = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert f'<html lang="{language}"' in body
    assert says in body
    who = {"hy": "մամուլի քարտուղարին", "ru": "пресс-секретарю", "en": "press secretary", "tr": "basın sözcüsüne"}
    assert who[language] in body
    # The admin's own page, with its form, for another account.
    assert 'id="login-form"' in body
    assert 'name="next" value="/admin/"' in body


def test_the_lockout_page_has_the_admins_headers_and_no_form_error():
    make_press_secretary()
    response = lock(browser())
    assert response["X-Frame-Options"] == "DENY"
    assert "no-store" in response["Cache-Control"]
    assert "Please enter the correct" not in response.content.decode()


def test_the_cool_off_shown_follows_the_setting(settings):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=1)
    make_press_secretary()
    response = lock(browser())
    assert "for 1 minute." in response.content.decode()
    assert response["Retry-After"] == "60"


# Unlocking in the admin -----------------------------------------------------


def test_a_press_secretary_sees_the_lockout_and_unlocks_it():
    make_press_secretary("press")
    office = browser()
    lock(office)
    secretary = make_press_secretary("desk")
    assert not secretary.is_superuser
    desk = browser(HOME)
    desk.force_login(secretary)

    page = desk.get("/admin/axes/accessattempt/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "press" in body and OFFICE in body
    assert "Unlock the selected accounts" in body
    assert "Delete selected" not in body

    attempt = AccessAttempt.objects.get()
    response = desk.post(
        "/admin/axes/accessattempt/", {"action": "unlock", "_selected_action": [attempt.pk]}, follow=True
    )
    assert "1 account unlocked" in response.content.decode()
    assert not AccessAttempt.objects.exists()
    assert log_in(office).status_code == 302
    assert is_logged_in(office)


def test_unlock_clears_every_browser_of_the_account_and_address():
    make_press_secretary("press")
    for agent in ["Firefox", "Chrome", "Safari"]:
        attempts = Client(REMOTE_ADDR=OFFICE, HTTP_USER_AGENT=agent)
        for _ in range(3):
            log_in(attempts, password="wrong")
    # Nine failures in three rows: any two of them still lock the account.
    assert AccessAttempt.objects.count() == 3
    desk = browser(HOME)
    desk.force_login(make_press_secretary("desk"))
    first = AccessAttempt.objects.order_by("pk").first()
    desk.post("/admin/axes/accessattempt/", {"action": "unlock", "_selected_action": [first.pk]})
    assert not AccessAttempt.objects.exists()
    assert log_in(browser()).status_code == 302


def test_unlocking_one_account_leaves_the_others_from_that_address_locked():
    make_press_secretary("press")
    make_press_secretary("desk")
    office = browser()
    lock(office, "press")
    lock(office, "desk")
    admin = browser(HOME)
    admin.force_login(make_press_secretary("chief"))
    press = AccessAttempt.objects.get(username="press")
    admin.post("/admin/axes/accessattempt/", {"action": "unlock", "_selected_action": [press.pk]})
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["desk"]
    assert log_in(office, "desk").status_code == 429
    assert log_in(office, "press").status_code == 302


def test_the_lockout_list_says_until_when_an_account_is_locked():
    make_press_secretary("press")
    make_press_secretary("desk")
    lock(browser(OFFICE), "press")
    log_in(browser(HOME), "desk", password="wrong")
    admin = browser()
    admin.force_login(make_press_secretary("chief"))
    body = admin.get("/admin/axes/accessattempt/").content.decode()
    assert body.count("not locked") == 1  # desk, one failure
    move_back(16)
    body = admin.get("/admin/axes/accessattempt/").content.decode()
    assert body.count("not locked") == 2


def test_a_translator_cannot_see_or_unlock_lockouts():
    make_press_secretary()
    lock(browser())
    translator = browser(HOME)
    translator.force_login(make_translator("tr"))
    assert translator.get("/admin/axes/accessattempt/").status_code == 403
    attempt = AccessAttempt.objects.get()
    response = translator.post("/admin/axes/accessattempt/", {"action": "unlock", "_selected_action": [attempt.pk]})
    assert response.status_code == 403
    assert AccessAttempt.objects.exists()


def test_lockouts_cannot_be_added_or_edited_in_the_admin():
    make_press_secretary()
    lock(browser())
    desk = browser(HOME)
    desk.force_login(make_press_secretary("desk"))
    attempt = AccessAttempt.objects.get()
    assert desk.get("/admin/axes/accessattempt/add/").status_code == 403
    page = desk.get(f"/admin/axes/accessattempt/{attempt.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()


def test_the_permissions_migration_is_reversible():
    migration = importlib.import_module("articles.migrations.0012_press_secretary_unlocks_logins").Migration
    group = Group.objects.get(name="Press secretary")

    def granted():
        return set(group.permissions.filter(content_type__app_label="axes").values_list("codename", flat=True))

    assert granted() == {"view_accessattempt", "delete_accessattempt"}
    migration.operations[0].reverse_code(apps, None)
    assert granted() == set()
    migration.operations[0].code(apps, None)
    assert granted() == {"view_accessattempt", "delete_accessattempt"}
