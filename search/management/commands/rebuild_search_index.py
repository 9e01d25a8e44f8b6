from django.core.management.base import BaseCommand

from search.services import search_index_rebuild


class Command(BaseCommand):
    help = (
        "Index again the published text of every published edition, and only that: after a restore of the "
        "database from a dump, a change to how search reads text, or anything written to editions by hand."
    )

    def handle(self, *args, **options):
        count = search_index_rebuild()
        self.stdout.write(f"Editions indexed: {count}.")
