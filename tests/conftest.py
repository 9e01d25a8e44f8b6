import pytest
from django.core.cache import cache
from django.utils import translation

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"


@pytest.fixture(autouse=True)
def _clean_state(request):
    """Each test with a database starts with an empty cache; no test leaks an active language."""
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
        request.fixturenames
    )
    if uses_db:
        request.getfixturevalue("db" if "transactional_db" not in request.fixturenames else "transactional_db")
        cache.clear()
    yield
    translation.deactivate()


@pytest.fixture
def reader(client):
    """A test client that looks like a browser (the default test client has no user agent: a bot)."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER_UA
    return client


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # Browser tests run on a live server, so their database is flushed after
    # each one; they go last (after the random shuffle) so that no ordinary
    # test runs on a flushed database.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
