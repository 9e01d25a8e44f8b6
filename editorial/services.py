"""Writes of the newsroom's workflow."""

from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reversion.models import Revision

from articles.models import LANGUAGE_CODES, Article, Section
from articles.texts import EditionText

from .models import Activity, PreviewLink, RevisionInfo
from .previews import DEFAULT_HOURS, MAX_HOURS, may_make_preview, may_revoke_preview
from .revisions import article_revision

ARTICLE_TEXT_FIELDS = ("title", "slug", "lead", "cover_alt")
SECTION_FIELDS = ("position", "level", *(f"{name}_{code}" for name in ("heading", "body") for code in LANGUAGE_CODES))


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


def revision_time(moment: datetime) -> str:
    """A revision's time as the newsroom reads it: "12:30, 02.12.2026", in its time zone."""
    return date_format(timezone.localtime(moment), "H:i, d.m.Y")


@transaction.atomic
def revision_restore(*, article: Article, info: RevisionInfo, by) -> Article:
    """
    Put the working text of `article` back as the revision of `info` stored
    it, in every language: its sections as they were (those made since are
    removed, those removed since are made again). Readers see no change until
    a language is published: editions, their published text and their counters
    are left as they are. The restore is itself a revision, and written down
    in the activity log. The cover comes back only if its file is still stored.
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
        # An editor whose form was opened before the restore is told who restored it (articles/conflicts.py).
        article.changed_by = by if getattr(by, "pk", None) else None
        article.save()
        _sections_restore(article=article, stored=snapshot.sections)
        changed = [code for code, text in _texts(article).items() if text != before[code]]
        article_text_changed(article=article, languages=changed)
        activity_record(
            action=Activity.Action.RESTORE,
            article=article,
            by=by,
            detail=revision_time(info.revision.date_created),
        )
    return article


def _texts(article) -> dict[str, EditionText]:
    sections = list(article.sections.all())
    return {code: EditionText.from_working(article, code, sections) for code in LANGUAGE_CODES}


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
