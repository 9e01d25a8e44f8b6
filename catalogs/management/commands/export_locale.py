from django.conf import settings
from django.core.management.base import BaseCommand

from catalogs import services


class Command(BaseCommand):
    help = (
        "Write the interface translations edited in the admin into locale/<lang>/LC_MESSAGES/django.po "
        "and compile django.mo, so that they can be committed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--lang", choices=[code for code, _name in settings.LANGUAGES], help="Only this language.")

    def handle(self, *args, lang=None, **options):
        for language in [lang] if lang else [code for code, _name in settings.LANGUAGES]:
            written = services.locale_export(language=language)
            self.stdout.write(f"{language}: {written} edited entries written.")
