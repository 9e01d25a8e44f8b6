from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from . import bylines, selectors

FEED_LENGTH = 20


class LatestArticlesFeed(Feed):
    """RSS of one language edition: its newest published articles, linked at the site's own address (SITE_URL)."""

    def get_object(self, request, *args, **kwargs):
        return request.LANGUAGE_CODE

    def title(self, language):
        return _("Newsroom: latest articles")

    def link(self, language):
        return f"{settings.SITE_URL}/{language}/"

    def feed_url(self, language):
        return f"{settings.SITE_URL}/{language}/feed/"

    def description(self, language):
        return _("The newest articles of the %(language)s edition.") % {"language": settings.LANGUAGE_LABELS[language]}

    def items(self, language):
        return selectors.article_list(language=language)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def item_author_name(self, item):
        # The published byline, joined in the feed's language: "Anna Petrosyan and Armen Sargsyan".
        return bylines.joined(item.byline or ()) or None

    def item_pubdate(self, item):
        return item.published_at
