"""What a translation of an interface string must keep from its source."""

import re
from collections import Counter

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cms.text import clean_text

PLACEHOLDER = re.compile(r"%\([^)]+\)[sdifr]|%[sdifr]|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
# Characters that make markup or leave an attribute: a translation is output
# unescaped, in text and inside attribute values, so it may use them only as
# often as its source does.
MARKUP_CHARACTERS = '<>"'
NAMED = re.compile(r"%\(([^)]+)\)[sdifr]")
POSITIONAL = re.compile(r"%[sdifr]")


def _formats(source: str, text: str) -> bool:
    """Whether `text` formats with the arguments the code gives `source` (python-format strings)."""
    names = NAMED.findall(source)
    if not names and not POSITIONAL.search(source):
        return True
    try:
        if names:
            text % dict.fromkeys(names, 1)
        else:
            text % tuple(1 for _ in POSITIONAL.findall(source))
    except (TypeError, ValueError, KeyError):
        return False
    return True


def _difference(source: str, text: str, pattern) -> tuple[list[str], list[str]]:
    wanted, found = Counter(pattern.findall(source)), Counter(pattern.findall(text))
    return list((wanted - found).elements()), list((found - wanted).elements())


def validate_forms(*, msgid: str, msgid_plural: str, forms, nplurals: int) -> list[str]:
    """
    Check a translation; returns it cleaned or raises ValidationError with a
    message for each problem: a lost or added placeholder, markup the source
    does not have (a translated template string is output unescaped), a
    wrong number of plural forms, an empty form. Control characters are
    cleaned out first, as from every text the site stores.
    """
    # Control characters, NUL included, never reach a catalog, the database or a feed (cms/text.py).
    forms = [clean_text(str(form)) for form in forms]
    expected = nplurals if msgid_plural else 1
    errors = []
    if len(forms) != expected:
        errors.append(
            _("This entry needs %(expected)d forms, one for each plural form of the language; %(got)d were sent.")
            % {"expected": expected, "got": len(forms)}
        )
    for index, text in enumerate(forms):
        label = _("Form %(number)d") % {"number": index + 1} if msgid_plural else _("The translation")
        if not text.strip():
            errors.append(_("%(form)s is empty.") % {"form": label})
            continue
        # A plural form follows the plural source; the first may follow either.
        sources = [msgid_plural or msgid] + ([msgid] if msgid_plural and index == 0 else [])
        for pattern, lost_message, added_message in [
            (
                PLACEHOLDER,
                _("%(form)s loses the placeholder(s) %(items)s."),
                _("%(form)s adds the placeholder(s) %(items)s, which the source does not have."),
            ),
            (
                TAG,
                _("%(form)s loses the markup %(items)s."),
                _("%(form)s adds the markup %(items)s, which the source does not have."),
            ),
        ]:
            results = [_difference(source, text, pattern) for source in sources]
            if any(not lost and not added for lost, added in results):
                continue
            lost, added = results[0]
            if lost:
                errors.append(lost_message % {"form": label, "items": " ".join(lost)})
            if added:
                errors.append(added_message % {"form": label, "items": " ".join(added)})
        for character in MARKUP_CHARACTERS:
            if all(text.count(character) != source.count(character) for source in sources):
                errors.append(
                    _("%(form)s uses the character %(character)s a different number of times than the source.")
                    % {"form": label, "character": character}
                )
        if not any(_formats(source, text) for source in sources):
            errors.append(
                _("%(form)s cannot be formatted like the source: a lone %% must be written %%%%.") % {"form": label}
            )
    if errors:
        raise ValidationError(errors)
    return forms
