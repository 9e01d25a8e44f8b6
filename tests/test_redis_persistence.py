"""
Scale mode when Redis fails. A Redis of the test's own, persisting to an
append-only file, killed with SIGKILL while readers keep reading through a
gunicorn with several workers, then started again on its port and directory;
one worker's store with Redis failing as a test tells it; the flush of pending
counts, and what it says when Redis is down.
"""

import http.client
import itertools
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest
import redis

from articles import counters
from articles.counters import VIEW, Event, RedisCounter, redis_store
from tests.conftest import TEST_REDIS
from tests.factories import edition, make_article
from tests.servers import BASE_DIR, UA, cookies_of, fetch, free_port, project_env, serve

REDIS_SERVER = shutil.which("redis-server")


class RedisServer:
    """A redis-server of the test's own on a free port, persisting to an append-only file in `directory`."""

    def __init__(self, directory, *, fsync: str):
        self.directory = directory
        self.fsync = fsync
        self.port = free_port()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start it (again), on the same port and directory, and wait until it has loaded its file and answers."""
        self.process = subprocess.Popen(  # noqa: S603 - our own server
            [
                REDIS_SERVER,
                *("--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory)),
                *("--appendonly", "yes", "--appendfsync", self.fsync, "--save", ""),
                *("--logfile", "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_timeout=1, socket_connect_timeout=1)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"redis-server exited: {self.log()}")
            try:
                if client.ping():
                    return
            except redis.RedisError:
                time.sleep(0.05)
        pytest.fail(f"redis-server did not answer: {self.log()}")

    def kill(self) -> None:
        """SIGKILL: Redis gets no chance to write anything more."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def log(self) -> str:
        path = self.directory / "redis.log"
        return path.read_text()[-2000:] if path.exists() else ""


@pytest.fixture
def persistent_redis(tmp_path):
    """A Redis with AOF on, `appendfsync always`, of this test alone; ended by its pid whatever happens."""
    if REDIS_SERVER is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (CI always has it)")
        pytest.skip("redis-server is not installed")
    server = RedisServer(tmp_path, fsync="always")
    server.start()
    try:
        yield server
    finally:
        server.stop()


class NewReaders:
    """
    Threads that keep opening a page, each request as a reader never seen
    before (a browser's user agent of its own, no cookie), until stopped.
    """

    def __init__(self, base: str, path: str, *, threads: int = 4):
        self.base, self.path = base, path
        self.statuses: list[int] = []
        self.errors: list[str] = []
        self.slowest = 0.0
        self._numbers = itertools.count()
        self._stopped = threading.Event()
        self._threads = [threading.Thread(target=self._read, daemon=True) for _ in range(threads)]

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self._stopped.set()
        for thread in self._threads:
            thread.join(timeout=30)

    def _read(self) -> None:
        while not self._stopped.is_set():
            agent = UA.format(f"new-{next(self._numbers)}")
            started = time.monotonic()
            try:
                status = fetch(self.base, "GET", self.path, {"User-Agent": agent}, timeout=15)[0]
            except (OSError, http.client.HTTPException) as exc:  # no answer: whether it counted is unknown
                self.errors.append(repr(exc))
                continue
            self.slowest = max(self.slowest, time.monotonic() - started)
            self.statuses.append(status)


def flush_counters(redis_url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "flush_counters"],
        cwd=BASE_DIR,
        env=project_env(REDIS_URL=redis_url),
        capture_output=True,
        text=True,
        timeout=60,
    )


class ReturningReader:
    """A reader whose browser keeps the cookies the site sets (the visitor cookie among them)."""

    def __init__(self, base: str, n: int):
        self.base = base
        self.agent = UA.format(f"returning-{n}")
        self.cookies: dict[str, str] = {}

    def read(self, article) -> int:
        headers = {"User-Agent": self.agent}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        status, response_headers, _ = fetch(self.base, "GET", article.get_absolute_url("hy"), headers, timeout=15)
        for pair in filter(None, cookies_of(response_headers).split("; ")):
            name, _, value = pair.partition("=")
            self.cookies[name] = value
        return status


@pytest.mark.django_db(transaction=True)
def test_redis_killed_and_restarted_with_aof_loses_no_view_and_counts_no_reader_twice(persistent_redis, tmp_path):
    new_readers_article, first, second = make_article(), make_article(), make_article()
    statuses = []
    with serve(workers=3, REDIS_URL=persistent_redis.url, log=tmp_path / "gunicorn.log") as base:
        # Each returning reader came as a new reader of `first`: their cookie carries that window.
        readers = [ReturningReader(base, n) for n in range(20)]
        statuses += [reader.read(first) for reader in readers]
        # Half of them also read `second`: that window is in Redis and in one worker's memory only.
        statuses += [reader.read(second) for reader in readers[::2]]

        def all_read_second():
            statuses.extend(reader.read(second) for reader in readers)

        with NewReaders(base, new_readers_article.get_absolute_url("hy")) as new_readers:
            time.sleep(1)
            persistent_redis.kill()
            # The database counts: the others once; those who read `second` already may count
            # again, if the worker they reach has not met them, until it is settled.
            all_read_second()
            time.sleep(1)
            persistent_redis.start()
            restarted = time.monotonic()
            all_read_second()  # the workers still count in the database for a while
            # Every worker has gone back to Redis once its pause after the failure is over.
            time.sleep(max(0.0, restarted + redis_store.REDIS_RETRY_SECONDS + 1 - time.monotonic()))
            all_read_second()
            time.sleep(0.5)
    # Before the flush, the database holds what it counted while Redis was down: the readers of
    # `second` who had not read it before, once each, and those Redis had counted, once more.
    counted_again = edition(second, "hy").views - len(readers[1::2])
    done = flush_counters(persistent_redis.url)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "gunicorn.log").read_text()
    settled = [tuple(map(int, found)) for found in re.findall(r"(\d+) counts made in the database settled, (\d+)", log)]
    taken_back = sum(back for _, back in settled)
    print(
        f"{len(new_readers.statuses)} new readers answered, {edition(new_readers_article, 'hy').views} views stored, "
        f"slowest answer {new_readers.slowest:.2f} s; {sum(n for n, _ in settled)} counts made in the database "
        f"settled, {taken_back} taken back: {counted_again} returning readers counted again in the database, "
        f"{taken_back - counted_again} counts whose answer was lost as Redis died"
    )
    assert new_readers.errors == []
    assert set(new_readers.statuses) == {200} and set(statuses) == {200}
    assert edition(new_readers_article, "hy").views == len(new_readers.statuses)
    assert edition(first, "hy").views == edition(second, "hy").views == len(readers)


# One worker's store, Redis failing as it is told -----------------------------------------


def view(edition_id, client="reader-1"):
    return Event(kind=VIEW, edition_id=edition_id, client=client)


def answers_lost(store):
    """Make Redis run the store's next count but its answer never arrive, as when Redis dies right after."""
    script = store.count_script

    def run_then_die(*args, **kwargs):
        script(*args, **kwargs)
        store.count_script = script
        raise redis.ConnectionError("Connection closed by server.")

    store.count_script = run_then_die


def back_again(store):
    """The store's pause after a failure is over: its next count asks Redis again."""
    store.down_until = 0.0


def stored_views(article) -> int:
    return edition(article, "hy").views


@pytest.mark.django_db
def test_a_count_redis_made_but_whose_answer_was_lost_is_counted_once(redis_counter):
    article = make_article()
    target = edition(article, "hy").pk
    answers_lost(redis_counter)
    assert redis_counter.record(view(target)) is True  # counted in the database, and in Redis
    back_again(redis_counter)
    assert redis_counter.record(view(target, "reader-2")) is True
    redis_counter.flush()
    assert stored_views(article) == 2


@pytest.mark.django_db
def test_a_returning_reader_counted_in_the_database_while_redis_was_down_is_taken_back(redis_counter):
    article = make_article()
    target = edition(article, "hy").pk
    assert redis_counter.record(view(target)) is True
    other_worker = RedisCounter(TEST_REDIS)
    other_worker._failed()  # Redis unreachable: this worker counts in the database, which knows no window
    assert other_worker.record(view(target)) is True
    assert other_worker.record(view(target)) is False
    back_again(other_worker)
    assert other_worker.pending(target) == (0, 0)  # the first answer from Redis settles: +1 in Redis, -1
    redis_counter.flush()
    assert stored_views(article) == 1


@pytest.mark.django_db
def test_a_reader_first_counted_in_the_database_is_not_counted_again_in_redis(redis_counter):
    article = make_article()
    target = edition(article, "hy").pk
    redis_counter._failed()
    assert redis_counter.record(view(target)) is True
    back_again(redis_counter)
    assert redis_counter.pending(target) == (0, 0)
    other_worker = RedisCounter(TEST_REDIS)
    assert other_worker.record(view(target)) is False  # the database's window is in Redis now
    redis_counter.flush()
    assert stored_views(article) == 1


@pytest.mark.django_db
def test_a_count_settled_twice_is_taken_back_once(redis_counter):
    article = make_article()
    target = edition(article, "hy").pk
    answers_lost(redis_counter)
    assert redis_counter.record(view(target)) is True
    back_again(redis_counter)
    [count] = redis_counter.unsettled
    assert redis_counter.settle() == 1
    redis_counter.unsettled.append(count)  # as when Redis failed before this worker read the answer
    assert redis_counter.settle() == 0
    redis_counter.flush()
    assert stored_views(article) == 1


@pytest.mark.django_db
def test_a_reader_counted_in_redis_after_the_databases_window_ended_is_not_taken_back(redis_counter, settings):
    settings.COUNT_WINDOW_SECONDS = 1
    article = make_article()
    target = edition(article, "hy").pk
    redis_counter._failed()
    assert redis_counter.record(view(target)) is True  # in the database
    time.sleep(1.05)
    other_worker = RedisCounter(TEST_REDIS)
    assert other_worker.record(view(target)) is True  # the next window, in Redis
    back_again(redis_counter)
    assert redis_counter.settle() == 0
    redis_counter.flush()
    assert stored_views(article) == 2


@pytest.mark.django_db
def test_a_worker_keeps_a_bounded_number_of_counts_to_settle(redis_counter, monkeypatch):
    monkeypatch.setattr(redis_store, "UNSETTLED_KEPT", 2)
    target = edition(make_article(), "hy").pk
    worker = RedisCounter(TEST_REDIS)
    worker._failed()
    for n in range(3):
        assert worker.record(view(target, f"reader-{n}")) is True
    assert len(worker.unsettled) == 2 and worker.unsettled_dropped == 1


@pytest.mark.django_db
def test_a_seal_sent_again_after_its_answer_was_lost_loses_no_count(redis_counter):
    article = make_article()
    target = edition(article, "hy").pk
    seal = [counters.PENDING, "counts:batch:sent-twice", counters.BATCHES]
    assert redis_counter.record(view(target)) is True
    redis_counter.seal_script(keys=seal)
    assert redis_counter.record(view(target, "reader-2")) is True
    redis_counter.seal_script(keys=seal)  # redis-py's retry of the same command
    redis_counter.flush()
    assert stored_views(article) == 2


# The flush with Redis down ------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_flush_counters_with_redis_down_says_so_in_one_line_and_exits_1():
    port = free_port()  # nothing listens there
    done = flush_counters(f"redis://:secret-password@127.0.0.1:{port}/2")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith(f"CommandError: Redis at 127.0.0.1:{port}/2 is unavailable (")
    assert "counts stay pending" in done.stderr
    assert "secret-password" not in done.stderr
