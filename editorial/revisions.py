"""
Revisions of an article's working text, kept by django-reversion.

One revision holds the article with its sections, bylines and editions, every
language's columns: modeltranslation adds `title_hy`, `title_ru`... to the
models when its app is ready, and reversion notes a model's columns when it
is registered, so `register()` runs from EditorialConfig.ready(), which
comes after modeltranslation's (it is first in INSTALLED_APPS). An edition's
counters and published sections are left out (EDITION_LEFT_OUT).

Every path that saves or publishes an article (the admin's forms, import,
restore, services.article_publish) does it inside `article_revision()`. The
outermost one makes the revision when it ends, from what is then stored, with
a RevisionInfo saying what kind it was and which languages it changed; inner
ones (a publication during a save) join it.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import reversion
from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# An edition's counters are not text; its published sections are a copy of
# the working sections made when it was published, which that publication's
# revision holds already (and they are most of a long article's weight).
EDITION_LEFT_OUT = ("views", "shares", "sections")


def register() -> None:
    """Register the article, its sections, bylines and editions with reversion, every language's columns."""
    from articles.models import Article, Byline, Edition, Section

    if reversion.is_registered(Article):
        return
    reversion.register(Section)
    # A byline row names its contributor; the contributor (their names) is not the article's to restore.
    reversion.register(Byline)
    reversion.register(Edition, exclude=EDITION_LEFT_OUT)
    reversion.register(Article, follow=("sections", "bylines", "editions"))


@dataclass
class _Scope:
    article: object | None
    kind: str
    languages: set[str] = field(default_factory=set)

    def note(self, *, article, languages=()) -> None:
        if self.article is None:
            self.article = article
        elif article.pk != self.article.pk:
            raise ValueError("One revision is about one article.")
        self.languages |= set(languages)

    def join(self, *, article, kind: str, languages) -> None:
        from .models import RevisionInfo

        self.note(article=article, languages=languages)
        # A save that also publishes is a publication; a restore stays a restore.
        if kind == RevisionInfo.Kind.PUBLISHED and self.kind == RevisionInfo.Kind.SAVED:
            self.kind = kind


_scope: ContextVar[_Scope | None] = ContextVar("article_revision", default=None)


def revision_note(*, article, languages=()) -> None:
    """Make the revision being made (if one is) about `article`, with `languages` among those it changed."""
    scope = _scope.get()
    if scope is not None and (scope.article is None or scope.article.pk == article.pk):
        scope.note(article=article, languages=languages)


@contextmanager
def article_revision(*, article=None, by=None, kind: str, languages=()):
    """
    Make one revision of `article` as it is stored when the block ends, by
    `by`, of `kind`, with `languages` (and those noted inside). With no
    `article`, the revision is of the article noted inside (revision_note: a
    form that may create it), and none is made if none is. Inside another
    article_revision, join it instead; a block that raises leaves no revision.
    """
    from .models import RevisionInfo

    outer = _scope.get()
    if outer is not None:
        yield outer
        if article is not None:
            outer.join(article=article, kind=kind, languages=languages)
        return
    scope = _Scope(article=article, kind=kind, languages=set(languages))
    token = _scope.set(scope)
    try:
        # Manually: what is recorded is the article as it is at the end, not
        # each row as it passed through post_save (bulk writes send none).
        with reversion.create_revision(manage_manually=True):
            yield scope
            if scope.article is None or scope.article.pk is None:
                return
            stored = type(scope.article)._default_manager.get(pk=scope.article.pk)
            reversion.add_to_revision(stored)
            if getattr(by, "pk", None):
                reversion.set_user(by)
            reversion.add_meta(
                RevisionInfo,
                article=stored,
                kind=scope.kind,
                languages=[code for code in LANGUAGE_CODES if code in scope.languages],
            )
    finally:
        _scope.reset(token)
