"""Scale mode when Redis fails: the flush of pending counts, and what it says."""

import subprocess
import sys

import pytest

from articles import counters
from articles.counters import VIEW, Event
from tests.factories import edition, make_article
from tests.servers import BASE_DIR, free_port, project_env


def flush_counters(redis_url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "flush_counters"],
        cwd=BASE_DIR,
        env=project_env(REDIS_URL=redis_url),
        capture_output=True,
        text=True,
        timeout=60,
    )


def view(edition_id, client="reader-1"):
    return Event(kind=VIEW, edition_id=edition_id, client=client)


def stored_views(article) -> int:
    return edition(article, "hy").views


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
