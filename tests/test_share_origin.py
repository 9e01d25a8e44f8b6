"""
Share forms without a token: cross-site posts are told apart by Sec-Fetch-Site,
then Origin (cms/origins.py); every other POST still needs Django's CSRF token.
"""

import logging
import re

import pytest
from django.test import Client

from tests.conftest import BROWSER_UA
from tests.factories import make_article, make_press_secretary, shown

pytestmark = pytest.mark.django_db

OWN = "http://testserver"

# (Sec-Fetch-Site, Origin, counted): every combination the rule names.
CASES = [
    # Fetch Metadata decides when it is there, whatever Origin says.
    ("same-origin", None, True),
    ("none", None, True),
    ("same-origin", OWN, True),
    ("same-origin", "https://evil.example", True),
    ("SAME-ORIGIN", None, False),  # the header's values are lower-case tokens
    (" same-origin", None, False),
    ("same-site", None, False),
    ("same-site", OWN, False),
    ("cross-site", None, False),
    ("cross-site", OWN, False),
    ("cross-site", "https://evil.example", False),
    ("something-new", None, False),
    ("", None, False),
    # Without it, Origin decides.
    (None, None, True),
    (None, OWN, True),
    (None, "HTTP://TESTSERVER", False),  # as Django compares it: browsers write it in lower case
    (None, "https://testserver", False),  # another scheme is another origin
    (None, "http://testserver:8080", False),
    (None, "http://testserver.evil.example", False),
    (None, "https://evil.example", False),
    (None, "null", False),
    (None, "", False),
]


def share(article, *, fetch_site, origin, network="facebook"):
    headers = {}
    if fetch_site is not None:
        headers["HTTP_SEC_FETCH_SITE"] = fetch_site
    if origin is not None:
        headers["HTTP_ORIGIN"] = origin
    # enforce_csrf_checks: the CSRF middleware is on, as in production.
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    return browser.post(f"/hy/articles/{article.pk}/share/{network}/", **headers)


@pytest.mark.parametrize(("fetch_site", "origin", "counted"), CASES)
def test_a_share_counts_only_from_this_site_and_always_goes_on_to_the_network(fetch_site, origin, counted, caplog):
    article = make_article()
    with caplog.at_level(logging.INFO, logger="articles"):
        response = share(article, fetch_site=fetch_site, origin=origin)
    assert response.status_code == 303
    assert response["Location"].startswith("https://www.facebook.com/sharer/sharer.php?")
    assert shown(article, "hy")[1] == (1 if counted else 0)
    refusals = [record for record in caplog.records if "cross-site post" in record.getMessage()]
    assert len(refusals) == (0 if counted else 1)


def test_the_article_page_carries_no_csrf_cookie_token_or_session():
    article = make_article()
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    for url in [article.get_absolute_url("hy"), "/hy/"]:
        response = browser.get(url)
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" not in response.content.decode()
        assert set(response.cookies) <= {"visitor", "django_language"}


def test_the_share_form_is_a_plain_form_without_a_token(reader):
    article = make_article()
    body = reader.get(article.get_absolute_url("hy")).content.decode()
    forms = re.findall(r'<form method="post" action="([^"]+)" class="share__form">\s*<button', body)
    assert forms == [
        f"/hy/articles/{article.pk}/share/{network}/"
        for network in ["facebook", "x", "telegram", "vk", "whatsapp", "email"]
    ]


def test_a_share_from_this_site_counts_once_per_reader_and_network():
    article = make_article()
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA, HTTP_SEC_FETCH_SITE="same-origin")
    browser.get(article.get_absolute_url("hy"))
    for network in ["x", "x", "vk"]:
        assert browser.post(f"/hy/articles/{article.pk}/share/{network}/").status_code == 303
    assert shown(article, "hy")[1] == 2


def test_every_other_post_still_needs_djangos_csrf_token(client):
    client.handler.enforce_csrf_checks = True
    make_press_secretary()
    # Even from this site, by its headers: the admin keeps its token.
    response = client.post(
        "/admin/login/",
        {"username": "press", "password": "pw-for-tests-only"},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ORIGIN=OWN,
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
