"""Writes of the newsroom's workflow."""

from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Revision

from articles import permissions
from articles.bylines import article_bylines
from articles.checklist import publish_checklist
from articles.models import LANGUAGE_CODES, Article, Byline, Section
from articles.texts import EditionText
from cms.people import display_name
from cms.times import when

from .models import Activity, PreviewLink, ReviewRequest, RevisionInfo, StaffPreference
from .previews import DEFAULT_HOURS, MAX_HOURS, may_make_preview, may_revoke_preview
from .revisions import article_revision

ARTICLE_TEXT_FIELDS = ("title", "slug", "lead", "seo_description", "cover_alt", "cover_caption", "cover_credit")
SECTION_TEXT_FIELDS = ("heading", "body", "photo_alt", "photo_caption")
SECTION_FIELDS = (
    "position",
    "level",
    "photo",
    *(f"{name}_{code}" for name in SECTION_TEXT_FIELDS for code in LANGUAGE_CODES),
)


class ReviewRefused(ValueError):
    """A review step that cannot be taken as asked; the message says why, for the user."""


def activity_record(*, action: str, article=None, language: str = "", by=None, detail: str = "", at=None) -> Activity:
    """
    Write down that `by` (None: a command or the site itself) did `action` to
    `article` in `language`; `detail` says what about (at most 1,000 characters).
    """
    user = by if getattr(by, "pk", None) else None
    return Activity.objects.create(
        at=at or timezone.now(),
        user=user,
        user_name=display_name(user) if user else "",
        article=article,
        article_title=str(article)[:200] if article is not None else "",
        language=language,
        action=action,
        detail=str(detail)[:1000],
    )


class PreviewLinkRefused(Exception):
    """A preview link that may not be made or revoked; the message says why, in the active language."""


@transaction.atomic
def preview_link_create(*, article, language: str, by=None, hours: int = DEFAULT_HOURS, at=None) -> PreviewLink:
    """
    Make a link to `article`'s working text in `language` that works for
    `hours` from `at` (default: now), and write it down in the activity.

    Refused (PreviewLinkRefused) for a language without text or a lifetime
    outside 1 hour to MAX_HOURS; refused (PermissionDenied) when `by` may
    not change the article or that language. `by` None is the site's
    operator (a command).
    """
    if language not in LANGUAGE_CODES or not article.has_text(language):
        raise PreviewLinkRefused(_("This language has no text to preview yet."))
    if isinstance(hours, bool) or not isinstance(hours, int) or not 1 <= hours <= MAX_HOURS:
        raise PreviewLinkRefused(
            _("A preview link works for 1 to %(hours)d hours.") % {"hours": MAX_HOURS},
        )
    if by is not None and not may_make_preview(by, language):
        raise PermissionDenied(_("You may not share previews of this language."))
    made = at or timezone.now()
    link = PreviewLink.objects.create(
        article=article,
        language=language,
        created_by=by,
        created_at=made,
        expires_at=made + timedelta(hours=hours),
    )
    activity_record(
        action=Activity.Action.PREVIEW_MADE,
        article=article,
        language=language,
        by=by,
        detail=when(link.expires_at),
        at=made,
    )
    return link


@transaction.atomic
def preview_link_revoke(*, link: PreviewLink, by=None, at=None) -> bool:
    """
    Revoke `link` at `at` (default: now), so that it opens nothing from then
    on, and write it down in the activity; False, and nothing written, when
    it was revoked already. Refused (PermissionDenied) unless `by` made the
    link or may publish; `by` None is the site's operator.
    """
    if by is not None and not may_revoke_preview(by, link):
        raise PermissionDenied(_("Only the person who made a preview link, or a press secretary, may revoke it."))
    revoked_at = at or timezone.now()
    # One UPDATE decides, so two revocations at once write one activity row.
    revoked = PreviewLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(
        revoked_at=revoked_at, revoked_by=by if getattr(by, "pk", None) else None
    )
    if not revoked:
        return False
    link.refresh_from_db(fields=["revoked_at", "revoked_by"])
    activity_record(
        action=Activity.Action.PREVIEW_REVOKED,
        article=link.article,
        language=link.language,
        by=by,
        detail=when(link.expires_at),
        at=revoked_at,
    )
    return True


@transaction.atomic
def revision_restore(*, article: Article, info: RevisionInfo, by) -> Article:
    """
    Put the working text of `article` back as the revision of `info` stored
    it, in every language: its sections as they were (those made since are
    removed, those removed since are made again). Readers see no change until
    a language is published: editions, their published text and their counters
    are left as they are. Its byline comes back too, but for contributors
    deleted since (a revision without one leaves the byline as it is). The
    restore is itself a revision, and written down in the activity log. The
    cover and the section photos come back only if their files are still stored.
    """
    from articles.services import article_text_changed
    from editorial.selectors import revision_snapshot

    snapshot = revision_snapshot(info=info)
    if not snapshot.article:
        raise ValueError(f"Revision {info.revision_id} does not hold article {article.pk}.")
    article = Article.objects.select_for_update().get(pk=article.pk)
    before = _texts(article)
    with article_revision(article=article, by=by, kind=RevisionInfo.Kind.RESTORED):
        stored = snapshot.article
        for name in ARTICLE_TEXT_FIELDS:
            for code in LANGUAGE_CODES:
                setattr(article, f"{name}_{code}", stored.get(f"{name}_{code}"))
        article.source_language = stored.get("source_language") or article.source_language
        cover = stored.get("cover") or ""
        if not cover or article.cover.storage.exists(cover):
            article.cover = cover
        for name in ("cover_focal_x", "cover_focal_y"):
            # A revision from before focal points holds none: the centre.
            value = stored.get(name)
            setattr(article, name, Article._meta.get_field(name).get_default() if value is None else value)
        # An editor whose form was opened before the restore is told who restored it (articles/conflicts.py).
        article.changed_by = by if getattr(by, "pk", None) else None
        article.save()
        _sections_restore(article=article, stored=snapshot.sections)
        _bylines_restore(article=article, stored=snapshot.bylines, contributors=snapshot.contributors)
        changed = [code for code, text in _texts(article).items() if text != before[code]]
        article_text_changed(article=article, languages=changed)
        activity_record(
            action=Activity.Action.RESTORE,
            article=article,
            by=by,
            detail=when(info.revision.date_created),
        )
    return article


def _texts(article) -> dict[str, EditionText]:
    sections = list(article.sections.all())
    bylines = article_bylines(article)
    return {code: EditionText.from_working(article, code, sections, bylines) for code in LANGUAGE_CODES}


def _bylines_restore(*, article: Article, stored: list[dict], contributors: dict) -> None:
    # A revision without a byline may be older than bylines: it takes none away.
    if not stored:
        return
    # A contributor deleted since is left out: there is no one to name.
    Byline.objects.filter(article=article).delete()
    Byline.objects.bulk_create(
        Byline(article=article, contributor_id=fields["contributor_id"], position=fields.get("position") or 0)
        for fields in stored
        if fields.get("contributor_id") in contributors
    )


def _sections_restore(*, article: Article, stored: list[dict]) -> None:
    current = {section.pk: section for section in article.sections.all()}
    wanted = {fields["id"]: fields for fields in stored}
    Section.objects.filter(article=article).exclude(pk__in=wanted).delete()
    kept, made = [], []
    for pk, fields in wanted.items():
        section = current.get(pk) or Section(pk=pk, article=article)
        for name in SECTION_FIELDS:
            value = fields.get(name)
            if value is None and name in ("position", "level"):
                value = Section._meta.get_field(name).get_default()
            if name == "photo":
                # As the cover: the photo comes back only if its file is still stored.
                value = value or ""
                if value and not section.photo.storage.exists(value):
                    value = section.photo.name or ""
            setattr(section, name, value)
        (kept if pk in current else made).append(section)
    if kept:
        Section.objects.bulk_update(kept, SECTION_FIELDS)
    if made:
        # Under their old ids, so the diff matches them with the revisions that had them.
        Section.objects.bulk_create(made)


@transaction.atomic
def revisions_prune(*, keep: int = 50, days: int | None = None, now: datetime | None = None) -> int:
    """
    Delete each article's revisions beyond its `keep` newest and, with
    `days`, those older than that; an article's newest revision is always
    kept. Returns how many revisions were deleted.
    """
    keep = max(keep, 1)
    cutoff = (now or timezone.now()) - timedelta(days=days) if days is not None else None
    rows = (
        RevisionInfo.objects.exclude(article=None)
        .order_by("article_id", "-revision_id")
        .values_list("article_id", "revision_id", "revision__date_created")
    )
    doomed, article_id, rank = [], None, 0
    for owner, revision_id, created in rows.iterator():
        rank = rank + 1 if owner == article_id else 1
        article_id = owner
        if rank > keep or (rank > 1 and cutoff is not None and created < cutoff):
            doomed.append(revision_id)
    deleted = 0
    for start in range(0, len(doomed), 500):
        chunk = doomed[start : start + 500]
        _total, by_model = Revision.objects.filter(pk__in=chunk).delete()
        deleted += by_model.get(Revision._meta.label, 0)
    return deleted


@transaction.atomic
def review_submit(*, article, language: str, by) -> ReviewRequest:
    """
    Submit the `language` edition of `article` for review by `by`, who may
    change it but not publish it; it waits until a press secretary decides.

    Raises PermissionDenied for a user who may publish (they publish) or may
    not change that language, and ReviewRefused, with nothing written, when
    the language has nothing to publish yet (the checklist's blockers), is
    live with this very text, or is already waiting.
    """
    if not permissions.may_submit(by, language):
        raise PermissionDenied(_("You may not submit this language for review."))
    text = EditionText.from_working(article, language)
    blockers = publish_checklist(article=article, language=language, text=text).blockers
    if blockers:
        raise ReviewRefused(" ".join(blockers))
    edition = article.editions.filter(language=language).first()
    if edition is not None and edition.is_live() and EditionText.from_edition(edition) == text:
        raise ReviewRefused(_("Nothing to review: readers already see this text."))
    try:
        # The constraint decides between two submissions at the same moment.
        with transaction.atomic():
            review = ReviewRequest.objects.create(article=article, language=language, submitted_by=by)
    except IntegrityError:
        raise ReviewRefused(_("This language is already waiting for review.")) from None
    activity_record(action=Activity.Action.SUBMIT, article=article, language=language, by=by)
    return review


def _waiting(review: ReviewRequest) -> ReviewRequest:
    """`review` read again and locked until the transaction ends; refused unless it is still waiting."""
    review = ReviewRequest.objects.select_for_update().select_related("article").get(pk=review.pk)
    if not review.waiting:
        raise ReviewRefused(
            _("This submission was already decided: %(state)s.") % {"state": review.get_state_display()}
        )
    return review


@transaction.atomic
def review_approve(*, review: ReviewRequest, by, at: datetime | None = None):
    """
    Approve a waiting submission: publish its language's working text (at
    `at` when given, which schedules it) through articles.services.article_publish,
    which closes the submission as approved; returns the edition.

    Raises PermissionDenied for a user who may not publish, ReviewRefused when
    it is no longer waiting, and articles.services.PublishBlocked, with
    nothing changed, when the checklist blocks the edition.
    """
    # articles.services writes through this module: imported when used.
    from articles.services import article_publish

    if not permissions.may_publish(by):
        raise PermissionDenied(_("You may not publish, schedule or unpublish editions."))
    review = _waiting(review)
    return article_publish(article=review.article, language=review.language, at=at, by=by)


def review_close_published(*, article, language: str, by) -> ReviewRequest | None:
    """
    Close the waiting submission of `article` in `language`, if there is one,
    as approved by `by`: its language was just published or scheduled, by
    whatever path. Called by articles.services.article_publish only.
    """
    review = ReviewRequest.objects.select_for_update().filter(article=article, language=language, state="waiting")
    review = review.first()
    if review is None:
        return None
    review.state = ReviewRequest.State.APPROVED
    review.decided_by = by if getattr(by, "pk", None) else None
    review.decided_at = timezone.now()
    review.save(update_fields=["state", "decided_by", "decided_at"])
    activity_record(action=Activity.Action.APPROVE, article=article, language=language, by=by)
    return review


@transaction.atomic
def review_send_back(*, review: ReviewRequest, by, comment: str) -> ReviewRequest:
    """
    Send a waiting submission back to its author with `comment`, saying what
    must change; nothing is published. Raises ReviewRefused without a
    comment or when it is no longer waiting, PermissionDenied for a user who
    may not publish.
    """
    if not permissions.may_publish(by):
        raise PermissionDenied(_("You may not approve or send back submissions."))
    comment = (comment or "").strip()
    if not comment:
        raise ReviewRefused(_("Say what must change: a comment is required to send it back."))
    review = _waiting(review)
    review.state = ReviewRequest.State.SENT_BACK
    review.decided_by = by
    review.decided_at = timezone.now()
    review.comment = comment
    review.save(update_fields=["state", "decided_by", "decided_at", "comment"])
    activity_record(
        action=Activity.Action.SEND_BACK, article=review.article, language=review.language, by=by, detail=comment
    )
    return review


@transaction.atomic
def review_withdraw(*, review: ReviewRequest, by) -> ReviewRequest:
    """
    Take a waiting submission back out of review, by the person who submitted
    it (or a press secretary); the text stays as it is. Raises
    PermissionDenied for anyone else, ReviewRefused when it is no longer waiting.
    """
    review = _waiting(review)
    if review.submitted_by_id != by.pk and not permissions.may_publish(by):
        raise PermissionDenied(_("Only the person who submitted it may withdraw it."))
    review.state = ReviewRequest.State.WITHDRAWN
    review.decided_by = by
    review.decided_at = timezone.now()
    review.save(update_fields=["state", "decided_by", "decided_at"])
    activity_record(action=Activity.Action.WITHDRAW, article=review.article, language=review.language, by=by)
    return review


def staff_preference_set(*, user, language: str) -> StaffPreference:
    """
    Show the admin to `user` in `language` from their next page on; an empty
    `language` is the one their browser asks for. Raises ValueError for a
    language the site does not have.
    """
    if language not in ("", *LANGUAGE_CODES):
        raise ValueError(f"Not a language of the site: {language!r}.")
    preference, _created = StaffPreference.objects.update_or_create(user=user, defaults={"language": language})
    return preference
