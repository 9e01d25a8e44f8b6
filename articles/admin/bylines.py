"""
Bylines in the admin: the contributors' own list and form, the byline of an
article in its change form, the article list's column and its filter by author.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db.models import Count, Prefetch
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT, ManagementForm
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from cms.admin_titles import SentenceTitlesMixin, Titles
from cms.people import display_name
from editorial.revisions import revision_note

from .. import permissions
from ..bylines import Byline, Contributor, article_bylines, joined

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def with_bylines(articles):
    """`articles` with their bylines and contributors: one query for a whole page of them."""
    return articles.prefetch_related(
        Prefetch("bylines", queryset=Byline.objects.select_related("contributor__user").order_by("position", "pk"))
    )


class BylineFormSet(BaseInlineFormSet):
    """
    The byline as entered: its rows in the order of their positions (a
    position just typed before one it ties with), a row without one after
    those that have one, in the order of the form; saved as 1, 2, 3.
    """

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:  # the column is headed "Delete?"; the box says what it deletes
            form.fields["DELETE"].widget.attrs["aria-label"] = _("Remove from the byline")

    @cached_property
    def management_form(self):
        # A post of the change form without the byline (a script's, a form
        # opened before bylines were) leaves the byline as it is.
        if self.is_bound and self.add_prefix(TOTAL_FORM_COUNT) not in self.data:
            form = ManagementForm(
                {self.add_prefix(TOTAL_FORM_COUNT): 0, self.add_prefix(INITIAL_FORM_COUNT): 0},
                auto_id=self.auto_id,
                prefix=self.prefix,
                renderer=self.renderer,
            )
            form.full_clean()
            return form
        return super().management_form

    def save(self, commit=True):
        saved = super().save(commit)
        if commit:
            self.renumber()
        if commit and self.has_changed():
            # Every language's byline changed: the revision says so (it is no
            # change of the text to translate, so no text revision is noted).
            revision_note(
                article=self.instance, languages=[code for code in LANGUAGE_CODES if self.instance.has_text(code)]
            )
        return saved

    def renumber(self) -> None:
        kept = [
            # A position just typed wins over one it ties with: "1" puts a contributor first.
            (form.cleaned_data.get("position") or None, "position" not in form.changed_data, index, form.instance)
            for index, form in enumerate(self.forms)
            if form.instance.pk and not self._should_delete_form(form) and form.cleaned_data
        ]
        kept.sort(key=lambda row: (row[0] is None, row[0] or 0, row[1], row[2]))
        moved = []
        for position, (*_order, byline) in enumerate(kept, start=1):
            if byline.position != position:
                byline.position = position
                moved.append(byline)
        if moved:
            Byline.objects.bulk_update(moved, ["position"])


class BylineForm(forms.ModelForm):
    class Meta:
        model = Byline
        fields = ["contributor", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["position"].required = False
        self.fields["position"].help_text = _("Empty: after the others, in the order entered.")
        # A row of the byline's table has no labels of its own, only the column headings:
        # its inputs are named for assistive technology by the heading they sit under.
        self.fields["position"].widget.attrs["aria-label"] = self.fields["position"].label

    def clean_position(self):
        # Empty is "after the others": BylineFormSet numbers it.
        return self.cleaned_data.get("position") or 0


class BylineInline(admin.TabularInline):
    model = Byline
    form = BylineForm
    formset = BylineFormSet
    extra = 0
    fields = ["contributor", "position"]
    autocomplete_fields = ["contributor"]
    ordering = ["position", "pk"]
    verbose_name = _("author")
    verbose_name_plural = _("byline")

    # A translator translates the text; who signs it is not theirs to change.
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not permissions.is_translator(request.user)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not permissions.is_translator(request.user)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not permissions.is_translator(request.user)


@admin.display(description=_("byline"))
def byline_column(model_admin, article):
    """The article's authors in the admin's language, joined as its readers would write them."""
    language = get_language() or settings.LANGUAGE_CODE
    return joined(byline.contributor.name_in(language, article.source_language) for byline in article_bylines(article))


class AuthorFilter(admin.SimpleListFilter):
    """The articles one contributor signs."""

    title = _("author")
    parameter_name = "author"

    def lookups(self, request, model_admin):
        language = get_language() or settings.LANGUAGE_CODE
        contributors = Contributor.objects.filter(bylines__isnull=False).distinct().select_related("user")
        return sorted(
            ((str(contributor.pk), contributor.name_in(language)) for contributor in contributors),
            key=lambda choice: choice[1].casefold(),
        )

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(bylines__contributor_id=int(value))
        return queryset


class ContributorForm(forms.ModelForm):
    class Meta:
        model = Contributor
        fields = ["name", "user"]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("user") and not any(cleaned.get(f"name_{code}") for code in LANGUAGE_CODES):
            raise forms.ValidationError(
                _("Write the name in at least one language, or choose the staff user."), code="no_name"
            )
        return cleaned


@admin.register(Contributor)
class ContributorAdmin(SentenceTitlesMixin, TabbedTranslationAdmin):
    titles = Titles(
        select_to_change=_("Select a contributor to change"),
        select_to_view=_("Select a contributor to view"),
        add=_("Add a contributor"),
        change=_("Change contributor"),
        view=_("View contributor"),
        cannot_delete=_("Cannot delete the contributor"),
    )
    form = ContributorForm
    fields = ["name", "user"]
    list_display = ["__str__", "staff_user", "article_count"]
    search_fields = [
        *[f"name_{code}" for code in LANGUAGE_CODES],
        "user__username",
        "user__first_name",
        "user__last_name",
    ]
    list_select_related = ["user"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("bylines"))

    @admin.display(description=_("staff user"), ordering="user__username")
    def staff_user(self, contributor):
        if contributor.user is None:
            return "—"
        url = reverse("admin:auth_user_change", args=[contributor.user_id])
        return format_html('<a href="{}">{}</a>', url, display_name(contributor.user))

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, contributor):
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?author={}">{}</a>', url, contributor.pk, contributor.article_count)
