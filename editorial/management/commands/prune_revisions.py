from django.core.management.base import BaseCommand, CommandError

from editorial.services import revisions_prune


class Command(BaseCommand):
    help = (
        "Delete old revisions of articles: each article keeps its --keep newest (default 50) and, with "
        "--days D, loses those older than D days besides. The newest revision of an article is never "
        "deleted. Editions, published text and counters are not touched. Run it from cron, e.g. weekly."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep", type=int, default=50, help="Revisions to keep per article, newest first (default 50, at least 1)."
        )
        parser.add_argument("--days", type=int, default=None, help="Also delete revisions older than this many days.")

    def handle(self, *args, keep, days, **options):
        if keep < 1:
            raise CommandError("--keep must be at least 1: an article's newest revision is always kept.")
        if days is not None and days < 0:
            raise CommandError("--days must be 0 or more.")
        deleted = revisions_prune(keep=keep, days=days)
        self.stdout.write(f"Revisions deleted: {deleted}.")
