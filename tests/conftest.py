import os
import time
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.cache import cache
from django.utils import translation

from articles import counters, pages
from catalogs import runtime


def _worker_number() -> int:
    """0 in a plain run; N for pytest-xdist's worker gwN."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def _other_database(url: str, offset: int) -> str:
    """The Redis `url` on the database `offset` away from its own (0 when it names none)."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0) + offset
    return urlunsplit(parts._replace(path=f"/{number}"))


# Parallel workers each count in a Redis database of their own, as each has
# its own test database: a test that empties the counts must not empty another
# worker's. The site's databases count up from REDIS_URL's, the counting
# tests' down from REDIS_TEST_URL's.
TEST_REDIS = _other_database(os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15"), -_worker_number())


def pytest_configure(config):
    from django.conf import settings

    if settings.REDIS_URL and _worker_number():
        settings.REDIS_URL = _other_database(settings.REDIS_URL, _worker_number())
        settings.CACHES["default"]["LOCATION"] = settings.REDIS_URL


BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"


@pytest.fixture(autouse=True)
def _file_catalogs(settings):
    # Each test starts with the catalogs as the files have them, and workers
    # that check for edits only after a save (runtime.forget), so query counts
    # do not depend on the clock; the live reload is tested on its own.
    settings.CATALOG_CHECK_SECONDS = 3600
    runtime.reset()
    runtime._state["checked_at"] = time.monotonic()
    yield
    runtime.reset()


@pytest.fixture(autouse=True)
def _quick_password_hashing(request, settings):
    # The production hasher takes about half a second a password, and hundreds
    # of tests make accounts or log in: how Django hashes is not what they test.
    # Tests that start project processes keep it, since those processes check
    # the hashes these tests write.
    if not request.node.get_closest_marker("project_processes"):
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_pages(settings):
    # Tests look at the list right after a change; the one-second grace the
    # site allows itself is tested on its own (test_views).
    settings.PAGE_RECHECK_SECONDS = 0
    pages.clear()


@pytest.fixture(autouse=True)
def _clean_state(request):
    """Each test with a database starts with an empty cache; no test leaks an active language."""
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
        request.fixturenames
    )
    if uses_db:
        request.getfixturevalue("db" if "transactional_db" not in request.fixturenames else "transactional_db")
        cache.clear()
        store = counters.counter()
        if isinstance(store, counters.RedisCounter):
            # Database ids restart with each test database; counts in Redis must too.
            for key in store.redis.scan_iter("counts:*"):
                store.redis.delete(key)
            store.forget()
            store.redis.delete(runtime.REDIS_KEY)
    yield
    translation.deactivate()


@pytest.fixture
def reader(client):
    """A test client that looks like a browser (the default test client has no user agent: a bot)."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER_UA
    return client


def _flushes_database(item) -> bool:
    marker = item.get_closest_marker("django_db")
    transactional = marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))
    return bool(transactional) or bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # Tests that commit (live servers, threads, other processes) end with a
    # flush of the database, which also drops the rows that migrations made;
    # they go last, after the random shuffle, so no ordinary test runs after one.
    items.sort(key=_flushes_database)


@pytest.fixture
def redis_counter():
    """A Redis counting store on a database of its own, emptied around the test."""
    store = counters.RedisCounter(TEST_REDIS)
    try:
        store.redis.ping()
    except store.errors:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no Redis at {TEST_REDIS} (CI always has one)")
    store.redis.flushdb()
    yield store
    store.redis.flushdb()


DATA_MIGRATIONS = [
    "articles.migrations.0002_press_secretary_group",
    "articles.migrations.0003_site_settings_row",
    "articles.migrations.0007_translator_group",
    "catalogs.migrations.0002_translator_permissions",
    "articles.migrations.0012_press_secretary_unlocks_logins",
    "editorial.migrations.0005_author_group",
    "editorial.migrations.0006_press_secretary_sees_activity",
    "articles.migrations.0017_byline_roles",
    "articles.migrations.0022_categories",
]


@pytest.fixture
def migrated_rows(transactional_db):
    """
    The rows that data migrations make (groups, the settings row), made again:
    a test that commits ends with a flush of the database, which drops them
    for the next such test.
    """
    import importlib

    from django.apps import apps
    from django.db.migrations import RunPython

    for name in DATA_MIGRATIONS:
        for operation in importlib.import_module(name).Migration.operations:
            if isinstance(operation, RunPython):
                operation.code(apps, None)


def calls_of(store) -> list:
    """The Redis calls the counter makes from now on, recorded as they pass."""
    calls = []
    script = store.count_script

    def recorded(*args, **kwargs):
        calls.append(kwargs["keys"][2])
        return script(*args, **kwargs)

    store.count_script = recorded
    return calls


@pytest.fixture
def press(client):
    """A logged-in press secretary whose browser asks for English (a new user's admin follows the browser)."""
    from tests.factories import make_press_secretary

    client.force_login(make_press_secretary())
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def media(settings, tmp_path):
    """Uploads and renditions stored in a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
