"""Bad input and bad days: each answered cleanly, nothing lost or invented."""

import sqlite3
import time
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client

from articles import counters
from articles.models import Article, Edition
from tests.conftest import BROWSER_UA, calls_of
from tests.factories import edition, make_article, make_press_secretary, shown
from tests.test_translators import change_form_data, make_translator


@pytest.mark.django_db
def test_two_readers_behind_one_address_get_different_visitor_cookies():
    first, second = make_article(), make_article()
    alice = Client(HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="203.0.113.7")
    bob = Client(HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="203.0.113.7")
    alice.get(first.get_absolute_url("hy"))
    bob.get(second.get_absolute_url("hy"))
    assert alice.cookies["visitor"].value != bob.cookies["visitor"].value
    # Bob at home reads the article Alice read: he is his cookie, not her.
    bob.defaults["REMOTE_ADDR"] = "198.51.100.9"
    bob.get(first.get_absolute_url("hy"))
    assert shown(first, "hy")[0] == 2


@pytest.mark.parametrize(
    "transactional",
    [
        pytest.param(False, marks=pytest.mark.django_db),
        # Outside a test's transaction SQLite counts through its own write path.
        pytest.param(True, marks=pytest.mark.django_db(transaction=True)),
    ],
)
def test_a_reader_taken_for_a_colleague_counts_once_his_own_cookie_comes_back(transactional, request):
    if transactional:
        request.getfixturevalue("migrated_rows")
    article = make_article()
    url = article.get_absolute_url("hy")
    alice = Client(HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="203.0.113.7")
    bob = Client(HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="203.0.113.7")
    alice.get(url)
    bob.get(url)  # same address and agent, no cookie yet: taken for Alice
    assert shown(article, "hy")[0] == 1
    bob.get(url)  # with the cookie he was given: a client of his own
    bob.get(url)
    assert shown(article, "hy")[0] == 2


@pytest.mark.django_db
def test_head_and_other_methods_do_not_count(client):
    article = make_article()
    url = article.get_absolute_url("hy")
    assert client.head(url, HTTP_USER_AGENT=BROWSER_UA).status_code == 200
    assert client.options(url, HTTP_USER_AGENT=BROWSER_UA).status_code == 405
    assert client.post(url, HTTP_USER_AGENT=BROWSER_UA).status_code in (403, 405)
    assert shown(article, "hy")[0] == 0


@pytest.mark.django_db
@pytest.mark.parametrize("pk", ["99999999999999999999", "9223372036854775808"])
def test_an_id_too_large_for_the_database_is_404(client, pk):
    assert client.get(f"/hy/articles/{pk}/x/").status_code == 404
    assert client.post(f"/hy/articles/{pk}/share/x/").status_code in (403, 404)
    assert client.get(f"/hy/preview/{pk}/").status_code in (302, 404)


@contextmanager
def write_lock_held_elsewhere(monkeypatch, timeout):
    """SQLite's write lock held by another connection; the site's counter waits at most `timeout`."""
    monkeypatch.setattr(counters, "counter", lambda: counters.DatabaseCounter())
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "timeout", timeout)
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the lock is SQLite's own")
@pytest.mark.django_db(transaction=True)
def test_a_locked_database_drops_the_count_but_never_the_page(monkeypatch, migrated_rows):
    article = make_article()
    with write_lock_held_elsewhere(monkeypatch, timeout=0.2):
        reader = Client(HTTP_USER_AGENT=BROWSER_UA, raise_request_exception=False)
        assert reader.get(article.get_absolute_url("hy")).status_code == 200
    assert edition(article, "hy").views == 0


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the lock is SQLite's own")
@pytest.mark.django_db(transaction=True)
def test_a_returning_reader_does_not_wait_for_the_write_lock(monkeypatch, migrated_rows):
    article = make_article()
    reader = Client(HTTP_USER_AGENT=BROWSER_UA)
    assert reader.get(article.get_absolute_url("hy")).status_code == 200
    with write_lock_held_elsewhere(monkeypatch, timeout=2):
        started = time.monotonic()
        assert reader.get(article.get_absolute_url("hy")).status_code == 200
        # A writer would queue for the whole 2 s before giving up.
        assert time.monotonic() - started < 1
    assert edition(article, "hy").views == 1


@pytest.mark.django_db
def test_an_editions_language_cannot_be_changed(client):
    client.force_login(make_press_secretary())
    article = make_article(languages=["hy", "ru"], published=["hy"])
    Edition.objects.filter(article=article, language="hy").update(views=5000)
    data = change_form_data(client, article)
    data["editions-0-language"] = "ru"
    client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert edition(article, "hy").views == 5000
    assert not Edition.objects.filter(article=article, language="ru").exists()


@pytest.mark.django_db
def test_removing_a_live_editions_working_title_leaves_readers_its_published_one(client):
    client.force_login(make_translator("tr"))
    article = make_article(languages=["hy", "tr"])
    published_title = article.title_tr
    data = change_form_data(client, article)
    data["title_tr"] = ""
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title_tr in ("", None)
    page = client.get(f"/tr/articles/{article.pk}/x/", follow=True, HTTP_USER_AGENT="Mozilla/5.0 Firefox/128.0")
    assert published_title in page.content.decode()


@pytest.mark.django_db
def test_an_article_whose_cover_file_is_gone_can_still_be_saved(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    article = make_article(cover="covers/2026/11/gone.jpg")
    client.force_login(make_press_secretary())
    data = change_form_data(client, article)
    data["lead_hy"] = "A corrected lead"
    assert client.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    assert Article.objects.get(pk=article.pk).lead_hy == "A corrected lead"


@pytest.mark.django_db
def test_redis_down_costs_one_timeout_not_one_per_request(monkeypatch):
    store = counters.RedisCounter("redis://127.0.0.1:1/0")
    monkeypatch.setattr(counters, "counter", lambda: store)
    calls = calls_of(store)
    article = make_article()
    for n in range(5):
        assert Client(HTTP_USER_AGENT=f"{BROWSER_UA} {n}").get(article.get_absolute_url("hy")).status_code == 200
    assert len(calls) == 1  # then straight to the database for a while
    assert edition(article, "hy").views == 5
