"""Writes: publishing, counting and importing articles."""

import logging
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from editorial.models import Activity, RevisionInfo
from editorial.revisions import article_revision, revision_note
from editorial.services import activity_record, review_close_published

from . import counters, importer, uploads
from .checklist import Checklist, publish_checklist
from .models import Article, Byline, Contributor, Edition, Section, TextRevision
from .sharing import NETWORKS
from .texts import EditionText
from .visitors import Client

logger = logging.getLogger(__name__)


class PublishBlocked(ValueError):
    """The edition's text is not complete enough to publish; `checklist.blockers` say what is missing."""

    def __init__(self, checklist: Checklist):
        self.checklist = checklist
        super().__init__(" ".join(checklist.blockers))


@transaction.atomic
def article_publish(*, article: Article, language: str, at: datetime | None = None, by=None, sections=None) -> Edition:
    """
    Publish the working text of `article` in `language`: copy it into the
    edition's published text, live now, or at `at` when that is later (a
    scheduled edition goes live then, with no job to run).

    Raises PublishBlocked, with nothing changed, when the checklist has a
    blocker. An edition already live keeps its publication time unless `at`
    is given. `by` is the user who publishes (None for a command). Each
    publication is a revision of the article (or part of the one being made),
    and closes as approved a submission of that language waiting for review.
    """
    with article_revision(article=article, by=by, kind=RevisionInfo.Kind.PUBLISHED, languages=[language]):
        return _publish(article=article, language=language, at=at, by=by, sections=sections)


def _publish(*, article: Article, language: str, at, by, sections) -> Edition:
    text = EditionText.from_working(article, language, sections)
    checklist = publish_checklist(article=article, language=language, text=text)
    if not checklist.may_publish:
        raise PublishBlocked(checklist)
    edition, _created = Edition.objects.select_for_update().get_or_create(article=article, language=language)
    for name, value in text.edition_fields().items():
        setattr(edition, name, value)
    now = timezone.now()
    if at is not None:
        edition.published_at = at
    elif not edition.is_live(now):
        edition.published_at = now
    edition.status = Edition.Status.PUBLISHED
    edition.text_published_at = now
    edition.published_by = by if getattr(by, "pk", None) else None
    edition.save()
    if edition.published_at > now:
        activity_record(
            action=Activity.Action.SCHEDULE,
            article=article,
            language=language,
            by=by,
            detail=edition.published_at.isoformat(),
        )
    else:
        activity_record(action=Activity.Action.PUBLISH, article=article, language=language, by=by)
    # Publishing or scheduling a language that waits for review approves it, on every path.
    review_close_published(article=article, language=language, by=by)
    logger.debug("published article=%s language=%s at=%s by=%s", article.pk, language, edition.published_at, by)
    return edition


@transaction.atomic
def article_unpublish(*, article: Article, language: str, by=None) -> Edition | None:
    """Take the `language` edition of `article` off the site; its counts and published text are kept."""
    updated = Edition.objects.filter(article=article, language=language).update(
        status=Edition.Status.DRAFT, updated_at=timezone.now()
    )
    if updated:
        activity_record(action=Activity.Action.UNPUBLISH, article=article, language=language, by=by)
    logger.debug("unpublished article=%s language=%s by=%s", article.pk, language, by)
    return Edition.objects.get(article=article, language=language) if updated else None


def edition_view_record(*, edition, client: Client) -> tuple[counters.Event | None, int, int]:
    """
    Count one view of `edition` unless the client is a bot or was counted in
    the window; returns the view if it counted (else None), and the views
    and shares to show.
    """
    event = None if client.is_bot else client.event(counters.VIEW, edition.id)
    counted, views, shares = counters.count_view(edition, event)
    return event if counted else None, views, shares


def edition_share_record(*, edition_id: int, network: str, client: Client) -> counters.Event | None:
    """Count one share of an edition on `network`, once per client, network and window; the share if it counted."""
    if network not in NETWORKS:
        raise ValueError(f"Unknown network {network!r}.")
    if client.is_bot:
        return None
    event = client.event(counters.SHARE, edition_id, network=network)
    return event if counters.record(event) else None


def article_text_changed(*, article: Article, languages, at: datetime | None = None) -> None:
    """
    Record that the text of `article` in `languages` changed at `at` (default:
    now), and so in the revision being made of it, if one is.
    """
    at = at or timezone.now()
    revision_note(article=article, languages=languages)
    for language in languages:
        TextRevision.objects.update_or_create(article=article, language=language, defaults={"changed_at": at})


@transaction.atomic
def article_import_text(*, text: str, language: str, publish: bool = False, by=None) -> Article:
    """
    Create an article from plain text in `language`, split into sections.

    Raises importer.ArticleTextError, with nothing written, when the text
    cannot become an article (or, with `publish`, cannot be published).
    """
    parsed = importer.parse(text)
    article = Article(source_language=language, changed_by=by if getattr(by, "pk", None) else None)
    setattr(article, f"title_{language}", parsed.title)
    article.save()
    with article_revision(article=article, by=by, kind=RevisionInfo.Kind.SAVED, languages=[language]):
        article_byline_default(article=article, by=by)
        _import_sections(article=article, parsed=parsed, language=language, publish=publish, by=by)
    return article


def article_byline_default(*, article: Article, by) -> Byline | None:
    """
    Sign a new `article` with its author: the contributor `by` is, when it
    has no byline yet; returns the byline made, or None.
    """
    if not getattr(by, "pk", None):
        return None
    contributor = Contributor.objects.filter(user_id=by.pk).first()
    if contributor is None or article.bylines.exists():
        return None
    return Byline.objects.create(article=article, contributor=contributor, position=1)


def _import_sections(*, article, parsed, language, publish, by) -> None:
    Section.objects.bulk_create(
        [
            Section(
                article=article,
                position=position,
                level=section.level,
                **{f"heading_{language}": section.heading, f"body_{language}": section.body},
            )
            for position, section in enumerate(parsed.sections, start=1)
        ]
    )
    article_text_changed(article=article, languages=[language])
    if publish:
        try:
            article_publish(article=article, language=language, by=by)
        except PublishBlocked as blocked:
            raise importer.ArticleTextError(" ".join(blocked.checklist.blockers)) from None


def covers_reencode(*, articles=None, report=None) -> dict[str, int]:
    """
    Give every stored cover what a new upload gets (uploads.clean_image):
    re-encoded, without metadata, under a name of the site's; returns how
    many were re-encoded, refused, absent from this host or failed.

    Safe to run again, and on every host that keeps its own media: a cover
    already re-encoded is left alone. A cover refused as an image is taken
    off its article and kept beside it as `NAME.refused`, which is never
    served; the old files go only once the new ones are recorded. `articles`
    is the Article model to use (a migration passes its own).
    """
    articles = articles or Article
    report = report or (lambda line: logger.info("%s", line))
    done = {"reencoded": 0, "refused": 0, "absent": 0, "failed": 0}
    for article in articles.objects.exclude(cover="").only("id", "cover").iterator():
        old = article.cover
        if uploads.is_reencoded_name(old.name):
            continue
        storage = old.storage
        if not storage.exists(old.name):
            done["absent"] += 1
            report(f"article {article.pk}: cover {old.name} is not on this host; run reencode_covers where it is")
            continue
        try:
            with storage.open(old.name, "rb") as stored:
                stored.name = old.name
                try:
                    cleaned = uploads.clean_image(stored, check_name=False)
                except ValidationError as error:
                    cleaned, reason = None, " ".join(str(message) for message in error.messages)
                    stored.seek(0)
                    kept = storage.save(f"{old.name}.refused", stored)
            folder = old.name.rpartition("/")[0]
            new = storage.save(f"{folder}/{cleaned.name}" if folder else cleaned.name, cleaned) if cleaned else ""
        except Exception as error:  # noqa: BLE001 - one cover's failure must not stop the others
            done["failed"] += 1
            report(f"article {article.pk}: cover {old.name} left as it is: {error!r}")
            continue
        articles.objects.filter(pk=article.pk).update(cover=new)
        transaction.on_commit(lambda storage=storage, name=old.name: storage.delete(name))
        if cleaned:
            done["reencoded"] += 1
        else:
            done["refused"] += 1
            report(f"article {article.pk}: cover {old.name} taken off, kept as {kept}: {reason}")
    return done
