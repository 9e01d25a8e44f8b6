"""Reads of the newsroom's workflow."""

from dataclasses import dataclass, field

from django.db.models import Case, QuerySet, Value, When
from django.utils import timezone
from reversion.models import Version

from articles.models import Article, Byline, Contributor, Section
from articles.texts import EditionText, SectionText

from .models import Activity, PreviewLink, ReviewRequest, RevisionInfo, StaffPreference

PANEL_LINKS = 50


def admin_language(*, user) -> str:
    """The language `user` chose for the admin, or "" for the one their browser asks for (one query)."""
    return StaffPreference.objects.filter(user=user).values_list("language", flat=True).first() or ""


def preview_link_open(*, token: str, language: str, at=None) -> PreviewLink | None:
    """
    The link that `token` opens in `language` at `at` (default: now), with
    its article; None for an altered or made-up token (without asking the
    database), another language's link, or one expired or revoked.
    """
    named = PreviewLink.unsign(token)
    if named is None:
        return None
    pk, key = named
    link = PreviewLink.objects.select_related("article").filter(pk=pk).first()
    if link is None or not link.opens_with(key) or link.language != language or not link.is_active(at):
        return None
    return link


def article_preview_links(*, article, at=None, limit: int = PANEL_LINKS) -> list[PreviewLink]:
    """`article`'s links, those that still work first, then the newest; at most `limit`, in one query."""
    at = at or timezone.now()
    return list(
        PreviewLink.objects.filter(article=article)
        .select_related("created_by", "revoked_by")
        .annotate(
            working=Case(
                When(revoked_at__isnull=True, expires_at__gt=at, then=Value(0)),
                default=Value(1),
            )
        )
        .order_by("working", "-created_at", "-id")[:limit]
    )


def article_revisions(*, article) -> QuerySet[RevisionInfo]:
    """The revisions of `article`, newest first, each with its time and person (one query for a page of them)."""
    return RevisionInfo.objects.filter(article=article).select_related("revision__user").order_by("-revision_id")


def revision_of_article(*, article, revision_id) -> RevisionInfo | None:
    """One revision of `article`, or None when there is no such revision of it."""
    return article_revisions(article=article).filter(revision_id=revision_id).first()


def article_activity(*, article) -> QuerySet[Activity]:
    """What was done to `article`, newest first (names are written down with each row: no join)."""
    return Activity.objects.filter(article=article).order_by("-at", "-id")


@dataclass(frozen=True)
class Snapshot:
    """An article's working text as a revision stored it: the article's columns and its sections', every language."""

    article: dict
    sections: list[dict]
    # Its bylines in order, and the contributors they name that still exist, by id.
    bylines: list[dict] = field(default_factory=list)
    contributors: dict = field(default_factory=dict)

    def text(self, language: str) -> EditionText:
        """The text of `language` in this revision, in the shape the diff and publishing use."""
        fields = self.article
        return EditionText(
            language=language,
            title=fields.get(f"title_{language}") or "",
            slug=fields.get(f"slug_{language}") or "",
            lead=fields.get(f"lead_{language}") or "",
            seo_description=fields.get(f"seo_description_{language}") or "",
            cover=fields.get("cover") or "",
            cover_alt=fields.get(f"cover_alt_{language}") or "",
            sections=tuple(
                SectionText(
                    level=section.get("level") or Section.Level.H2,
                    heading=section.get(f"heading_{language}") or "",
                    body=section.get(f"body_{language}") or "",
                    id=section["id"],
                )
                for section in self.sections
                if section.get(f"heading_{language}") or section.get(f"body_{language}")
            ),
            byline=tuple(
                self.contributors[byline["contributor_id"]].name_in(language, fields.get("source_language"))
                for byline in self.bylines
                if byline.get("contributor_id") in self.contributors
            ),
        )


def revision_snapshot(*, info: RevisionInfo) -> Snapshot:
    """
    The article and sections stored in the revision of `info`, read from the
    revision's versions (never from the live rows); sections in reading order.
    """
    versions = Version.objects.filter(revision_id=info.revision_id)
    article_id = str(info.article_id)
    article, sections, bylines = {}, [], []
    for version in versions.filter(content_type__in=_content_types()):
        fields = _fields(version)
        if version._model is Article and version.object_id == article_id:
            article = fields
        elif version._model is Section and str(fields.get("article_id")) == article_id:
            sections.append(fields)
        elif version._model is Byline and str(fields.get("article_id")) == article_id:
            bylines.append(fields)
    sections.sort(key=lambda fields: (fields.get("position") or 0, fields["id"]))
    bylines.sort(key=lambda fields: (fields.get("position") or 0, fields["id"]))
    # Revisions made before bylines hold none: the snapshot has none.
    contributors = Contributor.objects.select_related("user").in_bulk([b.get("contributor_id") for b in bylines])
    return Snapshot(article=article, sections=sections, bylines=bylines, contributors=contributors)


def _content_types():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_models(Article, Section, Byline).values()


def _fields(version) -> dict:
    """A version's columns by attribute name, files as their stored names."""
    fields = dict(version.field_dict)
    for name in ("cover", "photo"):
        if name in fields:
            fields[name] = getattr(fields[name], "name", fields[name]) or ""
    return fields


def review_waiting() -> QuerySet[ReviewRequest]:
    """Submissions waiting for review, oldest first, with their article and who submitted them."""
    return (
        ReviewRequest.objects.filter(state=ReviewRequest.State.WAITING)
        .select_related("article", "submitted_by")
        .order_by("submitted_at", "id")
    )


def review_latest(*, article) -> dict[str, ReviewRequest]:
    """The newest submission of each language of `article` (waiting or decided), by language code; one query."""
    latest: dict[str, ReviewRequest] = {}
    for review in (
        ReviewRequest.objects.filter(article=article)
        .select_related("submitted_by", "decided_by")
        .order_by("language", "-submitted_at", "-id")
    ):
        latest.setdefault(review.language, review)
    return latest
