from django.contrib.sitemaps import Sitemap

from . import selectors
from .models import Article


class ArticleSitemap(Sitemap):
    """Every live article, once per live language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"

    def items(self):
        return Article.objects.live_anywhere().prefetch_related("editions").order_by("pk")

    def get_languages_for_item(self, item):
        return selectors.article_live_languages(article=item)

    def location(self, item):
        # The sitemap activates each language in turn before calling this.
        return item.get_absolute_url()

    def lastmod(self, item):
        return item.updated_at
