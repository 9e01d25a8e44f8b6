"""Categories in the admin: their names and addresses in each language, and their order."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from cms.admin_titles import SentenceTitlesMixin, Titles

from ..forms import AsciiSlugField
from ..models import Category

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = ["name", "slug", "position"]
        # Typed in any script, kept in Latin letters, as an article's slug is.
        field_classes = {f"slug_{code}": AsciiSlugField for code in LANGUAGE_CODES}

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(f"name_{code}") for code in LANGUAGE_CODES):
            raise forms.ValidationError(_("Write the name in at least one language."), code="no_name")
        for code in LANGUAGE_CODES:
            slug = cleaned.get(f"slug_{code}")
            if slug and not cleaned.get(f"name_{code}"):
                self.add_error(f"slug_{code}", _("A slug needs the name in the same language."))
        return cleaned


@admin.register(Category)
class CategoryAdmin(SentenceTitlesMixin, TabbedTranslationAdmin):
    titles = Titles(
        select_to_change=_("Select a category to change"),
        select_to_view=_("Select a category to view"),
        add=_("Add a category"),
        change=_("Change category"),
        view=_("View category"),
        cannot_delete=_("Cannot delete the category"),
    )
    form = CategoryForm
    fields = ["name", "slug", "position"]
    list_display = ["label", "position", "article_count"]
    list_editable = ["position"]
    search_fields = [f"name_{code}" for code in LANGUAGE_CODES]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description=_("category"))
    def label(self, category):
        # The name in the admin's own language where the category has one.
        return getattr(category, f"name_{get_language()}", "") or str(category)

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, category):
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?category__id__exact={}">{}</a>', url, category.pk, category.article_count)

    def view_on_site(self, category):
        language = get_language() if category.has_name(get_language() or "") else None
        language = language or next((code for code in LANGUAGE_CODES if category.has_name(code)), None)
        return category.get_absolute_url(language) if language else None
