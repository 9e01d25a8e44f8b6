import os
import time

from django.core.management.base import BaseCommand, CommandError

from articles import counters


class Command(BaseCommand):
    help = (
        "Move view and share counts waiting in Redis into the database, each batch exactly once, "
        "and forget counted clients whose window has passed. Run it every minute; several hosts "
        "may run it at once."
    )

    def handle(self, *args, **options):
        store = counters.counter()
        applied = 0
        if isinstance(store, counters.RedisCounter):
            try:
                applied = store.flush(pause=_pause_for_tests())
            except store.errors as exc:
                # A batch sealed before Redis failed stays listed there, like the counts not yet sealed.
                store.prune()
                reason = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
                raise CommandError(
                    f"Redis at {store.address} is unavailable ({reason}): "
                    "its counts stay pending there, for the next flush that reaches it."
                ) from exc
        pruned = store.prune()
        self.stdout.write(f"Batches applied: {applied}. Expired clients forgotten: {pruned}.")


def _pause_for_tests():
    # The crash tests stop the command at a named point and kill it there:
    # COUNTERS_FLUSH_PAUSE="after-commit:30" sleeps 30 s after the commit.
    spec = os.environ.get("COUNTERS_FLUSH_PAUSE", "")
    if not spec:
        return None
    point, _, seconds = spec.partition(":")

    def pause(at):
        if at == point:
            print(f"paused at {at}", flush=True)
            time.sleep(float(seconds or 30))

    return pause
