"""
SQLite's checkpoints, taken off the request path.

In WAL mode a commit only appends to the -wal file; from time to time the log
must be copied back into the database file (a checkpoint), and the disk
flushed. By default SQLite does it inside the commit that takes the log past
1000 pages, so on a busy site one reader in a few hundred waits for the disk
while their view is counted. Here each process runs one background thread
that checkpoints every SQLITE_CHECKPOINT_SECONDS in PASSIVE mode (it never
blocks a reader or a writer), and request connections only checkpoint
themselves once the log is much longer: a safety net for a thread that falls
behind, or a short management command that ends before its thread's turn.

Durability is unchanged: synchronous=NORMAL already leaves the flush to
checkpoint time.
"""

import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

# Pages (4 KiB each) a connection lets the log grow to before it checkpoints itself.
SAFETY_NET_PAGES = 16384
# The log file is cut back to this size after a checkpoint has emptied it.
JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024

_threads: dict[tuple[int, str], threading.Thread] = {}
_threads_lock = threading.Lock()


def on_connection_created(sender, connection, **kwargs) -> None:
    """Hand a new file-backed SQLite connection's checkpoints to this process's thread."""
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return
    interval = settings.SQLITE_CHECKPOINT_SECONDS
    if interval <= 0:
        return
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_NET_PAGES}")
        cursor.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
    checkpointer_start(Path(connection.settings_dict["NAME"]).resolve(), interval)


def checkpointer_start(path: Path, interval: float) -> threading.Thread:
    """The checkpoint thread of this process for the database at `path` (absolute), started if need be."""
    # Keyed by process too: a worker forked from a process that had one does not inherit the thread.
    key = (os.getpid(), path)
    with _threads_lock:
        thread = _threads.get(key)
        if thread is None or not thread.is_alive():
            thread = threading.Thread(
                target=_checkpoint_forever, args=(path, interval), name="sqlite-checkpoint", daemon=True
            )
            thread.start()
            _threads[key] = thread
    return thread


def _checkpoint_forever(path: Path, interval: float) -> None:
    # mode=rw: a database deleted meanwhile (a test run's) is not created again.
    # as_uri() escapes what the path may hold of "?", "#" or "%".
    uri = f"{path.as_uri()}?mode=rw"
    last_error = ""
    while True:
        time.sleep(interval)
        try:
            connection = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
        except sqlite3.Error:
            continue  # not there (yet, or any more)
        # Not kept open between checkpoints, so the files are never held after the site lets them go.
        try:
            checkpoint(connection)
            last_error = ""
        except sqlite3.Error as exc:
            # Another process's checkpoint running: this one's turn comes next
            # time. Any other failure is said once, not twice a second.
            quiet = "locked" in str(exc) or "busy" in str(exc) or str(exc) == last_error
            logger.log(logging.DEBUG if quiet else logging.WARNING, "SQLite checkpoint of %s failed: %s", path, exc)
            last_error = str(exc)
        finally:
            connection.close()


def checkpoint(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """One PASSIVE checkpoint: (1 if it could not finish, pages in the log, pages copied)."""
    return connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
