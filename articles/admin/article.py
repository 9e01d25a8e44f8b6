"""The article admin: language tabs, sections and editions, publishing, the translation overview."""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import IS_POPUP_VAR, TO_FIELD_VAR
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.forms.formsets import TOTAL_FORM_COUNT
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from cms.admin_titles import SentenceTitlesMixin, Titles

from .. import counters, pages, permissions, selectors, services
from ..diff import compare
from ..forms import ArticleAdminForm, SectionInlineForm, request_keys
from ..models import LANGUAGE_NAMES, Article, Section
from ..texts import EditionText
from . import bylines, imports, previews, publication, review, schedule
from .history import RevisionsAdmin
from .sections import SectionFormSet

READERSHIP_DAYS = 30
OVERVIEW_PER_PAGE = 50
# What Django admin's change form sends besides its forms: the CSRF token, the
# save buttons, the popup markers and the list filters to return to.
ADMIN_CONTROL_KEYS = {"csrfmiddlewaretoken", "_save", "_continue", "_addanother", "_changelist_filters"}
# ... and the publication buttons, which need the publish permission (checked on their own).
ADMIN_CONTROL_KEYS |= set(publication.BUTTONS) | {
    f"{field}{code}" for field in publication.TIME_FIELDS for code, _ in settings.LANGUAGES
}
ADMIN_CONTROL_KEYS |= {IS_POPUP_VAR, TO_FIELD_VAR}
# ... and the review buttons and the send-back comments, which review.refusal checks on their own.
ADMIN_CONTROL_KEYS |= review.CONTROL_KEYS
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
STATE_LABELS = {
    "missing": _("missing"),
    "draft": _("draft"),
    "scheduled": _("scheduled"),
    "published": _("published"),
}


def _locking(form_class, locked):
    """`form_class` refusing values for the `locked` fields."""
    if not locked:
        return form_class
    return type(form_class.__name__, (form_class,), {"locked_fields": tuple(locked)})


def _formset_keys(formset, *, may_add: bool, may_change: bool) -> set[str]:
    """
    The keys `formset` may send: its management form; the fields of its
    existing forms (only their hidden ids where the user may not change them),
    DELETE among them only where deleting is allowed; new forms only where
    adding is allowed.
    """
    keys = {formset.add_prefix(name) for name in formset.management_form.fields}
    for form in formset.initial_forms:
        hidden = [name for name in (formset.model._meta.pk.name, formset.fk.name, "DELETE") if name in form.fields]
        keys |= request_keys(form, None if may_change else hidden)
    if may_add:
        for form in [*formset.extra_forms, formset.empty_form]:
            keys |= request_keys(form)
    elif formset.total_form_count() > formset.initial_form_count():
        # More forms than existing rows asks for a new one, even with no field sent.
        keys.discard(formset.add_prefix(TOTAL_FORM_COUNT))
    return keys


class SectionInline(TranslationStackedInline):
    model = Section
    form = SectionInlineForm
    formset = SectionFormSet
    extra = 0
    fields = ["position", "level", "heading", "body", "photo", "photo_alt", "photo_caption"]
    ordering = ["position", "pk"]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *permissions.locked_section_fields(request.user)]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = _locking(formset.form, permissions.locked_section_fields(request.user))
        return formset

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not permissions.is_translator(request.user)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not permissions.is_translator(request.user)


def _language_column(language: str):
    @admin.display(description=LANGUAGE_NAMES[language])
    def column(self, article):
        edition = next((e for e in article.editions.all() if e.language == language), None)
        if edition is None:
            state = "missing" if not article.has_text(language) else "draft"
            return format_html('<span class="edition-state edition-{}">{}</span>', state, STATE_LABELS[state])
        state = edition.state()
        views, shares = counters.figures(edition)
        return format_html(
            '<span class="edition-state edition-{}">{}</span><br><span title="{}">{} | {}</span>',
            state,
            STATE_LABELS[state],
            gettext("views | shares"),
            views,
            shares,
        )

    column.__name__ = f"edition_{language}"
    return column


@admin.register(Article)
class ArticleAdmin(SentenceTitlesMixin, RevisionsAdmin, TranslationAdmin):
    titles = Titles(
        select_to_change=_("Select an article to change"),
        select_to_view=_("Select an article to view"),
        add=_("Add an article"),
        change=_("Change article"),
        view=_("View article"),
        cannot_delete=_("Cannot delete the article"),
    )
    form = ArticleAdminForm
    inlines = [bylines.BylineInline, SectionInline]
    change_form_template = "admin/articles/article/change_form.html"
    # The category and the byline sit under the title, not in columns of their
    # own: beside four language columns and the totals, Armenian and Russian
    # labels left no room for them.
    list_display = ["headline", *[f"edition_{code}" for code, _name in settings.LANGUAGES], "total"]
    list_display_links = ["headline"]
    list_filter = ["category", "source_language", bylines.AuthorFilter, "editions__status", "editions__language"]
    search_fields = [f"title_{code}" for code, _name in settings.LANGUAGES]
    readonly_fields = ["readership"]
    fieldsets = [
        # Hidden: the version and text the form was opened with (conflicts.NoLostEdits).
        (None, {"fields": ["title", "slug", "lead", "category", "opened_version", "opened_text"]}),
        (
            _("Cover and language"),
            {
                "fields": [
                    "cover",
                    ("cover_focal_x", "cover_focal_y"),
                    "cover_alt",
                    "cover_caption",
                    "cover_credit",
                    "source_language",
                ]
            },
        ),
        (_("Search and sharing"), {"fields": ["seo_description"], "classes": ["collapse"]}),
        (_("Readership"), {"fields": ["readership"], "classes": ["collapse"]}),
    ]
    actions = [
        *[publication.edition_action(code, publish=True) for code, _name in settings.LANGUAGES],
        *[publication.edition_action(code, publish=False) for code, _name in settings.LANGUAGES],
    ]
    change_list_template = "admin/articles/article/change_list.html"

    class Media:
        # The section editor: language switch, ordering, collapsing, markup toolbar, unsaved-changes warning.
        # After django.jQuery, which Django's inlines use too.
        js = ["admin/js/jquery.init.js", "admin/articles/editor.js"]
        css = {"all": ["admin/articles/editor.css"]}

    def get_queryset(self, request):
        # One query for the editions of the whole page, whatever its length, and one for its bylines;
        # the category comes with the articles (a join).
        articles = super().get_queryset(request).select_related("category").prefetch_related("editions")
        return bylines.with_bylines(articles)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The publication panel, above the form (templates/admin/articles/article/change_form.html).
        article = self.get_object(request, unquote(object_id)) if request.method == "GET" else None
        if article is not None:
            extra_context = {
                **(extra_context or {}),
                "publication_panel": publication.panel(request, article),
                "may_save_and_publish": self.has_publish_permission(request),
                "preview_links": previews.panel(request, article),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The editor's language switch: every language, and those this user may write in.
        context["editor_languages"] = [(code, name) for code, name in settings.LANGUAGES]
        context["editor_editable"] = permissions.editable_languages(request.user)
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *permissions.locked_article_fields(request.user)]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return _locking(form, permissions.locked_article_fields(request.user))

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not permissions.is_translator(request.user)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not permissions.is_translator(request.user)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST":
            article = self.get_object(request, unquote(object_id)) if object_id else None
            refusal = self._refusal(request, article)
            if refusal:
                context = {
                    **self.admin_site.each_context(request),
                    "opts": self.model._meta,
                    "original": article,
                    "title": str(article) if article else self.model._meta.verbose_name_plural,
                    "message": refusal,
                }
                return TemplateResponse(request, "admin/articles/article/refused.html", context, status=403)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _refusal(self, request, article) -> str:
        """Why this POST is refused before Django reads it; empty when it is not."""
        if publication.asks_to_publish(request.POST) and not self.has_publish_permission(request):
            return gettext("You may not publish, schedule or unpublish editions.")
        if review.asks(request.POST) and (refused := review.refusal(request)):
            return refused
        # Django would drop any other key without a word and save the rest.
        if article is not None and permissions.is_translator(request.user):
            unexpected = self._unexpected_keys(request, article)
            if unexpected:
                return gettext("These fields are not in your form: %(fields)s. Nothing was saved.") % {
                    "fields": ", ".join(unexpected)
                }
        return ""

    def _unexpected_keys(self, request, article) -> list[str]:
        """The keys of this POST that the change form of `article`, as this user is shown it, does not have."""
        form = self.get_form(request, article, change=True)(instance=article)
        expected = ADMIN_CONTROL_KEYS | request_keys(form)
        formsets, inlines = self._create_formsets(request, article, change=True)
        for formset, inline in zip(formsets, inlines, strict=True):
            expected |= _formset_keys(
                formset,
                may_add=inline.has_add_permission(request, article),
                may_change=inline.has_change_permission(request, article),
            )
        return sorted({*request.POST, *request.FILES} - expected)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        # The sections read the form's own data, not Django's copy: a save
        # refused as a lost edit shows the other editor's text in it (conflicts.NoLostEdits).
        if "data" in kwargs:
            kwargs["data"] = request.POST
        return kwargs

    def delete_model(self, request, obj):
        services.article_delete(article=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for article in queryset.prefetch_related("editions"):
            services.article_delete(article=article, by=request.user)

    def save_model(self, request, obj, form, change):
        obj.changed_by = request.user
        super().save_model(request, obj, form, change)
        if change and "category" in form.changed_data:
            # Readers see the category at once: it is no text to publish.
            services.article_category_changed(article=obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Once saved for good, and outside the save's transaction: encoding
        # takes a moment, and on SQLite the transaction holds the write lock.
        article = form.instance
        transaction.on_commit(lambda: services.article_photos_render(article=article))
        languages = permissions.changed_languages(form.changed_data, permissions.ARTICLE_TEXT_FIELDS)
        for formset in formsets:
            if formset.model is Section:
                # Only the sections Django saved: it skips new forms a user may
                # not add and new forms marked for deletion.
                saved = [fields for _section, fields in formset.changed_objects]
                saved += [f.changed_data for f in formset.extra_forms if f.instance in formset.new_objects]
                for fields in saved:
                    languages |= permissions.changed_languages(fields, permissions.SECTION_TEXT_FIELDS)
        if languages:
            services.article_text_changed(article=form.instance, languages=languages)
        if not change:
            services.article_byline_default(article=form.instance, by=request.user)
        if publication.asks_to_publish(request.POST):
            publication.handle(request, form.instance, sections=list(form.instance.sections.all()))
        elif review.asks(request.POST):
            review.handle(request, form.instance)

    def response_change(self, request, obj):
        # A publication button keeps the editor on the article, as "Save and continue" does.
        if publication.asks_to_publish(request.POST) or review.asks(request.POST):
            return redirect(reverse("admin:articles_article_change", args=[obj.pk]) + "#publication")
        return super().response_change(request, obj)

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_edition")

    @admin.display(description=_("article"))
    def headline(self, article):
        # The title in the admin's own language where the article has one, else in its source language.
        title = getattr(article, f"title_{get_language()}", "") or str(article)
        category = self.category_name(article)
        byline = bylines.byline_column(self, article)
        return format_html(
            '{}<br><span class="changelist-category">{}</span>{}',
            title,
            category,
            format_html(' · <span class="changelist-byline">{}</span>', byline) if byline else "",
        )

    def category_name(self, article) -> str:
        """The article's category in the admin's language, or a dash."""
        category = article.category
        if category is None:
            return "—"
        return getattr(category, f"name_{get_language()}", "") or str(category)

    @admin.display(description=_("total views | shares"))
    def total(self, article):
        # The stored figures plus what is still pending in Redis, like the pages.
        figures = [counters.figures(edition) for edition in article.editions.all()]
        return f"{sum(views for views, _ in figures)} | {sum(shares for _, shares in figures)}"

    @admin.display(description=_("views | shares per day"))
    def readership(self, article):
        if not article.pk:
            return "—"
        days = selectors.article_daily_counts(article=article, days=READERSHIP_DAYS)
        if not days:
            return gettext("No views or shares yet.")
        languages = [code for code, _name in settings.LANGUAGES]
        header = format_html_join("", "<th>{}</th>", [(LANGUAGE_NAMES[code],) for code in languages])
        rows = format_html_join(
            "",
            "<tr><th>{}</th>{}</tr>",
            [
                (
                    date_format(day, "d.m.Y"),
                    format_html_join(
                        "",
                        '<td class="readership__cell">{}</td>',
                        [
                            (f"{figures[code][0]} | {figures[code][1]}" if code in figures else "",)
                            for code in languages
                        ],
                    ),
                )
                for day, figures in days
            ],
        )
        return format_html(
            '<table class="readership"><thead><tr><th>{}</th>{}</tr></thead><tbody>{}</tbody></table>',
            gettext("day"),
            header,
            rows,
        )

    def get_urls(self):
        return [
            *imports.urls(self),
            path(
                "<int:pk>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name="articles_article_preview",
            ),
            path(
                "<int:pk>/changes/<str:language>/",
                self.admin_site.admin_view(self.changes_view),
                name="articles_article_changes",
            ),
            path("scheduled/", self.admin_site.admin_view(schedule.view(self)), name="articles_article_scheduled"),
            path(
                "translations/",
                self.admin_site.admin_view(self.translations_view),
                name="articles_article_translations",
            ),
            *previews.urls(self),
            *super().get_urls(),
        ]

    def _article_and_language(self, request, pk, language):
        article = self.get_object(request, str(pk))
        if article is None or language not in LANGUAGE_CODES or not self.has_view_permission(request, article):
            raise Http404("No such article or language.")
        return article

    def preview_view(self, request, pk, language):
        """The working text of one language as readers would see it once published: not counted, not indexed."""
        article = self._article_and_language(request, pk, language)
        response = HttpResponse(pages.preview_page(request, article=article, language=language))
        response["X-Robots-Tag"] = "noindex"
        return response

    def changes_view(self, request, pk, language):
        """What changed in one language since it was published: the published text beside the working text."""
        article = self._article_and_language(request, pk, language)
        edition = article.editions.filter(language=language).first()
        rows = compare(
            EditionText.from_edition(edition) if edition and edition.text_published_at else None,
            EditionText.from_working(article, language),
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": article,
            "title": gettext("Changed since published: %(language)s") % {"language": LANGUAGE_NAMES[language]},
            "language": language,
            "rows": rows,
            "changed": any(row.changed for row in rows),
            "old_label": gettext("published"),
            "new_label": gettext("working text"),
        }
        return TemplateResponse(request, "admin/articles/article/changes.html", context)

    def translations_view(self, request):
        """Articles × languages: missing, draft, scheduled or published, and outdated translations."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        filters = {
            key: request.GET.get(key) for key in ("missing", "outdated") if request.GET.get(key) in LANGUAGE_CODES
        }
        paginator = Paginator(selectors.translation_overview(**filters), OVERVIEW_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        languages = [(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Translations"),
            "rows": [
                (article, [(code, *selectors.translation_state(article, code)) for code in LANGUAGE_CODES])
                for article in page.object_list
            ],
            "page_obj": page,
            "languages": languages,
            "filters": filters,
            "mine": permissions.editable_languages(request.user),
            "state_labels": STATE_LABELS,
        }
        return TemplateResponse(request, "admin/articles/article/translations.html", context)


# One column per language, side by side in the list.
for _code, _name in settings.LANGUAGES:
    setattr(ArticleAdmin, f"edition_{_code}", _language_column(_code))
