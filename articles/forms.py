from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Article, Edition, Section
from .uploads import clean_image


class CoverImageField(forms.ImageField):
    """An image upload, checked and re-encoded by uploads.clean_image: what it returns is what is stored."""

    def to_python(self, data):
        # FileField's checks (a name, not empty), then ours in place of Django's decoding.
        data = forms.FileField.to_python(self, data)
        if data is None:
            return None
        return clean_image(data)


class RefuseLockedFields:
    """
    A form that refuses, with an error, any value sent for a field its user
    may not change (`locked_fields`), instead of quietly ignoring it the way
    Django ignores data for read-only fields.
    """

    locked_fields: tuple = ()

    def clean(self):
        cleaned = super().clean()
        sent = [
            name
            for name in self.locked_fields
            if self.add_prefix(name) in self.data or self.add_prefix(name) in self.files
        ]
        if sent:
            raise forms.ValidationError(
                _("You may not change: %(fields)s. Nothing was saved."),
                code="locked",
                params={"fields": ", ".join(sent)},
            )
        return cleaned


class _KeysRead(dict):
    """Empty request data that notes each key a widget looks up in it."""

    def __init__(self):
        super().__init__()
        self.read = set()

    def __contains__(self, key):
        self.read.add(key)
        return False

    def __getitem__(self, key):
        self.read.add(key)
        raise KeyError(key)

    def get(self, key, default=None):
        self.read.add(key)
        return default

    def getlist(self, key, default=None):
        self.read.add(key)
        return [] if default is None else default


def request_keys(form, fields=None) -> set[str]:
    """
    The request keys `form` takes its data from for `fields` (default: all its
    fields, plus its locked fields, which RefuseLockedFields answers with an
    error).

    Django reads a form's data only through the widgets of its enabled fields
    (a file input reads `cover` and `cover-clear`, the admin's date and time
    `published_at_0` and `published_at_1`) and ignores every other key
    without a word.
    """
    data = _KeysRead()
    for name in form.fields if fields is None else fields:
        if not form.fields[name].disabled:
            form.fields[name].widget.value_from_datadict(data, data, form.add_prefix(name))
    locked = getattr(form, "locked_fields", ()) if fields is None else ()
    return data.read | {form.add_prefix(name) for name in locked}


class ArticleAdminForm(RefuseLockedFields, forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            published = self.instance.editions.filter(status=Edition.Status.PUBLISHED).values_list(
                "language", flat=True
            )
            for language in published:
                field = f"title_{language}"
                if field in self.fields and field in cleaned and not cleaned[field]:
                    self.add_error(
                        field,
                        _("This edition is published or scheduled: unpublish it before removing its title."),
                    )
        return cleaned

    class Meta:
        model = Article
        fields = ["title", "slug", "lead", "cover", "source_language"]
        field_classes = {"cover": CoverImageField}


class EditionInlineForm(forms.ModelForm):
    """A language edition: published only when its text exists; publishing without a time means now."""

    class Meta:
        model = Edition
        fields = ["language", "status", "published_at"]

    def __init__(self, *args, article=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The article as edited in the same request, with its new titles.
        self.article = article
        if self.instance.pk:
            # The counts belong to the language: an edition never changes it.
            self.fields["language"].disabled = True

    def clean(self):
        cleaned = super().clean()
        language = cleaned.get("language")
        if cleaned.get("status") == Edition.Status.PUBLISHED:
            if language and self.article is not None and not self.article.has_text(language):
                self.add_error("status", _("Write the title in this language before publishing it."))
            if not cleaned.get("published_at"):
                cleaned["published_at"] = timezone.now()
        return cleaned


class SectionInlineForm(RefuseLockedFields, forms.ModelForm):
    class Meta:
        model = Section
        fields = ["position", "level", "heading", "body"]


class EditionInlineFormSet(forms.BaseInlineFormSet):
    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "article": self.instance}


class ImportTextForm(forms.Form):
    language = forms.ChoiceField(label=_("language of the text"), choices=settings.LANGUAGES)
    text = forms.CharField(
        label=_("text"),
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100}),
        help_text=_(
            "The first line is the title. Short lines without a final full stop become headings; "
            "lines starting with •, - or * become list items."
        ),
    )
