"""Writes: publishing, counting and importing articles, and the renditions of their photos."""

import logging
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from editorial.models import Activity, RevisionInfo
from editorial.revisions import article_revision, revision_note
from editorial.services import activity_record, review_close_published
from photos.selectors import renditions_for
from photos.services import PhotoUnreadable, renditions_make
from search.services import search_document_delete, search_document_update

from . import conflicts, counters, importer, permissions, uploads
from .checklist import Checklist, publish_checklist
from .models import LANGUAGE_CODES, Article, Byline, Contributor, Edition, Section, TextRevision
from .sharing import NETWORKS
from .slugs import slug_from_title
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
    now = timezone.now()
    # Fixed once published: a later title edit keeps the address; an explicit new slug moves it.
    slug = text.slug or edition.slug or slug_from_title(text.title)
    for name, value in text.edition_fields().items():
        setattr(edition, name, value)
    edition.slug = slug
    if at is not None:
        edition.published_at = at
    elif not edition.is_live(now):
        edition.published_at = now
    edition.status = Edition.Status.PUBLISHED
    edition.text_published_at = now
    edition.published_by = by if getattr(by, "pk", None) else None
    edition.save()
    search_document_update(edition=edition)
    if edition.breaking_until is not None:
        _band_changed()  # the band shows the published title
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
    if not updated:
        logger.debug("nothing to unpublish: article=%s language=%s", article.pk, language)
        return None
    search_document_delete(article=article, language=language)
    activity_record(action=Activity.Action.UNPUBLISH, article=article, language=language, by=by)
    edition = Edition.objects.get(article=article, language=language)
    if edition.breaking_until is not None:
        _band_changed()
    logger.debug("unpublished article=%s language=%s by=%s", article.pk, language, by)
    return edition


@transaction.atomic
def article_delete(*, article: Article, by=None) -> None:
    """
    Delete `article` with its editions, and write it down in the activity
    with its title: the log keeps the deletion, and the reader pages that
    listed the article see it at their next check (selectors.content_version).
    """
    editions = list(article.editions.all())
    live_now = {edition.language for edition in editions if edition.is_live()}
    live = [code for code in LANGUAGE_CODES if code in live_now]
    activity_record(action=Activity.Action.DELETE, article=article, by=by, detail=" ".join(live))
    article.delete()
    if any(edition.breaking_until is not None for edition in editions):
        _band_changed()
    logger.debug("deleted article=%s (live in %s) by=%s", article.pk, live, by)


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
def edition_pin(*, article: Article, language: str, until: datetime | None) -> Edition | None:
    """
    Pin the published `language` edition of `article` on top of its front
    page until `until`, or unpin it (None); the pin ends at its time with no
    job to run. None, with nothing changed, when the edition is not published.
    """
    edition = _published_for_update(article=article, language=language)
    if edition is not None:
        edition.pinned_until = until
        # updated_at: the cached front pages are made again at once.
        edition.save(update_fields=["pinned_until", "updated_at"])
    return edition


@transaction.atomic
def edition_breaking(*, article: Article, language: str, until: datetime | None) -> Edition | None:
    """
    Show the published `language` edition of `article` in the breaking-news
    band of every page of its language until `until`, or stop (None); the
    band ends at its time with no job to run. None, with nothing changed,
    when the edition is not published.
    """
    edition = _published_for_update(article=article, language=language)
    if edition is not None:
        edition.breaking_until = until
        edition.save(update_fields=["breaking_until", "updated_at"])
        _band_changed()
    return edition


def _band_changed() -> None:
    """
    Every worker reads the breaking-news band from the shared cache: forgotten
    now, and again once this commits, so that none keeps what it read in between.
    """
    from . import selectors  # selectors reads the models this module writes

    selectors.breaking_forget()
    transaction.on_commit(selectors.breaking_forget)


def _published_for_update(*, article: Article, language: str) -> Edition | None:
    return (
        Edition.objects.select_for_update()
        .filter(article=article, language=language, status=Edition.Status.PUBLISHED)
        .first()
    )


def article_category_changed(*, article: Article) -> None:
    """
    Show the new category of `article` to readers at once: its editions count
    as changed, so its cached pages and the lists that show it are made again.
    """
    Edition.objects.filter(article=article).update(updated_at=timezone.now())


@transaction.atomic
def article_import_text(
    *, text: str, language: str, publish: bool = False, by=None, lead: bool = True, levels=None
) -> Article:
    """
    Create an article from plain text in `language`: its title, its lead
    (the first paragraph, with `lead`) and its sections, with the `levels`
    chosen for some of them (by index) instead of the text's.

    Raises importer.ArticleTextError, with nothing written, when the text
    cannot become an article (or, with `publish`, cannot be published).
    """
    parsed = importer.parse(text, lead=lead)
    importer.set_levels(parsed, levels)
    article = Article(source_language=language, changed_by=by if getattr(by, "pk", None) else None)
    setattr(article, f"title_{language}", parsed.title)
    setattr(article, f"lead_{language}", parsed.lead)
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
    _imported(article=article, language=language, publish=publish, by=by)


def import_refusal(*, user, language: str, matches) -> str:
    """Why `user` may not import text with these section `matches` into `language`; empty when they may."""
    if getattr(user, "pk", None) is None:
        return ""
    if language not in permissions.editable_languages(user):
        return gettext("You may not change the text of this language.")
    added = sum(1 for match in matches if match.existing is None)
    # As in the change form's sections (admin.article.SectionInline): a translator adds none.
    if added and (permissions.is_translator(user) or not user.has_perm("articles.add_section")):
        return ngettext(
            "The text has %(count)d section more than the article, and you may not add sections. "
            "Nothing was saved: join it to another section, or ask an author to add one.",
            "The text has %(count)d sections more than the article, and you may not add sections. "
            "Nothing was saved: join them to other sections, or ask an author to add them.",
            added,
        ) % {"count": added}
    return ""


@transaction.atomic
def article_import_into(
    *,
    article: Article,
    text: str,
    language: str,
    by=None,
    opened_version: int | None = None,
    opened_text: str = "",
    lead: bool = True,
    levels=None,
    publish: bool = False,
) -> Article:
    """
    Put plain text into the `language` text of an existing article: its
    title, its lead when the text has one, and its sections matched by order
    (importer.match_sections); sections beyond the article's are added, and
    the article's sections beyond the text's are left as they are. Only that
    language's text changes; levels and places stay (a new section takes
    its level from the text, or from `levels`, by index).

    A save like the change form's: one revision, the language marked as
    changed, and refused with conflicts.SavedSinceOpened when someone saved
    the article after `opened_version`. Raises importer.ArticleTextError,
    with nothing written, when the text cannot become an article or `by` may
    not write it (import_refusal).
    """
    parsed = importer.parse(text, lead=lead)
    importer.set_levels(parsed, levels)
    current = conflicts.locked_unless_saved_since(pk=article.pk, version=opened_version, opened_text=opened_text)
    sections = list(current.sections.all())
    matches = importer.match_sections(parsed.sections, sections)
    if refusal := import_refusal(user=by, language=language, matches=matches):
        raise importer.ArticleTextError(refusal)
    setattr(current, f"title_{language}", parsed.title)
    if parsed.lead:
        setattr(current, f"lead_{language}", parsed.lead)
    current.changed_by = by if getattr(by, "pk", None) else None
    heading, body = f"heading_{language}", f"body_{language}"
    with article_revision(article=current, by=by, kind=RevisionInfo.Kind.SAVED, languages=[language]):
        current.save()
        last = max((section.position for section in sections), default=0)
        new, replaced = [], []
        for match in matches:
            if match.parsed is None:
                continue
            if match.existing is None:
                last += 1
                new.append(
                    Section(
                        article=current,
                        position=last,
                        level=match.parsed.level,
                        **{heading: match.parsed.heading, body: match.parsed.body},
                    )
                )
                continue
            setattr(match.existing, heading, match.parsed.heading)
            setattr(match.existing, body, match.parsed.body)
            replaced.append(match.existing)
        # One statement for the sections replaced, however many (a long article has 150).
        Section.objects.bulk_update(replaced, [heading, body], batch_size=500)
        Section.objects.bulk_create(new)
        _imported(article=current, language=language, publish=publish, by=by)
    return current


def _imported(*, article: Article, language: str, publish: bool, by) -> None:
    """What follows an import of `language`: its text marked changed, and published if asked (the checklist decides)."""
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


def article_photos_render(*, article: Article, report=None) -> dict[str, int]:
    """
    Make what is missing of the renditions of `article`'s cover (cut around
    its focal point) and of its sections' photos, never on a reader's
    request; a page that shows a cover whose crops changed is rendered anew.
    Returns how many photos were already done, were made, or could not be
    read on this host (logged and reported, never raised).
    """
    report = report or (lambda line: logger.info("%s", line))
    done = {"done": 0, "made": 0, "unreadable": 0}
    photos = [(article.cover.name, (article.cover_focal_x, article.cover_focal_y))] if article.cover else []
    photos += [(section.photo.name, (50, 50)) for section in article.sections.exclude(photo="").only("id", "photo")]
    # A photo only a published text still shows (replaced in the working text, not yet republished).
    published = [
        name
        for edition in article.editions.filter(text_published_at__isnull=False)
        for name in EditionText.from_edition(edition).photo_names
    ]
    listed = {name for name, _focal in photos}
    photos += [(name, (50, 50)) for name in dict.fromkeys(published) if name not in listed]
    for name, focal in photos:
        outcome = _photo_render(article=article, name=name, focal=focal, report=report)
        done[outcome] += 1
    return done


def _photo_render(*, article: Article, name: str, focal, report) -> str:
    before = {(row.spec, row.format): row.file.name for row in renditions_for([name])[name].renditions}
    try:
        after = {(row.spec, row.format): row.file.name for row in renditions_make(name=name, focal=focal)}
    except PhotoUnreadable as error:
        report(f"article {article.pk}: {error}")
        return "unreadable"
    if before == after:
        return "done"
    report(f"article {article.pk}: renditions of {name} made")
    if before and name == article.cover.name:
        # The cached pages name the old crops' files, which are gone.
        Edition.objects.filter(article=article, cover=name).update(updated_at=timezone.now())
    return "made"
