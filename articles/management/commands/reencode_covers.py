from django.core.management.base import BaseCommand
from django.utils import translation

from articles import services


class Command(BaseCommand):
    help = (
        "Re-encode every stored cover as a new upload is (no metadata, a name of the site's); "
        "a cover that is not an allowed image is taken off its article and kept as NAME.refused. "
        "Run it on each host that keeps media of its own; covers already re-encoded are left alone."
    )

    def handle(self, *args, **options):
        with translation.override("en"):
            done = services.covers_reencode(report=self.stdout.write)
        self.stdout.write(
            "Covers re-encoded: {reencoded}. Refused and taken off: {refused}. "
            "Not on this host: {absent}. Failed, left as they were: {failed}.".format(**done)
        )
