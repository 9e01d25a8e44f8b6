"""SQLite's log is checkpointed by a thread of each process, not by the readers' requests."""

import sqlite3
import time

import pytest
from django.db import connection

from cms import sqlite

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own log")


def wal_database(path):
    database = sqlite3.connect(path, isolation_level=None)
    database.execute("PRAGMA journal_mode=WAL")
    # As the site's connections are, past the safety net: only the thread checkpoints.
    database.execute("PRAGMA wal_autocheckpoint = 0")
    database.execute("CREATE TABLE t (x TEXT)")
    return database


def wait_for(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_the_thread_copies_the_log_into_the_database(tmp_path):
    path = tmp_path / "site.sqlite3"
    database = wal_database(path)
    before = path.stat().st_size
    database.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(2000)])
    assert path.stat().st_size == before  # all of it in the log so far

    sqlite.checkpointer_start(path, 0.05)

    assert wait_for(lambda: path.stat().st_size > before + 500 * 1000)
    assert database.execute("SELECT count(*) FROM t").fetchone() == (2000,)
    database.close()


def test_a_path_with_uri_characters_is_the_database_itself(tmp_path):
    folder = tmp_path / "news#room?%41"
    folder.mkdir()
    path = folder / "site.sqlite3"
    database = wal_database(path)
    before = path.stat().st_size
    database.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(2000)])

    sqlite.checkpointer_start(path, 0.05)

    assert wait_for(lambda: path.stat().st_size > before + 500 * 1000)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # no stray database beside it
    database.close()


def test_the_thread_never_creates_a_database_that_was_deleted(tmp_path):
    path = tmp_path / "gone.sqlite3"
    wal_database(path).close()
    thread = sqlite.checkpointer_start(path, 0.02)
    path.unlink()
    time.sleep(0.2)
    assert thread.is_alive()
    assert not path.exists()


def test_one_thread_per_process_and_database(tmp_path):
    path = tmp_path / "one.sqlite3"
    wal_database(path).close()
    assert sqlite.checkpointer_start(path, 0.05) is sqlite.checkpointer_start(path, 0.05)


@pytest.mark.django_db
def test_site_connections_leave_checkpoints_to_the_thread_up_to_the_safety_net():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        assert cursor.fetchone()[0] == sqlite.SAFETY_NET_PAGES


def seen_client_table() -> tuple[str, list]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'articles_seenclient'")
        (sql,) = cursor.fetchone()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles_seenclient'")
        return sql, [name for (name,) in cursor.fetchall()]


@pytest.mark.django_db(transaction=True)
def test_counted_clients_are_one_btree_and_the_migration_goes_both_ways():
    from django.core.management import call_command
    from django.utils import timezone

    from articles.models import SeenClient

    # A migration that had SQLite remake the table would drop WITHOUT ROWID unsaid.
    sql, indexes = seen_client_table()
    assert sql.endswith("WITHOUT ROWID")
    assert indexes == []  # the primary key is the table itself

    expires = timezone.now().replace(microsecond=0)
    SeenClient.objects.create(digest="d" * 32, expires_at=expires)
    try:
        call_command("migrate", "articles", "0008", verbosity=0)
        sql, indexes = seen_client_table()
        assert "WITHOUT ROWID" not in sql
        assert len(indexes) == 2  # the key's, and expires_at's
    finally:
        # The database is shared with the tests that follow; going back also
        # unapplied the apps that depend on articles (editorial), so all go forward.
        call_command("migrate", verbosity=0)
    assert seen_client_table()[0].endswith("WITHOUT ROWID")
    assert SeenClient.objects.get().expires_at == expires
