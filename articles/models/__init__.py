"""
The articles app's models, a module per concern: the article and its
sections (articles.py), its language editions (editions.py), their categories (categories.py), counting
(counting.py), the site's texts and translators' languages (site.py), and
who wrote an article (../bylines.py).
"""

# Who wrote an article: its own module, its models part of this app's.
from ..bylines import Byline, Contributor
from ..slugs import SLUG_LENGTH, slug_from_title
from .articles import (
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
    Article,
    ArticleQuerySet,
    Section,
    has_text,
)
from .categories import Category
from .counting import DailyCount, FlushedBatch, SeenClient
from .editions import Edition, EditionQuerySet, TextRevision
from .site import SiteSettings, TranslatorLanguage

__all__ = [
    "LANGUAGE_CODES",
    "LANGUAGE_NAMES",
    "SLUG_LENGTH",
    "Article",
    "ArticleQuerySet",
    "Byline",
    "Category",
    "Contributor",
    "DailyCount",
    "Edition",
    "EditionQuerySet",
    "FlushedBatch",
    "Section",
    "SeenClient",
    "SiteSettings",
    "TextRevision",
    "TranslatorLanguage",
    "has_text",
    "slug_from_title",
]
