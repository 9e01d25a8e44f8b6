from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from articles import importer, services


class Command(BaseCommand):
    help = (
        "Create an article from a plain-text file: the first line is the title, short lines "
        "are headings, bullet lines become lists. Prints the article's id and address."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="A UTF-8 text file.")
        parser.add_argument(
            "--lang",
            required=True,
            choices=[code for code, _name in settings.LANGUAGES],
            help="The language of the text.",
        )
        parser.add_argument("--publish", action="store_true", help="Publish the edition now.")

    def handle(self, *args, **options):
        # Operators read the command's messages in English, whatever the site's default.
        with translation.override("en"):
            self._import(options["path"], options["lang"], options["publish"])

    def _import(self, path: Path, lang: str, publish: bool):
        try:
            with path.open("rb") as file:
                # One byte past the limit tells a file too large, without reading it all.
                data = file.read(settings.ARTICLE_IMPORT_MAX_BYTES + 1)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}.") from None
        try:
            if len(data) > settings.ARTICLE_IMPORT_MAX_BYTES:
                importer.check_size(path.stat().st_size)
            article = services.article_import_text(
                text=importer.decode(data), language=lang, publish=publish, by="import_article"
            )
        except importer.ArticleTextError as exc:
            raise CommandError(f"{path}: {exc}") from None
        sections = article.sections.count()
        state = "published" if publish else "draft"
        self.stdout.write(f"{article.pk} {article.get_absolute_url(lang)}")
        self.stderr.write(f"Imported {sections} sections as a {state} {lang} edition.")
