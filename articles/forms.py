from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import importer
from .conflicts import NoLostEdits
from .models import Article, Section
from .slugs import slug_from_title
from .uploads import clean_image


class CoverImageField(forms.ImageField):
    """An image upload, checked and re-encoded by uploads.clean_image: what it returns is what is stored."""

    def to_python(self, data):
        # FileField's checks (a name, not empty), then ours in place of Django's decoding.
        data = forms.FileField.to_python(self, data)
        if data is None:
            return None
        return clean_image(data)


class AsciiSlugField(forms.SlugField):
    """A slug as the newsroom types it, in any script: written in Latin letters as a title's would be."""

    def to_python(self, value):
        value = super().to_python(value)
        return slug_from_title(value) if value else value


class CoverInput(forms.ClearableFileInput):
    """
    The cover's file input with a preview of the stored cover, on which a
    click sets the focal point (static/admin/js/focal_point.js); the two
    number fields beside it are the keyboard's way and show the figures.
    """

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        if not (value and getattr(value, "url", None)):
            return html
        return format_html(
            # One box: the admin lays out a field's widgets side by side.
            '<div class="cover-input">{}'
            '<div class="focal-point" data-focal-x="id_cover_focal_x" data-focal-y="id_cover_focal_y">'
            '<img class="focal-point__image" src="{}" alt="{}">'
            '<span class="focal-point__mark" hidden></span></div>'
            '<p class="focal-point__help">{}</p></div>',
            html,
            value.url,
            _("The stored cover"),
            _("Click the subject of the photo to set the focal point: list thumbnails and social previews keep it."),
        )


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


FOCAL_FIELDS = ("cover_focal_x", "cover_focal_y")


class ArticleAdminForm(RefuseLockedFields, NoLostEdits):
    """
    The working text of an article: saving it never changes what readers see
    (each edition's published text), nor anything saved since it was opened.
    """

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "lead",
            "seo_description",
            "cover",
            "cover_alt",
            "cover_caption",
            "cover_credit",
            "cover_focal_x",
            "cover_focal_y",
            "category",
            "source_language",
        ]
        field_classes = {
            "cover": CoverImageField,
            **{f"slug_{code}": AsciiSlugField for code, _name in settings.LANGUAGES},
        }
        widgets = {"cover": CoverInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left empty, the focal point is the centre.
        for name in FOCAL_FIELDS:
            if name in self.fields:
                self.fields[name].required = False

    def _focal(self, name):
        value = self.cleaned_data.get(name)
        return Article._meta.get_field(name).default if value is None else value

    def clean_cover_focal_x(self):
        return self._focal("cover_focal_x")

    def clean_cover_focal_y(self):
        return self._focal("cover_focal_y")

    class Media:
        js = ["admin/js/focal_point.js"]
        css = {"all": ["admin/css/focal_point.css"]}


BODY_HELP = _(
    "Paragraphs separated by a blank line. Lines starting with “- ” make a bulleted list, "
    "lines starting with “1. ” a numbered list, lines starting with “> ” a quote; "
    "**bold**, *italic*, [link text](https://example.com). The buttons above the text write these for you."
)


class SectionInlineForm(RefuseLockedFields, forms.ModelForm):
    class Meta:
        model = Section
        fields = ["position", "level", "heading", "body", "photo", "photo_alt", "photo_caption"]
        # The same checks and re-encoding as the cover.
        field_classes = {"photo": CoverImageField}

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

    def has_changed(self):
        # A new section with nothing written and no photo is no section: moving
        # it (which gives it a place) or choosing its level does not make one,
        # and Django saves a new form only when it has changed.
        if self.instance._state.adding and set(self.changed_data) <= {"position", "level"}:
            return False
        return super().has_changed()


class ImportTextForm(forms.Form):
    """
    Step one of an import: the text, pasted or as a file, and whether its
    first paragraph is the lead. `language` is asked only for a new article.
    """

    language = forms.ChoiceField(label=_("language of the text"), choices=settings.LANGUAGES)
    text = forms.CharField(
        label=_("text"),
        required=False,
        # Stripped by the importer, line by line: the blank lines between paragraphs must reach it.
        strip=False,
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100}),
        help_text=_(
            "The first line is the title. Short lines without a final full stop become headings; "
            "lines starting with •, - or * become list items, lines starting with 1. or 1) a numbered list."
        ),
    )
    file = forms.FileField(
        label=_("or a text file"),
        required=False,
        help_text=_("UTF-8 plain text (.txt); it is used instead of the pasted text."),
    )
    lead = forms.BooleanField(
        label=_("The first paragraph is the lead"),
        label_suffix="",
        required=False,
        initial=True,
        help_text=_("When it comes before the first heading."),
    )

    def __init__(self, *args, with_language: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_language:
            del self.fields["language"]

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        try:
            if upload is not None:
                # One byte past the limit tells a file too large, without reading it all.
                data = upload.read(settings.ARTICLE_IMPORT_MAX_BYTES + 1)
                if len(data) > settings.ARTICLE_IMPORT_MAX_BYTES:
                    importer.check_size(upload.size)
                cleaned["text"] = importer.decode(data)
            elif not cleaned.get("text", "").strip():
                self.add_error("text", forms.ValidationError(_("Paste the text, or choose a file."), code="empty"))
                return cleaned
            importer.parse(cleaned["text"], lead=cleaned.get("lead", False))
        except importer.ArticleTextError as exc:
            self.add_error("file" if upload is not None else "text", str(exc))
        return cleaned
