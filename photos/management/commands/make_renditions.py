from django.core.management.base import BaseCommand
from django.db.models import Q

from articles import services
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Make the renditions that are missing of every article's cover and section photos "
        "(and of photos only a published text still shows). Safe to run again: what is made is left alone. "
        "Run it on each host that keeps media of its own."
    )

    def handle(self, *args, **options):
        totals = {"done": 0, "made": 0, "unreadable": 0}
        articles = Article.objects.filter(
            Q(cover__gt="") | Q(sections__photo__gt="") | Q(editions__text_published_at__isnull=False)
        ).distinct()
        for article in articles.order_by("pk").iterator():
            for key, count in services.article_photos_render(article=article, report=self.stdout.write).items():
                totals[key] += count
        self.stdout.write(
            "Photos with renditions made now: {made}. Already done: {done}. "
            "Not readable on this host: {unreadable}.".format(**totals)
        )
