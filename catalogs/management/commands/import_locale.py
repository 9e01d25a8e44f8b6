from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from catalogs import services


class Command(BaseCommand):
    help = (
        "Load the translations of .po files (from a translation agency, say) with the editor's checks; "
        "prints what it saved and, entry by entry, what it refused and why. Exit status 1 if anything was refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--lang",
            choices=[code for code, _name in settings.LANGUAGES],
            help="The language of the files; by default their own Language header.",
        )

    def handle(self, *args, paths, lang=None, **options):
        refused = 0
        with translation.override("en"):
            for path in paths:
                try:
                    language = lang or polib.pofile(str(path)).metadata.get("Language", "")
                except (OSError, ValueError) as exc:
                    raise CommandError(f"{path}: cannot read it as a .po file ({exc}).") from None
                if language not in [code for code, _name in settings.LANGUAGES]:
                    raise CommandError(f"{path}: unknown language {language!r}; give it with --lang.")
                report = services.locale_import(path=path, language=language)
                self.stdout.write(
                    f"{path} [{language}]: {report.saved} saved, {report.unchanged} unchanged, "
                    f"{len(report.refused)} refused."
                )
                for msgid, reason in report.refused:
                    self.stdout.write(f"  refused: {msgid!r}: {reason}")
                refused += len(report.refused)
        if refused:
            raise CommandError(f"{refused} entries refused; the rest were saved.")
