"""RSS of the site's editions, each item with its cover photo as Media RSS, at the site's own address (SITE_URL)."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.utils.translation import override

from photos.selectors import JPEG, WIDTH, Picture, renditions_for

from . import bylines, selectors
from .models import Category, Edition

FEED_LENGTH = 20
MEDIA_RSS = "http://search.yahoo.com/mrss/"


class MediaRssFeed(Rss201rev2Feed):
    """RSS 2.0 with an item's photo as `media:content` (Media RSS), which feed readers show beside the item."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        image = item.get("image")
        if image is None:
            return
        # No media:description inside: feedparser, and readers built on it,
        # would take the photo's description for the item's text.
        handler.addQuickElement(
            "media:content",
            "",
            {
                "url": image.url,
                "type": "image/jpeg",
                "medium": "image",
                "width": str(image.width),
                "height": str(image.height),
            },
        )


@dataclass(frozen=True)
class FeedImage:
    """The photo of a feed item: the widest JPEG of the article widths (w1200 when the photo is that wide)."""

    url: str
    width: int
    height: int


def feed_image(picture: Picture | None) -> FeedImage | None:
    rows = picture.family(WIDTH, JPEG) if picture else []
    if not rows:
        return None
    rendition = rows[-1]
    url = rendition.url
    return FeedImage(
        url=url if "://" in url else settings.SITE_URL + url,
        width=rendition.width,
        height=rendition.height,
    )


@dataclass(frozen=True)
class FeedEntry:
    edition: Edition
    image: FeedImage | None


@dataclass(frozen=True)
class Scope:
    """What a feed lists: one language edition; a narrower feed's scope (a category's) extends it."""

    language: str


class EditionFeed(Feed):
    """
    RSS of one language edition: its newest live articles, each with its
    authors (dc:creator) and cover photo (media:content). Two queries
    whatever the number of items: the editions, and their photos' renditions.

    A narrower feed, such as a category's, is a subclass: its `get_object`
    returns a Scope with what it narrows to, and it overrides `editions`,
    `title`, `link` and `feed_url`.
    """

    feed_type = MediaRssFeed

    def get_object(self, request, *args, **kwargs):
        return Scope(language=request.LANGUAGE_CODE)

    def editions(self, scope: Scope):
        """The live editions the feed lists, newest first (a queryset the feed slices)."""
        return selectors.article_list(language=scope.language)

    def items(self, scope: Scope):
        editions = list(self.editions(scope)[:FEED_LENGTH])
        pictures = renditions_for(edition.cover for edition in editions)
        return [FeedEntry(edition=edition, image=feed_image(pictures.get(edition.cover))) for edition in editions]

    def title(self, scope: Scope):
        return _("Newsroom: latest articles")

    def link(self, scope: Scope):
        return f"{settings.SITE_URL}/{scope.language}/"

    def feed_url(self, scope: Scope):
        return f"{settings.SITE_URL}/{scope.language}/feed/"

    def description(self, scope: Scope):
        # The feed is rendered in its own language, so each catalog names that
        # language in its own sentence: "in English", "на русском языке".
        # Translators: the description of this language's feed; name the language of this catalog.
        return _("The newest articles in this language.")

    def item_title(self, item: FeedEntry):
        return item.edition.title

    def item_description(self, item: FeedEntry):
        return item.edition.lead

    def item_link(self, item: FeedEntry):
        return settings.SITE_URL + item.edition.get_absolute_url()

    def item_guid(self, item: FeedEntry):
        # The address without the slug, which answers with a 301 to the article:
        # a reader that has the item keeps it as one item if the slug changes.
        with override(item.edition.language):
            return settings.SITE_URL + reverse("articles:detail-noslug", kwargs={"pk": item.edition.article_id})

    def item_guid_is_permalink(self, item: FeedEntry):
        return True

    def item_author_name(self, item: FeedEntry):
        # The published byline, joined in the feed's language: "Anna Petrosyan and Armen Sargsyan".
        return bylines.joined(item.edition.byline or ()) or None

    def item_pubdate(self, item: FeedEntry):
        return item.edition.published_at

    def item_extra_kwargs(self, item: FeedEntry):
        return {"image": item.image}


@dataclass(frozen=True)
class CategoryScope(Scope):
    """A category's feed: its live articles in one language."""

    category: Category | None = None
    slug: str = ""
    name: str = ""


class CategoryFeed(EditionFeed):
    """RSS of one category in one language: its newest live articles; 404 for an unknown slug."""

    def get_object(self, request, slug):
        language = request.LANGUAGE_CODE
        category = selectors.category_get(slug=slug, language=language)
        return CategoryScope(
            language=language, category=category, slug=slug, name=getattr(category, f"name_{language}")
        )

    def editions(self, scope: CategoryScope):
        return selectors.category_articles(category=scope.category, language=scope.language)

    def title(self, scope: CategoryScope):
        return _("Newsroom: %(category)s") % {"category": scope.name}

    def link(self, scope: CategoryScope):
        return settings.SITE_URL + scope.category.get_absolute_url(scope.language)

    def feed_url(self, scope: CategoryScope):
        with override(scope.language):
            return settings.SITE_URL + reverse("articles:category-feed", kwargs={"slug": scope.slug})

    def description(self, scope: CategoryScope):
        return _("The newest articles in %(category)s.") % {"category": scope.name}
