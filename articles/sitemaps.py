"""The sitemaps: every live edition with its translations, and Google News' sitemap of the last two days."""

import logging
import math
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, sitemap
from django.core.cache import cache
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language

from . import selectors

logger = logging.getLogger(__name__)

# A built sitemap is kept while no edition changes; this bounds it all the same.
CACHE_SECONDS = 6 * 3600
# Search engines read at most 50,000 addresses or 50 MB of one sitemap. An
# address with its alternates is about 650 bytes here, so a page holds
# 10,000 (some 6.5 MB), and past one page /sitemap.xml is an index of them.
ADDRESSES_PER_SITEMAP = 10_000
# The pages past this many are built on each request, not kept.
CACHED_PAGES = 20

# Google News reads articles of the last two days, at most 1,000 of them in one sitemap.
NEWS_DAYS = 2
NEWS_LIMIT = 1000


class SiteAddressSitemap(Sitemap):
    """A sitemap whose addresses are at the site's own address (SITE_URL), never the request's Host header."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ArticleSitemap(SiteAddressSitemap):
    """
    Every live edition, each with an hreflang alternate for every live
    edition of its article (itself included) and an x-default; a draft or
    scheduled edition is neither listed nor named as an alternate.
    """

    i18n = True
    alternates = True
    x_default = True
    limit = ADDRESSES_PER_SITEMAP

    def items(self):
        return selectors.live_articles()

    def get_languages_for_item(self, item):
        return item.languages

    def location(self, item):
        # Django activates each of the item's languages in turn before calling this.
        return item.urls[get_language()]

    def lastmod(self, item):
        return max(item.changed.values())

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        prefix = f"{self.get_protocol()}://{self.get_domain()}"
        for url in urls:
            article, language = url["item"]
            # Django asks lastmod of the article alone; each address gets its own edition's.
            url["lastmod"] = article.changed[language]
            # Django's x-default is the default language's address without its
            # prefix, and only when that edition is live. The article page names
            # the default language's own address, or else the first live one in
            # the site's order; the sitemap must say the same as the page.
            default = settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in article.urls else article.languages[0]
            alternates = [alternate for alternate in url["alternates"] if alternate["lang_code"] != "x-default"]
            alternates.append({"location": prefix + article.urls[default], "lang_code": "x-default"})
            url["alternates"] = alternates
        return urls


class NewsSitemap(SiteAddressSitemap):
    """Google News' sitemap: the editions first published in the last two days, newest first, at most 1,000."""

    limit = NEWS_LIMIT

    def items(self):
        return selectors.news_editions(days=NEWS_DAYS, limit=NEWS_LIMIT)

    def location(self, item):
        return item.get_absolute_url()

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            # W3C time in whole seconds, with the zone: 2026-12-01T12:46:00+04:00.
            url["published"] = url["item"].published_at.replace(microsecond=0)
        return urls


def cached_sitemap(request, *, name: str, sitemaps: dict, template_name: str):
    """
    Django's sitemap view, its XML kept in the shared cache until an edition
    changes (selectors.live_version): building it costs a fraction of a
    millisecond per address, far more than a search engine's visit is worth
    doing again, and anyone may ask for it. Only the pages that exist are
    kept, under their number, so no query string fills the cache.
    """
    page = request.GET.get("p")
    if not (page is None or (page.isdigit() and 1 <= int(page) <= CACHED_PAGES)):
        return sitemap(request, sitemaps=sitemaps, template_name=template_name)
    version = selectors.live_version()
    if page is None:
        # Every address is a live edition: their number, in the version, says how many pages there are.
        pages = math.ceil(version[2] / min(section.limit for section in sitemaps.values()))
        if pages > 1:
            return sitemap_index(request, pages=pages)
        page = "1"
    key = f"sitemap:{name}:{int(page)}:{':'.join(map(str, version))}"
    try:
        kept = cache.get(key)
    except Exception:
        # Redis down: the sitemap is built, as it was before it was kept.
        logger.warning("cache unavailable for %s", key, exc_info=True)
        kept = None
    if kept is None:
        response = sitemap(request, sitemaps=sitemaps, template_name=template_name)
        response.render()
        if response.status_code != 200:
            return response
        kept = (response.content, response.headers.get("Last-Modified"))
        try:
            cache.set(key, kept, CACHE_SECONDS)
        except Exception:
            logger.warning("cache unavailable for %s", key, exc_info=True)
    content, last_modified = kept
    response = HttpResponse(content, content_type="application/xml")
    if last_modified:
        response.headers["Last-Modified"] = last_modified
    # As Django's view says it: a sitemap is for crawlers, not a page to index.
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def sitemap_index(request, *, pages: int) -> TemplateResponse:
    """
    The index of /sitemap.xml's pages (?p=1 to ?p=`pages`), at the site's own
    address: what /sitemap.xml answers once the live editions fill more than
    one page. Django's own index view would name the request's host.
    """
    location = settings.SITE_URL + reverse("django.contrib.sitemaps.views.sitemap")
    response = TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": [SitemapIndexItem(f"{location}?p={page}") for page in range(1, pages + 1)]},
        content_type="application/xml",
    )
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response
