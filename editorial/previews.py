"""Shareable previews: for how long a link works, and who may make or revoke one."""

from django.utils.translation import gettext_lazy as _

from articles import permissions

DEFAULT_HOURS = 72
# The longest a link may work: a draft shared for a read, not a second publication.
MAX_HOURS = 30 * 24
# What the article's form offers; the command takes any number of hours up to MAX_HOURS.
LIFETIMES = [
    (1, _("1 hour")),
    (24, _("24 hours")),
    (72, _("3 days")),
    (168, _("7 days")),
]


def may_make_preview(user, language: str) -> bool:
    """Whether `user` may share `language`'s working text: they may change articles and edit that language."""
    return (
        user.is_active
        and user.is_staff
        and user.has_perm("articles.change_article")
        and language in permissions.editable_languages(user)
    )


def may_revoke_preview(user, link) -> bool:
    """Whether `user` may revoke `link`: its maker, or anyone who may publish."""
    if not (user.is_active and user.is_staff):
        return False
    return (link.created_by_id is not None and link.created_by_id == user.pk) or user.has_perm(
        "articles.publish_edition"
    )
