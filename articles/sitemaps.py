from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils.translation import get_language

from . import selectors
from .models import Article


class ArticleSitemap(Sitemap):
    """Every live article, once per live language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"

    # The site's own address (SITE_URL), not the Host header of the request.
    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def items(self):
        return Article.objects.live_anywhere().prefetch_related("editions").order_by("pk")

    def get_languages_for_item(self, item):
        return selectors.article_live_languages(article=item)

    def location(self, item):
        # The sitemap activates each language in turn before calling this; the
        # edition's address is at its published slug.
        language = get_language()
        return next(edition for edition in item.editions.all() if edition.language == language).get_absolute_url()

    def lastmod(self, item):
        # When readers last got new text of it, in any language.
        return max((edition.text_published_at or edition.updated_at for edition in item.editions.all()), default=None)
