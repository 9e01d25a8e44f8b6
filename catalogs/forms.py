from django import forms
from django.utils.translation import gettext_lazy as _


class LocaleEntryForm(forms.Form):
    """The translation of one interface string: one field per plural form, and the version it was loaded at."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, count: int, examples: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        for index in range(count):
            label = (
                _("Form %(number)d, for n = %(examples)s…") % {"number": index + 1, "examples": examples[index]}
                if examples
                else _("Translation")
            )
            self.fields[f"form_{index}"] = forms.CharField(
                label=label,
                strip=False,
                required=False,
                widget=forms.Textarea(attrs={"rows": 3, "cols": 90}),
            )

    def clean(self):
        cleaned = super().clean()
        if self.has_error("version"):
            # A hidden field the page wrote itself: only a changed page or a stale one gets it wrong.
            self.errors.pop("version")
            raise forms.ValidationError(
                _("This form was changed outside the page, or is out of date: open the entry again and save."),
                code="tampered",
            )
        return cleaned

    def translated_forms(self) -> list[str]:
        return [self.cleaned_data[name] for name in self.fields if name.startswith("form_")]
