"""Reads of the newsroom's workflow."""

from django.db.models import QuerySet

from .models import ReviewRequest


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
