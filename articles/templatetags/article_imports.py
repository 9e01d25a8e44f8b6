from django import template
from django.urls import reverse
from django.utils.translation import gettext

from articles import permissions
from articles.models import LANGUAGE_NAMES

register = template.Library()


@register.simple_tag(takes_context=True)
def paste_links(context, article):
    """The change form's "Paste text" links of `article`: one per language the user may change, as (url, label)."""
    request = context["request"]
    if article is None or not article.pk or not request.user.has_perm("articles.change_article"):
        return []
    return [
        (
            reverse("admin:articles_article_import_into", args=[article.pk, code]),
            gettext("Paste text: %(language)s") % {"language": LANGUAGE_NAMES[code]},
        )
        for code in permissions.editable_languages(request.user)
    ]
