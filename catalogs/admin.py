from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.permissions import editable_languages

from . import po, services
from .forms import LocaleEntryForm
from .models import LocaleEntry

FILTERS = {
    "untranslated": _("untranslated"),
    "fuzzy": _("fuzzy"),
    "edited": _("edited here"),
}
PER_PAGE = 50


def entry_rows(language: str, *, query: str = "", status: str = ""):
    """The catalog's entries in `language` with the saved edits on top, filtered."""
    edits = {(e.msgctxt, e.msgid): e for e in LocaleEntry.objects.filter(language=language)}
    rows = []
    for source in po.source_entries(language).values():
        edit = edits.get((source.msgctxt, source.msgid))
        forms = list(edit.forms) if edit else list(source.forms)
        if status == "untranslated" and all(forms):
            continue
        if status == "fuzzy" and not (source.fuzzy and edit is None):
            continue
        if status == "edited" and edit is None:
            continue
        text = " ".join([source.msgid, source.msgid_plural, source.msgctxt, *forms]).casefold()
        if query and query.casefold() not in text:
            continue
        rows.append({"source": source, "forms": forms, "edit": edit})
    return rows


@admin.register(LocaleEntry)
class LocaleEntryAdmin(admin.ModelAdmin):
    """Translators edit the interface strings of their languages here; the list comes from the catalogs."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("<str:language>/<str:key>/", self.admin_site.admin_view(self.edit_view), name="catalogs_entry_edit"),
            *super().get_urls(),
        ]

    def _languages(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        return editable_languages(request.user)

    def changelist_view(self, request, extra_context=None):
        languages = self._languages(request)
        if not languages:
            raise PermissionDenied
        language = request.GET.get("language") if request.GET.get("language") in languages else languages[0]
        status = request.GET.get("status") if request.GET.get("status") in FILTERS else ""
        query = request.GET.get("q", "")[:200]
        paginator = Paginator(entry_rows(language, query=query, status=status), PER_PAGE)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Interface translations"),
            "languages": languages,
            "language": language,
            "status": status,
            "query": query,
            "filters": FILTERS,
            "page_obj": paginator.get_page(request.GET.get("page")),
        }
        return TemplateResponse(request, "admin/catalogs/entry_list.html", context)

    def edit_view(self, request, language, key):
        if language not in self._languages(request):
            raise PermissionDenied
        source = po.source_entries(language).get(key)
        if source is None:
            raise Http404("No such entry.")
        entry = LocaleEntry.objects.filter(language=language, msgctxt=source.msgctxt, msgid=source.msgid).first()
        rule = po.plural_rule(language)
        count = rule.nplurals if source.msgid_plural else 1
        current = list(entry.forms) if entry else list(source.forms)
        initial = {"version": entry.version if entry else 0, **{f"form_{i}": text for i, text in enumerate(current)}}
        form = LocaleEntryForm(
            request.POST or None,
            initial=initial,
            count=count,
            examples=rule.examples() if source.msgid_plural else None,
        )
        conflict = None
        if request.method == "POST" and form.is_valid():
            try:
                services.locale_entry_save(
                    language=language,
                    key=key,
                    forms=form.translated_forms(),
                    expected_version=form.cleaned_data["version"],
                    by=request.user,
                )
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            except services.EditConflict as exc:
                conflict = exc.entry
                # Saving again, after reading theirs, is a decision made with their version in view.
                form.data = form.data.copy()
                form.data["version"] = conflict.version
                form.add_error(
                    None,
                    gettext(
                        "%(user)s saved this entry at %(time)s, after you opened it. Your text was not saved: "
                        "compare with theirs below, then save again."
                    )
                    % {
                        "user": conflict.updated_by or gettext("someone"),
                        "time": conflict.updated_at.strftime("%H:%M:%S"),
                    },
                )
            else:
                self.message_user(request, gettext("Saved. Every page shows it within a few seconds."))
                return redirect(f"../../?language={language}")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Edit interface translation"),
            "language": language,
            "source": source,
            "form": form,
            "conflict": conflict,
            "history": entry.edits.select_related("edited_by")[:10] if entry else [],
        }
        return TemplateResponse(request, "admin/catalogs/entry_edit.html", context)
