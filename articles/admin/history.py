"""
An article's history in the admin: its revisions and its activity, any two
revisions of one language compared, and a revision restored into the working
text (not live until a language is published).

`RevisionsAdmin` is mixed into ArticleAdmin: it replaces Django's history
page, adds the compare and restore pages, and makes each save of the change
or add form one revision (editorial.revisions).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext

from cms.people import display_name
from editorial import selectors, services
from editorial.models import RevisionInfo
from editorial.revisions import article_revision, revision_note

from .. import permissions
from ..diff import compare
from ..models import LANGUAGE_NAMES
from .publication import when

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
REVISIONS_PER_PAGE = 50
ACTIVITY_PER_PAGE = 50


def person(user) -> str:
    return display_name(user) if user else "—"


class RevisionsAdmin:
    """The revisions of an article: recorded on every save, listed, compared and restored."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        # The article, its sections and whatever the save published, as one
        # revision, made once everything is saved (none when the form is refused).
        with article_revision(by=request.user, kind=RevisionInfo.Kind.SAVED):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        revision_note(article=form.instance)

    def get_urls(self):
        return [
            path(
                "<int:pk>/revisions/compare/",
                self.admin_site.admin_view(self.revision_compare_view),
                name="articles_article_revision_compare",
            ),
            path(
                "<int:pk>/revisions/<int:revision_id>/restore/",
                self.admin_site.admin_view(self.revision_restore_view),
                name="articles_article_revision_restore",
            ),
            *super().get_urls(),
        ]

    def may_restore(self, request, article) -> bool:
        """Restoring rewrites every language: not for a translator, who may change only theirs."""
        return self.has_change_permission(request, article) and not permissions.is_translator(request.user)

    def _viewable(self, request, pk):
        pk = unquote(str(pk))
        # Without the changelist's editions: nothing here reads them.
        article = self.get_queryset(request).prefetch_related(None).filter(pk=pk).first() if pk.isdigit() else None
        if article is None or not self.has_view_or_change_permission(request, article):
            raise Http404("No such article.")
        return article

    def _context(self, request, article, title, **context):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": article,
            "title": title,
            "history_url": reverse("admin:articles_article_history", args=[article.pk]),
            **context,
        }

    def history_view(self, request, object_id, extra_context=None):
        """The article's revisions (newest first, to compare and restore) and what was done to it."""
        article = self._viewable(request, object_id)
        revisions = Paginator(selectors.article_revisions(article=article), REVISIONS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        activity = Paginator(selectors.article_activity(article=article), ACTIVITY_PER_PAGE).get_page(
            request.GET.get("activity_page")
        )
        rows = [
            {
                "id": info.revision_id,
                "when": when(info.revision.date_created),
                "who": person(info.revision.user),
                "kind": info.get_kind_display(),
                "kind_code": info.kind,
                "languages": ", ".join(info.language_names),
            }
            for info in revisions.object_list
        ]
        events = [
            {
                "when": when(event.at),
                "who": event.user_name or "—",
                "action": event.get_action_display(),
                "language": str(LANGUAGE_NAMES.get(event.language, "")),
                "detail": event.detail,
            }
            for event in activity.object_list
        ]
        context = self._context(
            request,
            article,
            gettext("History: %(article)s") % {"article": article},
            revisions=revisions,
            rows=rows,
            activity=activity,
            events=events,
            languages=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES],
            language=article.source_language,
            may_restore=self.may_restore(request, article),
            **(extra_context or {}),
        )
        return TemplateResponse(request, "admin/articles/article/revisions.html", context)

    def revision_compare_view(self, request, pk):
        """Two revisions of one language side by side: sections matched, changed words marked."""
        article = self._viewable(request, pk)
        language = request.GET.get("language")
        if language not in LANGUAGE_CODES:
            language = article.source_language
        chosen = []
        for key in ("old", "new"):
            value = request.GET.get(key, "")
            info = selectors.revision_of_article(article=article, revision_id=value) if value.isdigit() else None
            if info is None:
                raise Http404("No such revision of this article.")
            chosen.append(info)
        old, new = sorted(chosen, key=lambda info: info.revision_id)
        rows = compare(
            selectors.revision_snapshot(info=old).text(language),
            selectors.revision_snapshot(info=new).text(language),
        )
        context = self._context(
            request,
            article,
            gettext("Revisions compared: %(language)s") % {"language": LANGUAGE_NAMES[language]},
            rows=rows,
            changed=any(row.changed for row in rows),
            language=language,
            old=old,
            new=new,
            old_label=self._label(old),
            new_label=self._label(new),
            languages=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES],
            may_restore=self.may_restore(request, article),
        )
        return TemplateResponse(request, "admin/articles/article/revision_compare.html", context)

    @staticmethod
    def _label(info) -> str:
        return f"{when(info.revision.date_created)} · {person(info.revision.user)} · {info.get_kind_display()}"

    def revision_restore_view(self, request, pk, revision_id):
        """Ask, then put a revision back into the working text of every language (POST only does it)."""
        article = self._viewable(request, pk)
        if not self.may_restore(request, article):
            raise PermissionDenied(gettext("You may not restore revisions of this article."))
        info = selectors.revision_of_article(article=article, revision_id=revision_id)
        if info is None:
            raise Http404("No such revision of this article.")
        if request.method == "POST":
            services.revision_restore(article=article, info=info, by=request.user)
            messages.success(
                request,
                gettext(
                    "The revision of %(time)s is back in the working text. "
                    "Readers see it once you publish each language."
                )
                % {"time": when(info.revision.date_created)},
            )
            return redirect(reverse("admin:articles_article_change", args=[article.pk]) + "#publication")
        context = self._context(
            request,
            article,
            gettext("Restore the revision of %(time)s") % {"time": when(info.revision.date_created)},
            info=info,
            label=self._label(info),
        )
        return TemplateResponse(request, "admin/articles/article/revision_restore.html", context)
