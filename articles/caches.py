"""Bounded caches private to a worker process, safe to share between its threads."""

import threading


class WorkerCache:
    """
    A bounded cache private to this process; values are stored as they are,
    so they must not change. Given a cachetools cache, or a function that
    makes one: the function is called again on each clear(), so that a
    changed bound applies from then on.
    """

    def __init__(self, cache):
        self._make = cache if callable(cache) else None
        self._cache = cache() if self._make else cache
        self._lock = threading.Lock()  # cachetools' caches are not thread-safe; runserver and gthread use threads

    def get(self, key, default=None):
        with self._lock:
            return self._cache.get(key, default)

    def set(self, key, value) -> None:
        """Keep `value`, unless it alone is larger than the whole cache may be (it is then not kept)."""
        with self._lock:
            try:
                self._cache[key] = value
            except ValueError:  # cachetools: "value too large"
                self._cache.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            if self._make:
                self._cache = self._make()
            else:
                self._cache.clear()

    @property
    def size(self) -> int:
        """What the cache holds, in its own measure (entries, or bytes when it weighs its values)."""
        with self._lock:
            return self._cache.currsize

    @property
    def bound(self) -> int:
        with self._lock:
            return self._cache.maxsize

    def expire(self, time: float) -> None:
        """Drop what has expired by `time` (of the cache's timer), as if that moment had come."""
        with self._lock:
            self._cache.expire(time)
