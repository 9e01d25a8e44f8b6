"""The share forms' CSRF token: made by cms.csrf, checked by Django's middleware."""

import re
from collections import Counter

import pytest
from django.middleware.csrf import CSRF_ALLOWED_CHARS
from django.test import Client

from cms.csrf import random_string
from tests.conftest import BROWSER_UA
from tests.factories import make_article, shown

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def page_token(browser, article) -> str:
    return TOKEN.search(browser.get(article.get_absolute_url("hy")).content.decode())[1]


def share(browser, article, token, network="facebook"):
    return browser.post(f"/hy/articles/{article.pk}/share/{network}/", {"csrfmiddlewaretoken": token})


def test_a_new_reader_gets_a_cookie_and_a_masked_token_for_it():
    article = make_article()
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    token = page_token(browser, article)
    secret = browser.cookies["csrftoken"].value
    assert re.fullmatch(r"[A-Za-z0-9]{32}", secret)
    assert re.fullmatch(r"[A-Za-z0-9]{64}", token)
    assert secret not in token
    assert share(browser, article, token).status_code == 303
    assert shown(article, "hy")[1] == 1


def test_a_returning_reader_keeps_the_cookie_and_each_page_token_works():
    article = make_article()
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    first = page_token(browser, article)
    secret = browser.cookies["csrftoken"].value
    again = browser.get(article.get_absolute_url("hy"))
    second = TOKEN.search(again.content.decode())[1]
    # Sent again, as Django does, so that it expires a year after the last visit.
    assert again.cookies["csrftoken"].value == secret
    assert first != second
    assert share(browser, article, first, "x").status_code == 303
    assert share(browser, article, second, "vk").status_code == 303
    assert shown(article, "hy")[1] == 2


def test_a_token_from_another_readers_page_is_refused():
    article = make_article()
    mine = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    theirs = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    page_token(mine, article)
    assert share(mine, article, page_token(theirs, article)).status_code == 403
    assert shown(article, "hy")[1] == 0


def test_random_characters_skip_the_bytes_that_would_favour_some(monkeypatch):
    # 248 = 4 × 62: a byte from 248 up would make "a" to "h" likelier than the rest.
    supply = iter([bytes(range(248, 256)) + bytes(range(40)), bytes(range(40, 80))])
    monkeypatch.setattr("cms.csrf.os.urandom", lambda size: next(supply))
    assert random_string(62) == CSRF_ALLOWED_CHARS


def test_random_strings_use_the_whole_alphabet_evenly():
    drawn = "".join(random_string(32) for _ in range(4000))
    counts = Counter(drawn)
    assert set(counts) == set(CSRF_ALLOWED_CHARS)
    # About 2065 each, give or take 45; taking every byte modulo 62 would
    # give "a" to "h" 5 chances in 256 instead of 4, about 2500 each.
    assert max(counts.values()) < 2280
