"""
Keeping each worker's interface translations current.

Edits live in the database. A catalog version, raised by every saved edit,
is read at most once a second per worker (from Redis when configured, else
the database); when it has moved, the worker drops Django's loaded catalogs
and loads them again with the edits on top. No file is written and no
restart is needed; every worker and host sees an edit within about a second.
"""

import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils.translation import trans_real

logger = logging.getLogger(__name__)

REDIS_KEY = "catalogs:version"
# Redis can miss an announcement made while it was down: the database, which
# always has the version, is read as well at least this often.
DATABASE_CHECK_SECONDS = 30
REDIS_RETRY_SECONDS = 10

_state = {"checked_at": float("-inf"), "version": None, "database_checked_at": float("-inf"), "redis_down_until": 0.0}
_lock = threading.Lock()


def _redis():
    import redis

    if "client" not in _state:
        _state["client"] = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
    return _state["client"]


def _database_version() -> int:
    from .models import CatalogVersion

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {CatalogVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else 0


def current_version() -> int:
    """The catalog version every worker should be at: Redis's word, checked against the database's."""
    now = time.monotonic()
    if settings.REDIS_URL and now >= _state["redis_down_until"]:
        try:
            value = _redis().get(REDIS_KEY)
        except Exception:
            logger.warning("Redis unavailable: reading the catalog version from the database", exc_info=True)
            _state["redis_down_until"] = now + REDIS_RETRY_SECONDS
        else:
            if value is not None and now - _state["database_checked_at"] < DATABASE_CHECK_SECONDS:
                return int(value)
            _state["database_checked_at"] = now
            return max(int(value or 0), _database_version())
    return _database_version()


def announce(version: int) -> None:
    """Tell every worker, through Redis when configured, that the catalogs are at `version`."""
    if settings.REDIS_URL:
        try:
            _redis().set(REDIS_KEY, version)
        except Exception:  # noqa: BLE001 - workers then read the database, which has it too
            logger.warning("Redis unavailable: the catalog version is announced through the database only")


def loaded_version():
    return _state["version"]


def ensure_current() -> None:
    """Reload this worker's catalogs if an edit was saved since it last did; cheap when none was."""
    now = time.monotonic()
    if now - _state["checked_at"] < settings.CATALOG_CHECK_SECONDS:
        return
    with _lock:
        if now - _state["checked_at"] < settings.CATALOG_CHECK_SECONDS:
            return
        _state["checked_at"] = now
        try:
            version = current_version()
        except DatabaseError:
            logger.warning("catalog version unavailable", exc_info=True)
            return
        if version != _state["version"]:
            reload()
            _state["version"] = version


def reload() -> None:
    """Load Django's catalogs afresh and put the saved edits on top."""
    from .models import LocaleEntry

    edits = list(LocaleEntry.objects.values_list("language", "msgctxt", "msgid", "msgid_plural", "forms"))
    trans_real._translations = {}
    trans_real._default = None
    for language in {code for code, _name in settings.LANGUAGES}:
        catalog = trans_real.translation(language)._catalog
        for edit_language, msgctxt, msgid, msgid_plural, forms in edits:
            if edit_language != language:
                continue
            key = f"{msgctxt}{trans_real.CONTEXT_SEPARATOR}{msgid}" if msgctxt else msgid
            if msgid_plural:
                for index, form in enumerate(forms):
                    catalog[(key, index)] = form
            else:
                catalog[key] = forms[0]


def forget() -> None:
    """Make the next request check the version at once (after a save in this worker, and in tests)."""
    _state["checked_at"] = float("-inf")


def reset() -> None:
    """Back to the catalogs as the files have them, as if the process had just started (for tests)."""
    trans_real._translations = {}
    trans_real._default = None
    _state.update(checked_at=float("-inf"), version=None, database_checked_at=float("-inf"), redis_down_until=0.0)


class CatalogMiddleware:
    """Keeps this worker's interface translations at the saved version; before LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        ensure_current()
        return self.get_response(request)
