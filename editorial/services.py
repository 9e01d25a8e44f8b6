"""Writes of the newsroom's workflow."""

from django.utils import timezone

from .models import Activity


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
