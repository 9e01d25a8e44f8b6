"""
Behind a TLS proxy: who the reader is (cms/proxies.py), what a shared cache
may keep, and the CSRF check of a POST made over https.
"""

import http.client
import re
from http.cookies import SimpleCookie

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory

from cms.proxies import client_address
from tests.conftest import BROWSER_UA
from tests.factories import edition, make_article, shown
from tests.test_concurrency import serve, settle

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
OUTSIDER = "198.51.100.7"


def view(url, *, remote, forwarded=None, **headers):
    """A new browser's view (no cookie) arriving from `remote`, with X-Forwarded-For `forwarded`."""
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return Client(HTTP_USER_AGENT=BROWSER_UA).get(url, REMOTE_ADDR=remote, **headers)


def address(remote, forwarded=None):
    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))


# Who the reader is -------------------------------------------------------------


def test_without_trusted_proxies_forged_forwarding_headers_change_nothing():
    article = make_article()
    url = article.get_absolute_url("hy")
    for n in range(30):
        view(
            url,
            remote=OUTSIDER,
            forwarded=f"203.0.113.{n}",
            HTTP_X_REAL_IP=f"203.0.113.{n}",
            HTTP_FORWARDED=f"for=203.0.113.{n}",
        )
    assert shown(article, "hy")[0] == 1
    assert address(OUTSIDER, "203.0.113.5") == OUTSIDER


def test_two_readers_behind_a_trusted_proxy_are_two_readers(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    article = make_article()
    url = article.get_absolute_url("hy")
    view(url, remote=PROXY, forwarded="203.0.113.5")
    view(url, remote=PROXY, forwarded="203.0.113.6")
    view(url, remote=PROXY, forwarded="203.0.113.5")  # the first again, without the cookie: the same reader
    assert shown(article, "hy")[0] == 2
    assert address(PROXY, "203.0.113.5") == "203.0.113.5"


def test_a_request_from_an_untrusted_address_is_counted_by_its_own_address(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    article = make_article()
    url = article.get_absolute_url("hy")
    for n in range(5):
        view(url, remote=OUTSIDER, forwarded=f"203.0.113.{n}, {PROXY}")
    assert shown(article, "hy")[0] == 1
    assert address(OUTSIDER, f"203.0.113.5, {PROXY}") == OUTSIDER


def test_a_spoofed_leftmost_entry_gives_way_to_the_rightmost_untrusted_hop(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    article = make_article()
    url = article.get_absolute_url("hy")
    for n in range(5):  # the reader writes a new address each time; the proxy appends the real one
        view(url, remote=PROXY, forwarded=f"192.0.2.{n}, 203.0.113.5")
    assert shown(article, "hy")[0] == 1
    assert address(PROXY, "192.0.2.1, 203.0.113.5") == "203.0.113.5"


def test_a_chain_of_trusted_proxies_is_read_past_every_one_of_them(settings):
    # A CDN's edge (192.0.2.0/24) in front of the local nginx (127.0.0.1).
    settings.TRUSTED_PROXIES = ["127.0.0.1", "192.0.2.0/24"]
    assert address("127.0.0.1", "10.9.9.9, 203.0.113.5, 192.0.2.77") == "203.0.113.5"
    assert address("127.0.0.1", "203.0.113.5, 10.0.0.8, 192.0.2.77") == "10.0.0.8"  # an untrusted hop stops the walk
    assert address("127.0.0.1", "192.0.2.1, 192.0.2.77") == "192.0.2.1"  # all trusted: the farthest
    assert address("127.0.0.1") == "127.0.0.1"  # the proxy's own request


@pytest.mark.parametrize(
    ("remote", "forwarded", "client"),
    [
        ("::ffff:10.0.0.1", "203.0.113.5", "203.0.113.5"),  # the proxy seen over IPv6
        (PROXY, "2001:db8::5", "2001:db8::5"),
        (PROXY, "[2001:db8::5]:4711", "2001:db8::5"),
        (PROXY, "203.0.113.5:4711", "203.0.113.5"),
        (PROXY, "unknown, 203.0.113.5", "203.0.113.5"),
        (PROXY, "", PROXY),
    ],
)
def test_forwarded_addresses_are_read_as_addresses(settings, remote, forwarded, client):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert address(remote, forwarded) == client


# What a shared cache may keep -------------------------------------------------------


def test_the_article_page_is_private_for_new_and_returning_readers(reader):
    article = make_article()
    url = article.get_absolute_url("hy")
    first = reader.get(url)
    assert "visitor" in first.cookies
    assert first["Cache-Control"] == "private"
    assert reader.get(url)["Cache-Control"] == "private"


def test_a_list_page_that_remembers_the_language_is_private(reader):
    response = reader.get("/ru/")
    assert response.cookies["django_language"].value == "ru"
    assert response["Cache-Control"] == "private"


def test_a_share_that_hands_out_the_visitor_cookie_is_private(reader):
    article = make_article()
    response = reader.post(f"/hy/articles/{article.pk}/share/telegram/")
    assert response.status_code == 303 and "visitor" in response.cookies
    assert response["Cache-Control"] == "private"


def test_the_admins_own_no_store_is_kept(client):
    response = client.get("/admin/login/")
    assert "csrftoken" in response.cookies
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"no-store", "private"} <= directives


# CSRF behind a TLS proxy ------------------------------------------------------------


def admin_login_through_a_tls_proxy():
    """A login posted from https://testserver/admin/ through a proxy that says the request was https."""
    get_user_model().objects.create_user(username="press", password="pw-for-tests-only", is_staff=True)
    # As a browser and the proxy send it: the Host, and the scheme the browser used.
    browser = Client(enforce_csrf_checks=True, HTTP_HOST="testserver", HTTP_X_FORWARDED_PROTO="https")
    page = browser.get("/admin/login/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    return browser.post(
        "/admin/login/",
        {"username": "press", "password": "pw-for-tests-only", "csrfmiddlewaretoken": token, "next": "/admin/"},
        HTTP_ORIGIN="https://testserver",
    )


def test_behind_a_tls_proxy_an_admin_post_from_the_https_origin_passes_csrf(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = admin_login_through_a_tls_proxy()
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_without_the_forwarded_scheme_setting_the_same_post_is_refused():
    assert admin_login_through_a_tls_proxy().status_code == 403


# The same under gunicorn, the proxy connecting from 127.0.0.2 -----------------------


def through(base, method, path, *, source, headers=None, body=None):
    """A request to the server at `base` from the local address `source`."""
    port = int(base.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers={"Host": "localhost", **(headers or {})})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        conn.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.project_processes
def test_under_gunicorn_a_proxy_elsewhere_gets_https_posts_through_and_readers_told_apart():
    # gunicorn trusts X-Forwarded-Proto only from 127.0.0.1: a proxy on any
    # other address depends on the site's own settings.
    get_user_model().objects.create_user(username="press", password="pw-for-tests-only", is_staff=True)
    article = make_article()
    proxy = {"X-Forwarded-Proto": "https", "User-Agent": BROWSER_UA}
    with serve(
        workers=1, DJANGO_SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto", DJANGO_TRUSTED_PROXIES="127.0.0.2"
    ) as base:
        status, headers, page = through(base, "GET", "/admin/login/", source="127.0.0.2", headers=proxy)
        cookie = SimpleCookie(headers["Set-Cookie"])["csrftoken"].value
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        status, headers, _ = through(
            base,
            "POST",
            "/admin/login/",
            source="127.0.0.2",
            headers={
                **proxy,
                "Origin": "https://localhost",
                "Cookie": f"csrftoken={cookie}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            body=f"username=press&password=pw-for-tests-only&csrfmiddlewaretoken={token}&next=/admin/",
        )
        assert (status, headers["Location"]) == (302, "/admin/")

        url = article.get_absolute_url("hy")
        for reader in ("203.0.113.5", "203.0.113.6", "203.0.113.5"):
            assert through(base, "GET", url, source="127.0.0.2", headers={**proxy, "X-Forwarded-For": reader})[0] == 200
        for forged in ("203.0.113.7", "203.0.113.8"):  # straight to gunicorn, not through the proxy
            headers = {"User-Agent": BROWSER_UA, "X-Forwarded-For": forged}
            assert through(base, "GET", url, source="127.0.0.1", headers=headers)[0] == 200
    settle()
    assert edition(article, "hy").views == 3
