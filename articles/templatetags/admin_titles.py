"""The admin's change list add link, named by the admin's whole-sentence title (cms/admin_titles.py)."""

from django import template

from cms import admin_titles

register = template.Library()


@register.simple_tag
def add_label(changelist) -> str:
    """ "Add an article" where the admin has that title, else Django's "Add %(name)s"."""
    return admin_titles.add_label(changelist.model_admin, changelist.opts)
