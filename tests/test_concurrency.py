"""
Exact counts under real concurrency: many clients at once against a live
server in threads, and against several gunicorn worker processes sharing the
database (and Redis, when REDIS_URL is set), plus a flush killed half-way.
"""

import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from articles import counters
from tests.conftest import TEST_REDIS
from tests.factories import edition, make_article
from tests.servers import BASE_DIR, UA, fetch, project_env, serve

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.project_processes]


def read_and_share(base, path, share_path, reader):
    """One reader: views the page (twice: counted once), then shares it (twice: counted once)."""
    headers = {"User-Agent": UA.format(reader)}
    statuses = []
    status, response_headers, _body = fetch(base, "GET", path, headers)
    statuses.append(status)
    cookies = "; ".join(value.split(";", 1)[0] for name, value in response_headers if name.lower() == "set-cookie")
    with_cookies = {**headers, "Cookie": cookies}
    statuses.append(fetch(base, "GET", path, with_cookies)[0])
    # What a browser sends with the share form's plain POST from the article page.
    form = {**with_cookies, "Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin"}
    for _ in range(2):
        statuses.append(fetch(base, "POST", share_path, form, "")[0])
    return statuses


def drive(base, article, readers, *, workers=16):
    path = article.get_absolute_url("hy")
    share = f"/hy/articles/{article.pk}/share/telegram/"
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda n: read_and_share(base, path, share, n), range(readers)))
    return [status for statuses in results for status in statuses]


def settle():
    """Move what Redis holds into the database, when counting goes through Redis."""
    store = counters.counter()
    if isinstance(store, counters.RedisCounter):
        store.flush()


@pytest.fixture
def clean_redis():
    store = counters.counter()
    if isinstance(store, counters.RedisCounter):
        store.redis.delete(counters.PENDING, counters.BATCHES)
    yield


@pytest.mark.usefixtures("clean_redis")
def test_threads_against_a_live_server_count_exactly(live_server):
    article = make_article()
    statuses = drive(live_server.url, article, readers=60)
    assert statuses.count(200) == 120 and statuses.count(303) == 120, sorted(set(statuses))
    settle()
    target = edition(article, "hy")
    assert (target.views, target.shares) == (60, 60)


@pytest.fixture
def gunicorn():
    """The project under gunicorn with three worker processes."""
    with serve(workers=3) as base:
        yield base


@pytest.mark.usefixtures("clean_redis")
def test_worker_processes_count_exactly_with_zero_errors(gunicorn):
    article = make_article()
    statuses = drive(gunicorn, article, readers=120, workers=24)
    assert statuses.count(200) == 240 and statuses.count(303) == 240, sorted(set(statuses))
    settle()
    target = edition(article, "hy")
    assert (target.views, target.shares) == (120, 120)


@pytest.mark.parametrize("point", ["before-commit", "after-commit"])
def test_a_killed_flush_loses_nothing_and_counts_nothing_twice(redis_counter, point):
    # Scale mode whatever this pass is configured with: the flush is what is tested.
    store = redis_counter
    article = make_article()
    target = edition(article, "hy").pk
    for n in range(25):
        store.record(counters.Event(kind=counters.VIEW, edition_id=target, client=f"reader-{n}"))
    flush = subprocess.Popen(
        [sys.executable, "manage.py", "flush_counters"],
        cwd=BASE_DIR,
        env=project_env(REDIS_URL=TEST_REDIS, COUNTERS_FLUSH_PAUSE=f"{point}:60"),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert flush.stdout.readline().strip() == f"paused at {point}"
    flush.kill()
    flush.wait()
    store.record(counters.Event(kind=counters.VIEW, edition_id=target, client="reader-late"))
    done = subprocess.run(
        [sys.executable, "manage.py", "flush_counters"], cwd=BASE_DIR, env=project_env(REDIS_URL=TEST_REDIS), check=True
    )
    assert done.returncode == 0
    assert edition(article, "hy").views == 26
    assert store.pending(target) == (0, 0)


def test_no_reader_sees_an_error_while_writers_compete(live_server):
    """Many first-time readers of several articles at once: every page answers 200."""
    articles = [make_article() for _ in range(3)]
    errors = []

    def read(n):
        article = articles[n % 3]
        status = fetch(live_server.url, "GET", article.get_absolute_url("hy"), {"User-Agent": UA.format(n)})[0]
        if status != 200:
            errors.append(status)

    threads = [threading.Thread(target=read, args=(n,)) for n in range(90)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    settle()
    assert errors == []
    assert sum(edition(article, "hy").views for article in articles) == 90


@pytest.mark.usefixtures("migrated_rows")
def test_an_edited_interface_string_is_live_on_another_server_within_five_seconds():
    """Two servers on one database (and cache): an edit saved through one shows on the other."""
    import urllib.parse
    import urllib.request
    from http.cookiejar import CookieJar

    from catalogs import po
    from tests.test_translators import make_translator

    make_translator("tr", username="nur")
    article = make_article(languages=["tr"], source="tr")
    page = article.get_absolute_url("tr")
    key = po.entry_key("", "Share with friends")
    with serve(workers=1, DJANGO_CATALOG_CHECK_SECONDS="1") as first, serve(workers=1) as second:
        assert "Arkadaşlarınızla paylaşın" in fetch(second, "GET", page, {"User-Agent": UA.format("b")})[2]

        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

        def post(url, fields):
            form = browser.open(first + url, timeout=30).read().decode()
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
            data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
            request = urllib.request.Request(first + url, data=data, headers={"Referer": first + url})  # noqa: S310
            return browser.open(request, timeout=30)

        post("/admin/login/?next=/admin/", {"username": "nur", "password": "pw-for-tests-only"})
        saved = post(f"/admin/catalogs/localeentry/tr/{key}/", {"version": "0", "form_0": "Dostlarınla paylaş"})
        assert saved.status == 200 and "/admin/catalogs/localeentry/" in saved.url
        started = time.monotonic()
        while time.monotonic() - started < 5:
            if "Dostlarınla paylaş" in fetch(second, "GET", page, {"User-Agent": UA.format("b")})[2]:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the edit did not reach the other server within 5 seconds")


def admin_login(base, username, password):
    """The admin's login form, fetched and sent as a browser would; the status of the answer."""
    _status, headers, form = fetch(base, "GET", "/admin/login/")
    cookies = "; ".join(value.split(";", 1)[0] for name, value in headers if name.lower() == "set-cookie")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    body = urlencode({"username": username, "password": password, "next": "/admin/", "csrfmiddlewaretoken": token})
    headers = {"Cookie": cookies, "Content-Type": "application/x-www-form-urlencoded"}
    return fetch(base, "POST", "/admin/login/", headers, body)[0]


def test_failed_logins_add_up_across_servers_and_their_workers():
    """Two servers of two workers each on one database, as two hosts: five wrong passwords in all lock the account."""
    from axes.models import AccessAttempt
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("press", password="pw-for-tests-only", is_staff=True)
    with serve(workers=2) as first, serve(workers=2) as second:
        statuses = [admin_login(base, "press", "wrong") for base in [first, second, first, second, first]]
        assert statuses == [200, 200, 200, 200, 429]
        assert admin_login(second, "press", "pw-for-tests-only") == 429
        AccessAttempt.objects.all().delete()
        assert admin_login(first, "press", "pw-for-tests-only") == 302
