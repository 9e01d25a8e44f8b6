"""Bounded caches private to a worker process, safe to share between its threads."""

import threading


class WorkerCache:
    """A bounded cache private to this process; values are stored as they are, so they must not change."""

    def __init__(self, cache):
        self._cache = cache
        self._lock = threading.Lock()  # cachetools' caches are not thread-safe; runserver and gthread use threads

    def get(self, key, default=None):
        with self._lock:
            return self._cache.get(key, default)

    def set(self, key, value) -> None:
        with self._lock:
            self._cache[key] = value

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    def expire(self, time: float) -> None:
        """Drop what has expired by `time` (of the cache's timer), as if that moment had come."""
        with self._lock:
            self._cache.expire(time)
