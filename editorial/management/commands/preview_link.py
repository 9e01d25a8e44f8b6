from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from articles.models import Article
from editorial import services
from editorial.previews import DEFAULT_HOURS, MAX_HOURS

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class Command(BaseCommand):
    help = (
        "Make a link to an article's working text in one language, for someone without an account; "
        "prints the address to share and until when it works."
    )

    def add_arguments(self, parser):
        parser.add_argument("id", help="The article's id.")
        parser.add_argument("--lang", required=True, choices=LANGUAGE_CODES, help="The language to preview.")
        parser.add_argument(
            "--hours",
            default=str(DEFAULT_HOURS),
            help=f"How long the link works, in hours: 1 to {MAX_HOURS} (default {DEFAULT_HOURS}).",
        )

    def handle(self, *args, **options):
        # Operators read the command's messages in English, whatever the site's default.
        with translation.override("en"):
            self._make(options["id"], options["lang"], options["hours"])

    def _make(self, article_id: str, language: str, hours_text: str) -> None:
        hours = _whole(hours_text)
        if hours is None or not 1 <= hours <= MAX_HOURS:
            raise CommandError(f"--hours must be a whole number from 1 to {MAX_HOURS}, not {hours_text!r}.")
        pk = _whole(article_id)
        article = Article.objects.filter(pk=pk).first() if pk is not None else None
        if article is None:
            raise CommandError(f"No article with the id {article_id!r}.")
        try:
            link = services.preview_link_create(article=article, language=language, hours=hours)
        except services.PreviewLinkRefused:
            raise CommandError(f"Article {article.pk} has no {language} text to preview.") from None
        expires = timezone.localtime(link.expires_at)
        self.stdout.write(settings.SITE_URL + link.get_absolute_url())
        self.stderr.write(
            f"Works until {expires:%H:%M, %d.%m.%Y} ({settings.TIME_ZONE}); revoke it on the article's page."
        )


def _whole(text: str) -> int | None:
    """A whole number written in ASCII digits (at most 18, a database id), else None."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None
