"""Scale mode when Redis fails: the flush of pending counts, and what it says."""

import subprocess
import sys

import pytest

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
