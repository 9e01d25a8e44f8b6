"""Login throttling: wrong passwords lock an account from one address, for the cool-off."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.db.models import F
from django.test import Client

from tests.conftest import BROWSER_UA
from tests.factories import make_press_secretary

pytestmark = pytest.mark.django_db

OFFICE = "203.0.113.7"
HOME = "198.51.100.9"
PASSWORD = "pw-for-tests-only"


@pytest.fixture(autouse=True)
def _quick_password_checks(settings):
    # Every login here checks a password, and the production hasher takes about
    # a third of a second for each; how passwords are hashed is not what these test.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
    assert "Please enter the correct" not in response.content.decode()


def test_the_cool_off_shown_follows_the_setting(settings):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=1)
    make_press_secretary()
    response = lock(browser())
    assert "for 1 minute." in response.content.decode()
    assert response["Retry-After"] == "60"
