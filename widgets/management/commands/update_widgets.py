from django.core.management.base import BaseCommand, CommandError

from widgets import services
from widgets.providers import SOURCES


class Command(BaseCommand):
    help = (
        "Refresh the exchange-rate and weather strips: official rates from the Central Bank of Armenia "
        "and Yerevan's weather from Open-Meteo (--source live), or the demo's fixed figures "
        "(--source fixture). A provider that fails leaves the last figures in place; exit status 1 then."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", choices=sorted(SOURCES), default="live")

    def handle(self, *args, source, **options):
        outcome = services.widgets_update(source=source)
        for part, result in outcome.items():
            self.stdout.write(f"{part}: {result}")
        failed = [part for part, result in outcome.items() if result != "updated"]
        if failed:
            raise CommandError(f"not updated: {', '.join(failed)}; the strips keep their last figures.")
