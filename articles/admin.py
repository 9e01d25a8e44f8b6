from django.conf import settings
from django.contrib import admin, messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from . import selectors, services
from .forms import ArticleAdminForm, EditionInlineForm, EditionInlineFormSet, ImportTextForm
from .importer import ArticleTextError
from .models import Article, Edition, Section, SiteSettings

READERSHIP_DAYS = 30
STATE_LABELS = {
    "missing": _("missing"),
    "draft": _("draft"),
    "scheduled": _("scheduled"),
    "published": _("published"),
}


class SectionInline(TranslationStackedInline):
    model = Section
    extra = 0
    fields = ["position", "level", "heading", "body"]
    ordering = ["position", "pk"]


class EditionInline(admin.TabularInline):
    model = Edition
    form = EditionInlineForm
    formset = EditionInlineFormSet
    extra = 0
    max_num = len(settings.LANGUAGES)
    fields = ["language", "status", "published_at", "views", "shares"]
    readonly_fields = ["views", "shares"]
    verbose_name = _("language edition")
    verbose_name_plural = _("language editions: publication per language")


# Whole phrases per language, so that each translation can be grammatical.
PUBLISH_LABELS = {
    "hy": _("Publish the Armenian edition"),
    "ru": _("Publish the Russian edition"),
    "en": _("Publish the English edition"),
    "tr": _("Publish the Turkish edition"),
}
UNPUBLISH_LABELS = {
    "hy": _("Unpublish the Armenian edition"),
    "ru": _("Unpublish the Russian edition"),
    "en": _("Unpublish the English edition"),
    "tr": _("Unpublish the Turkish edition"),
}


def _edition_action(language: str, *, publish: bool):
    """An admin action that publishes or unpublishes the `language` edition of the selected articles."""

    def action(modeladmin, request, queryset):
        done, skipped = 0, 0
        with transaction.atomic():
            for article in queryset:
                if publish and not article.has_text(language):
                    skipped += 1
                elif publish:
                    services.article_publish(article=article, language=language, by=request.user)
                    done += 1
                else:
                    services.article_unpublish(article=article, language=language, by=request.user)
                    done += 1
        template = _("Editions published: %(count)d.") if publish else _("Editions unpublished: %(count)d.")
        modeladmin.message_user(request, template % {"count": done})
        if skipped:
            modeladmin.message_user(
                request,
                gettext("Not published, the title in this language is missing: %(count)d.") % {"count": skipped},
                level=messages.WARNING,
            )

    action.__name__ = f"{'publish' if publish else 'unpublish'}_{language}"
    action.short_description = (PUBLISH_LABELS if publish else UNPUBLISH_LABELS)[language]
    action.allowed_permissions = ("publish",)
    return action


def _language_column(language: str):
    @admin.display(description=settings.LANGUAGE_LABELS[language])
    def column(self, article):
        edition = next((e for e in article.editions.all() if e.language == language), None)
        if edition is None:
            state = "missing" if not article.has_text(language) else "draft"
            return format_html('<span class="edition-state edition-{}">{}</span>', state, STATE_LABELS[state])
        state = edition.state()
        return format_html(
            '<span class="edition-state edition-{}">{}</span><br><span title="{}">{} | {}</span>',
            state,
            STATE_LABELS[state],
            gettext("views | shares"),
            edition.views,
            edition.shares,
        )

    column.__name__ = f"edition_{language}"
    return column


@admin.register(Article)
class ArticleAdmin(TabbedTranslationAdmin):
    form = ArticleAdminForm
    inlines = [EditionInline, SectionInline]
    list_display = ["__str__", *[f"edition_{code}" for code, _name in settings.LANGUAGES], "total"]
    list_filter = ["source_language", "editions__status", "editions__language"]
    search_fields = [f"title_{code}" for code, _name in settings.LANGUAGES]
    readonly_fields = ["preview_links", "readership"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead"]}),
        (_("Cover and language"), {"fields": ["cover", "source_language", "preview_links"]}),
        (_("Readership"), {"fields": ["readership"], "classes": ["collapse"]}),
    ]
    actions = [
        *[_edition_action(code, publish=True) for code, _name in settings.LANGUAGES],
        *[_edition_action(code, publish=False) for code, _name in settings.LANGUAGES],
    ]
    change_list_template = "admin/articles/article/change_list.html"

    def get_queryset(self, request):
        # One query for the editions of the whole page, whatever its length.
        return super().get_queryset(request).prefetch_related("editions")

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_edition")

    @admin.display(description=_("total views | shares"))
    def total(self, article):
        editions = article.editions.all()
        return f"{sum(e.views for e in editions)} | {sum(e.shares for e in editions)}"

    @admin.display(description=_("preview"))
    def preview_links(self, article):
        if not article.pk:
            return "—"
        links = []
        for code, _name in settings.LANGUAGES:
            if article.has_text(code):
                with override(code):
                    url = reverse("articles:preview", kwargs={"pk": article.pk})
                links.append((url, settings.LANGUAGE_LABELS[code]))
        if not links:
            return "—"
        return format_html_join(" · ", '<a href="{}" target="_blank" rel="noopener">{}</a>', links)

    @admin.display(description=_("views | shares per day"))
    def readership(self, article):
        if not article.pk:
            return "—"
        days = selectors.article_daily_counts(article=article, days=READERSHIP_DAYS)
        if not days:
            return gettext("No views or shares yet.")
        languages = [code for code, _name in settings.LANGUAGES]
        header = format_html_join("", "<th>{}</th>", [(settings.LANGUAGE_LABELS[code],) for code in languages])
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
            path(
                "import/",
                self.admin_site.admin_view(self.import_text_view),
                name="articles_article_import",
            ),
            *super().get_urls(),
        ]

    def import_text_view(self, request):
        """Paste a plain-text article and get it split into sections."""
        if not self.has_add_permission(request):
            return redirect("admin:articles_article_changelist")
        form = ImportTextForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                article = services.article_import_text(
                    text=form.cleaned_data["text"],
                    language=form.cleaned_data["language"],
                    by=request.user,
                )
            except ArticleTextError as exc:
                form.add_error("text", str(exc))
            else:
                self.message_user(
                    request,
                    gettext("Imported “%(title)s” with %(count)d sections; check the headings and publish.")
                    % {"title": article, "count": article.sections.count()},
                )
                return redirect("admin:articles_article_change", article.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": gettext("Import a plain-text article"),
        }
        return TemplateResponse(request, "admin/articles/article/import_text.html", context)


@admin.register(SiteSettings)
class SiteSettingsAdmin(TabbedTranslationAdmin):
    fields = ["press_contact"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        # One row only: go straight to it.
        settings_row, _created = SiteSettings.objects.get_or_create(pk=1)
        return redirect("admin:articles_sitesettings_change", settings_row.pk)


# One column per language, side by side in the list.
for _code, _name in settings.LANGUAGES:
    setattr(ArticleAdmin, f"edition_{_code}", _language_column(_code))
