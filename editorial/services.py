"""Writes of the newsroom's workflow."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import LANGUAGE_CODES

from .models import Activity, PreviewLink
from .previews import DEFAULT_HOURS, MAX_HOURS, may_make_preview, may_revoke_preview


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


class PreviewLinkRefused(Exception):
    """A preview link that may not be made or revoked; the message says why, in the active language."""


def _when(moment) -> str:
    # The newsroom's time format in every language, so the log reads the same in each.
    return timezone.localtime(moment).strftime("%H:%M, %d.%m.%Y")


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
        detail=_when(link.expires_at),
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
    when = at or timezone.now()
    # One UPDATE decides, so two revocations at once write one activity row.
    revoked = PreviewLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(
        revoked_at=when, revoked_by=by if getattr(by, "pk", None) else None
    )
    if not revoked:
        return False
    link.refresh_from_db(fields=["revoked_at", "revoked_by"])
    activity_record(
        action=Activity.Action.PREVIEW_REVOKED,
        article=link.article,
        language=link.language,
        by=by,
        detail=_when(link.expires_at),
        at=when,
    )
    return True
