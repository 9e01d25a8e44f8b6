"""Writes of the newsroom's workflow."""

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles import permissions
from articles.checklist import publish_checklist
from articles.texts import EditionText

from .models import Activity, ReviewRequest


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
        user_name=(user.get_full_name() or user.get_username()) if user else "",
        article=article,
        article_title=str(article)[:200] if article is not None else "",
        language=language,
        action=action,
        detail=str(detail)[:1000],
    )


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
