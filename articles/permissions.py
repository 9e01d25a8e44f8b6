"""
Who may change what in an article.

Press secretaries (and anyone who may publish) change everything. A
translator, who may translate but not publish, changes only the text of the
languages assigned to them: not other languages, not the cover, its focal point, the category or the source
language, not a section's photo, not the order or level of sections, and no edition. An author
changes every language's text and sections but publishes nothing: authors
and translators submit a language edition for review instead.
"""

from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
ARTICLE_TEXT_FIELDS = ("title", "slug", "lead", "seo_description", "cover_alt", "cover_caption", "cover_credit")
SECTION_TEXT_FIELDS = ("heading", "body", "photo_alt", "photo_caption")


def is_translator(user) -> bool:
    """Held to the languages assigned: one who translates and neither publishes nor writes articles (an author does)."""
    return (
        not user.is_superuser
        and user.has_perm("articles.translate_article")
        and not user.has_perm("articles.publish_edition")
        and not user.has_perm("articles.add_article")
    )


def editable_languages(user) -> list[str]:
    """The languages whose text `user` may change, in the site's order."""
    if not is_translator(user):
        return LANGUAGE_CODES
    if not hasattr(user, "_editable_languages"):
        assigned = set(user.translator_languages.values_list("language", flat=True))
        user._editable_languages = [code for code in LANGUAGE_CODES if code in assigned]
    return user._editable_languages


def _other_languages(user, fields) -> list[str]:
    allowed = editable_languages(user)
    return [f"{field}_{code}" for field in fields for code in LANGUAGE_CODES if code not in allowed]


def locked_article_fields(user) -> list[str]:
    """Article form fields `user` may see but not change."""
    if not is_translator(user):
        return []
    return [
        "cover",
        "cover_focal_x",
        "cover_focal_y",
        "category",
        "source_language",
        *_other_languages(user, ARTICLE_TEXT_FIELDS),
    ]


def locked_section_fields(user) -> list[str]:
    """Section form fields `user` may see but not change."""
    if not is_translator(user):
        return []
    return ["position", "level", "photo", *_other_languages(user, SECTION_TEXT_FIELDS)]


def changed_languages(changed_fields, fields) -> set[str]:
    """The languages of the translated `fields` among `changed_fields` (form field names)."""
    return {
        name.rsplit("_", 1)[1]
        for name in changed_fields
        if "_" in name and name.rsplit("_", 1)[0] in fields and name.rsplit("_", 1)[1] in LANGUAGE_CODES
    }


def may_publish(user) -> bool:
    """Publish, schedule and unpublish any language edition, and decide on what was submitted for review."""
    return user.has_perm("articles.publish_edition")


def may_submit(user, language: str) -> bool:
    """
    Submit the `language` edition for review: for those who change articles
    but may not publish (authors in every language, translators in theirs).
    """
    return (
        language in LANGUAGE_CODES
        and user.has_perm("articles.change_article")
        and not may_publish(user)
        and language in editable_languages(user)
    )
