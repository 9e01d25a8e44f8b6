"""
Text as people type and paste it, made safe to store and to publish.

Word's Shift+Enter pastes a vertical tab; other programs leave form feeds,
NUL bytes and other C0 control characters in text. PostgreSQL refuses NUL in
a text column, XML (the RSS feed, the sitemap) refuses every C0 control but
tab and line breaks, and none of them means anything to a reader. So every
text the site stores goes through `clean_text`: the characters that break a
line become a line break (a space in a one-line field), the rest are dropped.

The model fields below do it on every path to the database (forms, imports,
commands, the shell), and their form fields do it as the form is cleaned, so
an editor sees the cleaned text.
"""

import re

from django import forms
from django.db import models

# Vertical tab, form feed, the file/group/record separators, NEL and the
# Unicode line and paragraph separators: each ends a line where it was typed.
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# The other C0 controls (NUL included) and DEL; tab and line feed stay.
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
ONE_LINE = re.compile("[\t\n]")


def clean_text(value, *, multiline: bool = True):
    """`value` without control characters; line breaks kept as "\\n" (as spaces unless `multiline`)."""
    if not isinstance(value, str):
        return value
    value = CONTROLS.sub("", LINE_BREAKS.sub("\n", value))
    return value if multiline else ONE_LINE.sub(" ", value)


class CleanCharFormField(forms.CharField):
    """A one-line form field whose value is cleaned of control characters before it is validated."""

    def to_python(self, value):
        return super().to_python(clean_text(value, multiline=False))


class CleanTextFormField(forms.CharField):
    """A multi-line form field whose value is cleaned of control characters before it is validated."""

    def to_python(self, value):
        return super().to_python(clean_text(value))


class CleanCharField(models.CharField):
    """A CharField that never stores a control character (see clean_text)."""

    def get_prep_value(self, value):
        return clean_text(super().get_prep_value(value), multiline=False)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CleanCharFormField, **kwargs})


class CleanTextField(models.TextField):
    """A TextField that never stores a control character, line breaks kept (see clean_text)."""

    def get_prep_value(self, value):
        return clean_text(super().get_prep_value(value))

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CleanTextFormField, **kwargs})
