from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .conflicts import NoLostEdits
from .models import Article, Section
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


class ArticleAdminForm(RefuseLockedFields, NoLostEdits):
    """
    The working text of an article: saving it never changes what readers see
    (each edition's published text), nor anything saved since it was opened.
    """

    class Meta:
        model = Article
        fields = ["title", "slug", "lead", "cover", "cover_alt", "source_language"]
        field_classes = {"cover": CoverImageField}


BODY_HELP = _(
    "Paragraphs separated by a blank line. Lines starting with “- ” make a bulleted list, "
    "lines starting with “1. ” a numbered list, lines starting with “> ” a quote; "
    "**bold**, *italic*, [link text](https://example.com). The buttons above the text write these for you."
)


class SectionInlineForm(RefuseLockedFields, forms.ModelForm):
    class Meta:
        model = Section
        fields = ["position", "level", "heading", "body"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "position" in self.fields:
            # Left empty (or 0), a section goes after the last one (admin.sections.SectionFormSet).
            self.fields["position"].required = False
            self.fields["position"].help_text = _("Empty or 0: after the last section.")
            if self.instance._state.adding and not self.is_bound:
                self.initial["position"] = None
        for name, field in self.fields.items():
            if name.startswith("body_"):
                field.help_text = BODY_HELP


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
