"""Reads of the newsroom's workflow."""

from django.db.models import Case, Value, When
from django.utils import timezone

from .models import PreviewLink

PANEL_LINKS = 50


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
