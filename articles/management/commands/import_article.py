from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from articles import importer, services
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Create an article from a plain-text file, or with --article put it into one language of an "
        "existing article: the first line is the title, the first paragraph the lead, short lines "
        "are headings, bullet and numbered lines become lists. Prints the article's id and address."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="A UTF-8 text file.")
        parser.add_argument(
            "--lang",
            "--language",
            dest="lang",
            required=True,
            choices=[code for code, _name in settings.LANGUAGES],
            help="The language of the text.",
        )
        parser.add_argument("--publish", action="store_true", help="Publish the edition now.")
        parser.add_argument(
            "--article",
            type=int,
            metavar="ID",
            help="Put the text into this article's language: its title, lead and sections, matched by order.",
        )
        parser.add_argument(
            "--no-lead", action="store_true", help="Keep the first paragraph in the body, not in the lead."
        )

    def handle(self, *args, **options):
        # Operators read the command's messages in English, whatever the site's default.
        with translation.override("en"):
            self._import(
                options["path"], options["lang"], options["publish"], options["article"], not options["no_lead"]
            )

    def _import(self, path: Path, lang: str, publish: bool, article_id: int | None, lead: bool):
        article = None
        if article_id is not None:
            article = Article.objects.filter(pk=article_id).first()
            if article is None:
                raise CommandError(f"No article {article_id}.")
        try:
            with path.open("rb") as file:
                # One byte past the limit tells a file too large, without reading it all.
                data = file.read(settings.ARTICLE_IMPORT_MAX_BYTES + 1)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}.") from None
        try:
            if len(data) > settings.ARTICLE_IMPORT_MAX_BYTES:
                importer.check_size(path.stat().st_size)
            text = importer.decode(data)
            if article is None:
                article = services.article_import_text(
                    text=text, language=lang, publish=publish, lead=lead, by="import_article"
                )
            else:
                # Read and written in one transaction: no page was opened earlier whose save it could lose.
                article = services.article_import_into(
                    article=article, text=text, language=lang, publish=publish, lead=lead, by="import_article"
                )
        except importer.ArticleTextError as exc:
            raise CommandError(f"{path}: {exc}") from None
        sections = article.sections.count()
        state = "published" if publish else "draft"
        self.stdout.write(f"{article.pk} {article.get_absolute_url(lang)}")
        self.stderr.write(f"Imported {sections} sections as a {state} {lang} edition.")
