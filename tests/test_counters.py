"""The two counting stores: the database, and Redis with batched flushes."""

import threading
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles import counters
from articles.counters import SHARE, VIEW, DatabaseCounter, Event, RedisCounter
from articles.models import DailyCount, FlushedBatch, SeenClient
from tests.conftest import TEST_REDIS, calls_of
from tests.factories import edition, make_article

pytestmark = pytest.mark.django_db


class Died(Exception):
    """Stands for a flush process killed at a given point."""


def view(edition_id, client="reader-1", **fields):
    return Event(kind=VIEW, edition_id=edition_id, client=client, **fields)


def viewed(target, client, **fields):
    """Count a view of the edition `target` through the site's counter; what count_view returns."""
    return counters.count_view(target, view(target.pk, client, **fields) if client else None)


def totals(article, language="hy"):
    row = edition(article, language)
    return row.views, row.shares


# The database store --------------------------------------------------------------


def test_database_counts_a_client_once_per_window():
    article = make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    assert store.record(view(target)) is True
    assert store.record(view(target)) is False
    assert store.record(view(target, client="reader-2")) is True
    assert totals(article) == (2, 0)
    assert DailyCount.objects.get(edition_id=target, day=timezone.localdate()).views == 2


def test_a_new_clients_count_writes_one_window_and_adds_to_the_days_row():
    article = make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    assert store.record(view(target, "a:address-and-agent", new=True)) is True
    assert store.record(view(target, "a:another", new=True)) is True
    assert SeenClient.objects.count() == 2
    assert DailyCount.objects.get(edition_id=target).views == 2


def test_a_client_whose_cookie_shows_its_first_window_open_is_not_counted_again():
    article, other = make_article(), make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    first = view(target, "a:address-and-agent", new=True)
    assert store.record(first) is True
    mark = view(target, "v:token").mark
    end = first.window_end_ms(60)
    assert store.record(view(target, "v:token", first=(mark, end), at=first.at + timedelta(seconds=59))) is False
    # The cookie's window is over, or it is about another article: counted.
    after = first.at + timedelta(seconds=60, milliseconds=1)
    assert store.record(view(target, "v:token", first=(mark, end), at=after)) is True
    assert store.record(view(edition(other, "hy").pk, "v:token", first=(mark, end), at=first.at)) is True
    assert totals(article) == (2, 0)


@pytest.mark.parametrize("micros", [0, 1, 999, 1000, 123456, 999999])
def test_a_windows_end_in_the_cookie_is_never_before_the_stores(micros):
    at = datetime(2026, 11, 25, 20, 0, 0, micros, tzinfo=UTC)
    end_ms = view(1, at=at).window_end_ms(1800)
    store_end = at + timedelta(seconds=1800)
    cookie_end = datetime.fromtimestamp(end_ms / 1000, tz=UTC)
    assert store_end <= cookie_end < store_end + timedelta(milliseconds=1)


def test_database_counts_the_client_again_after_the_window():
    article = make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    store.record(view(target))
    SeenClient.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert store.record(view(target)) is True
    assert totals(article) == (2, 0)


def test_views_and_shares_of_one_client_are_separate():
    article = make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    store.record(view(target))
    store.record(Event(kind=SHARE, edition_id=target, client="reader-1", network="vk"))
    store.record(Event(kind=SHARE, edition_id=target, client="reader-1", network="x"))
    assert totals(article) == (1, 2)


def test_a_count_goes_to_the_day_it_falls_on_in_yerevan(monkeypatch):
    article = make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    # 19:59:59 UTC is 23:59:59 in Yerevan; a second later is the next day there.
    last_second = datetime(2026, 3, 1, 19, 59, 59, tzinfo=UTC)
    for at, client in [(last_second, "late"), (last_second + timedelta(seconds=1), "early"), (last_second, "again")]:
        monkeypatch.setattr(timezone, "now", lambda at=at: at)
        store.record(view(target, client))
    days = dict(DailyCount.objects.filter(edition_id=target).values_list("day", "views"))
    assert days == {date(2026, 3, 1): 2, date(2026, 3, 2): 1}


def test_the_day_follows_a_change_of_the_sites_time_zone(settings):
    at = datetime(2026, 3, 1, 20, 30, tzinfo=UTC)
    assert counters.today(at) == date(2026, 3, 2)  # 00:30 in Yerevan
    settings.TIME_ZONE = "UTC"
    assert counters.today(at) == date(2026, 3, 1)


def test_a_returning_client_counts_again_the_moment_its_window_ends(monkeypatch, settings):
    article = make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    start = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    window = settings.COUNT_WINDOW_SECONDS
    for seconds, counted in [(0, True), (window - 1, False), (window, True)]:
        monkeypatch.setattr(timezone, "now", lambda seconds=seconds: start + timedelta(seconds=seconds))
        assert store.record(view(target, "v:returning-reader")) is counted
    assert totals(article) == (2, 0)


def test_prune_forgets_only_expired_clients():
    article = make_article()
    target = edition(article, "hy").pk
    store = DatabaseCounter()
    store.record(view(target, "old"))
    SeenClient.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    store.record(view(target, "new"))
    assert store.prune() == 1
    assert SeenClient.objects.count() == 1


# The Redis store ---------------------------------------------------------------------


def test_redis_counts_once_and_shows_pending_until_flushed(redis_counter):
    article = make_article()
    target = edition(article, "hy").pk
    assert redis_counter.record(view(target)) is True
    assert redis_counter.record(view(target)) is False
    redis_counter.record(view(target, "reader-2"))
    redis_counter.record(Event(kind=SHARE, edition_id=target, client="reader-2", network="vk"))
    assert totals(article) == (0, 0)
    assert redis_counter.pending(target) == (2, 1)
    assert redis_counter.flush() == 1
    assert totals(article) == (2, 1)
    assert redis_counter.pending(target) == (0, 0)
    assert DailyCount.objects.get(edition_id=target).views == 2


@pytest.mark.parametrize("point", ["before-commit", "after-commit"])
def test_a_flush_that_dies_loses_nothing_and_counts_nothing_twice(redis_counter, point):
    article = make_article()
    target = edition(article, "hy").pk
    for n in range(5):
        redis_counter.record(view(target, f"reader-{n}"))

    def die(at):
        if at == point:
            raise Died(at)

    with pytest.raises(Died):
        redis_counter.flush(pause=die)
    # Whatever it got to, the page shows the right figure meanwhile.
    shown = totals(article)[0] + (redis_counter.pending(target)[0] if point == "before-commit" else 0)
    assert shown == 5
    redis_counter.record(view(target, "reader-late"))
    redis_counter.flush()
    assert totals(article) == (6, 0)
    assert redis_counter.pending(target) == (0, 0)
    assert redis_counter.redis.scard(counters.BATCHES) == 0


@pytest.mark.django_db(transaction=True)
def test_concurrent_flushes_apply_each_batch_once(redis_counter):
    article = make_article()
    target = edition(article, "hy").pk
    for n in range(50):
        redis_counter.record(view(target, f"reader-{n}"))

    def flush_in_thread():
        try:
            RedisCounter(TEST_REDIS).flush()
        finally:
            connection.close()

    threads = [threading.Thread(target=flush_in_thread) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    redis_counter.flush()
    assert totals(article) == (50, 0)
    assert FlushedBatch.objects.count() >= 1


def test_counts_of_a_deleted_article_are_dropped_at_flush(redis_counter):
    article = make_article()
    kept = make_article()
    redis_counter.record(view(edition(article, "hy").pk))
    redis_counter.record(view(edition(kept, "hy").pk))
    article.delete()
    redis_counter.flush()
    assert totals(kept) == (1, 0)


def test_redis_down_falls_back_to_the_database():
    article = make_article()
    target = edition(article, "hy").pk
    store = RedisCounter("redis://127.0.0.1:1/0")  # nothing listens on port 1
    assert store.record(view(target)) is True
    assert store.record(view(target)) is False
    assert store.pending(target) == (0, 0)
    assert totals(article) == (1, 0)


def test_one_call_counts_and_shows_pending_including_a_batch_in_flight(redis_counter, monkeypatch):
    monkeypatch.setattr(counters, "counter", lambda: redis_counter)
    article = make_article()
    target = edition(article, "hy")
    assert viewed(target, "reader-1") == (True, 1, 0)
    assert viewed(target, "reader-1") == (False, 1, 0)
    # A flush has sealed the pending counts but not applied them yet.
    redis_counter.seal_script(keys=[counters.PENDING, "counts:batch:test", counters.BATCHES])
    assert viewed(target, "reader-2") == (True, 2, 0)
    assert viewed(target, None) == (False, 2, 0)  # a bot: shown, not counted


def test_a_returning_readers_views_in_the_window_cost_no_redis_call(redis_counter, settings, monkeypatch):
    monkeypatch.setattr(counters, "counter", lambda: redis_counter)
    settings.PAGE_RECHECK_SECONDS = 60
    article = make_article()
    target = edition(article, "hy")
    calls = calls_of(redis_counter)
    # A new reader: counted, and handed a visitor cookie that carries the window.
    first = view(target.pk, "a:address-and-agent", new=True)
    assert counters.count_view(target, first) == (True, 1, 0)
    cookie = (view(target.pk, "v:cookie").mark, first.window_end_ms(settings.COUNT_WINDOW_SECONDS))
    assert viewed(target, "v:cookie", first=cookie) == (False, 1, 0)
    assert viewed(target, "a:address-and-agent", new=True) == (False, 1, 0)
    assert len(calls) == 1
    assert viewed(target, "v:someone-else") == (True, 2, 0)
    assert len(calls) == 2
    assert redis_counter.pending(target.pk) == (2, 0)


def test_a_worker_never_remembers_a_window_past_its_end_in_redis(redis_counter, settings):
    settings.COUNT_WINDOW_SECONDS = 1
    target = edition(make_article(), "hy").pk
    assert redis_counter.record(view(target)) is True
    assert redis_counter.record(view(target)) is False
    time.sleep(1.05)
    assert redis_counter.record(view(target)) is True
    assert redis_counter.pending(target) == (2, 0)


def test_a_worker_that_meets_a_client_counted_elsewhere_remembers_no_longer_than_redis(redis_counter, settings):
    settings.PAGE_RECHECK_SECONDS = 60
    target = edition(make_article(), "hy").pk
    assert redis_counter.record(view(target)) is True
    time.sleep(0.05)
    other_worker = RedisCounter(TEST_REDIS)
    calls = calls_of(other_worker)
    asked_at = time.monotonic()
    assert other_worker.record(view(target)) is False
    assert other_worker.record(view(target)) is False
    assert len(calls) == 1
    # Redis's own time left, not a whole window from now.
    ttl = redis_counter.redis.pttl(f"counts:seen:{view(target).seen_key}") / 1000
    assert other_worker.windows.get(view(target).seen_key) <= asked_at + ttl + 0.05


def test_another_workers_count_shows_once_the_figures_are_read_again(redis_counter, settings):
    settings.PAGE_RECHECK_SECONDS = 60
    target = edition(make_article(), "hy")
    assert redis_counter.record(view(target.pk, "reader-1")) is True
    other_worker = RedisCounter(TEST_REDIS)
    assert other_worker.record(view(target.pk, "reader-2")) is True
    assert redis_counter.count_and_pending(view(target.pk, "reader-1"), target.pk) == (False, 1, 0)
    redis_counter.figures.expire(time.monotonic() + 61)  # as a minute later
    assert redis_counter.count_and_pending(view(target.pk, "reader-1"), target.pk) == (False, 2, 0)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("returning", [True, False])
def test_a_counted_view_shows_with_or_without_update_returning(monkeypatch, returning):
    # SQLite before 3.35 has no UPDATE ... RETURNING; outside a transaction
    # SQLite's counts take their own write path.
    target = edition(make_article(), "hy")
    # After the article is made: Django's own inserts rely on the flag too.
    monkeypatch.setattr(connection.features, "can_return_columns_from_insert", returning)
    monkeypatch.setattr(counters, "counter", lambda: DatabaseCounter())
    assert viewed(target, "reader-1") == (True, 1, 0)
    assert viewed(target, "reader-1") == (False, 1, 0)
    assert counters.record(Event(kind=SHARE, edition_id=target.pk, client="reader-1", network="x")) is True
    assert viewed(target, "reader-2", new=True) == (True, 2, 1)
    assert totals(target.article) == (2, 1)


def test_database_call_counts_and_shows_the_figure_with_this_view(monkeypatch):
    monkeypatch.setattr(counters, "counter", lambda: DatabaseCounter())
    article = make_article()
    assert viewed(edition(article, "hy"), "reader-1") == (True, 1, 0)
    assert viewed(edition(article, "hy"), "reader-1") == (False, 1, 0)
    assert viewed(edition(article, "hy"), None) == (False, 1, 0)
