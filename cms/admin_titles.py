"""
The admin's page titles as whole sentences, each its own msgid per model.

Django builds "Select %s to change", "Add %s", "Change %s", "View %s" and
"Cannot delete %(name)s" around a model's verbose_name, a noun in the
nominative. Russian, Armenian and Turkish decline it there: Django's Russian
reads "Добавить статья" where a reader expects "Добавить статью". A ModelAdmin
with SentenceTitlesMixin names its Titles, and each replaces the title Django
built; a title a view set for itself (extra_context), or one the Titles leave
out, stays as it is.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext


@dataclass(frozen=True)
class Titles:
    """One model's page titles, each a whole sentence (gettext_lazy); an empty one keeps Django's."""

    select_to_change: str | Promise = ""
    select_to_view: str | Promise = ""
    add: str | Promise = ""
    change: str | Promise = ""
    view: str | Promise = ""
    cannot_delete: str | Promise = ""


# Django's own msgids, translated by its catalog: named here, not written into
# gettext(), so that makemessages leaves them out of ours.
SELECT_TO_CHANGE, SELECT_TO_VIEW = "Select %s to change", "Select %s to view"
ADD, CHANGE, VIEW = "Add %s", "Change %s", "View %s"
CANNOT_DELETE = "Cannot delete %(name)s"
ADD_NAMED = "Add %(name)s"  # the change list's add link


def add_label(model_admin, opts) -> str:
    """The change list's add link: the admin's whole-sentence title where it has one, else Django's."""
    ours = getattr(getattr(model_admin, "titles", None), "add", "")
    return str(ours) if ours else gettext(ADD_NAMED) % {"name": opts.verbose_name}


def sentence(title, built: list[tuple[str, str | Promise]]) -> str:
    """`title`, or ours where it is the title Django built (`built`: pairs of Django's title and ours)."""
    for django_title, ours in built:
        if ours and title == django_title:
            return str(ours)
    return title


class SentenceTitlesMixin:
    """A ModelAdmin whose change list, add, change, view and delete pages take their titles from `titles`."""

    titles = Titles()

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        name = self.opts.verbose_name
        changelist.title = sentence(
            changelist.title,
            [
                (gettext(SELECT_TO_CHANGE) % name, self.titles.select_to_change),
                (gettext(SELECT_TO_VIEW) % name, self.titles.select_to_view),
            ],
        )
        return changelist

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        name = self.opts.verbose_name
        context["title"] = sentence(
            context.get("title"),
            [
                (gettext(ADD) % name, self.titles.add),
                (gettext(CHANGE) % name, self.titles.change),
                (gettext(VIEW) % name, self.titles.view),
            ],
        )
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def render_delete_form(self, request, context):
        built = gettext(CANNOT_DELETE) % {"name": self.opts.verbose_name}
        context["title"] = sentence(context.get("title"), [(built, self.titles.cannot_delete)])
        return super().render_delete_form(request, context)
