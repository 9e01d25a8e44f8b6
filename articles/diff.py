"""
Two texts of one edition side by side, sections matched, changed words marked.

Used to show what changed since an edition was published, and between two
revisions: the same section is matched by the working section it comes from,
a section only in one text is shown as added or removed, and within a field
the words taken out are marked <del> on the left, the words put in <ins> on
the right.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from .texts import EditionText, SectionText

WORDS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Row:
    """One field of the two texts: its label, the old and the new side, and whether they differ."""

    label: str
    old: SafeString
    new: SafeString
    changed: bool


def words(old: str, new: str) -> tuple[SafeString, SafeString]:
    """`old` and `new` as HTML, the words only in `old` in <del>, those only in `new` in <ins>."""
    a, b = WORDS.findall(old or ""), WORDS.findall(new or "")
    left, right = [], []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        taken, put = escape("".join(a[a1:a2])), escape("".join(b[b1:b2]))
        if op == "equal":
            left.append(taken)
            right.append(put)
            continue
        if taken:
            left.append(f"<del>{taken}</del>")
        if put:
            right.append(f"<ins>{put}</ins>")
    return mark_safe("".join(left)), mark_safe("".join(right))  # noqa: S308 - every piece escaped above


def _row(label, old: str, new: str) -> Row:
    left, right = words(old, new)
    return Row(label=str(label), old=left, new=right, changed=old != new)


def _pairs(old: tuple[SectionText, ...], new: tuple[SectionText, ...]):
    """The sections of both texts in reading order, each with its match in the other (or None)."""
    matched = {section.id: section for section in old if section.id is not None}
    used = set()
    for position, section in enumerate(new):
        counterpart = matched.get(section.id) if section.id is not None else None
        if counterpart is None and section.id is None and position < len(old) and old[position].id is None:
            counterpart = old[position]  # texts without ids: matched by place
        if counterpart is not None:
            used.add(id(counterpart))
        yield counterpart, section
    for section in old:
        if id(section) not in used:
            yield section, None


def compare(old: EditionText | None, new: EditionText | None) -> list[Row]:
    """
    The rows of `old` beside `new`: title, byline, lead, SEO description, the cover's texts,
    then each section's heading and body, and its photo's texts.
    """
    empty = EditionText(language="", title="", slug="", lead="", cover="", cover_alt="", sections=())
    old, new = old or empty, new or empty
    rows = [
        _row(_("title"), old.title, new.title),
        _row(_("byline"), ", ".join(old.byline), ", ".join(new.byline)),
        _row(_("lead"), old.lead, new.lead),
        _row(_("cover description (alt text)"), old.cover_alt, new.cover_alt),
    ]
    # Shown where either text has one, as the photo texts below: most articles leave it to the lead.
    if old.seo_description or new.seo_description:
        rows.insert(3, _row(_("SEO description"), old.seo_description, new.seo_description))
    # Shown where either text has one, so that texts without photos compare as they always did.
    if old.cover_caption or new.cover_caption:
        rows.append(_row(_("cover caption"), old.cover_caption, new.cover_caption))
    if old.cover_credit or new.cover_credit:
        rows.append(_row(_("cover credit"), old.cover_credit, new.cover_credit))
    for number, (before, after) in enumerate(_pairs(old.sections, new.sections), start=1):
        before = before or SectionText(level=2, heading="", body="")
        after = after or SectionText(level=2, heading="", body="")
        rows.append(_row(_("section %(number)d, heading") % {"number": number}, before.heading, after.heading))
        rows.append(_row(_("section %(number)d, body") % {"number": number}, before.body, after.body))
        if before.photo or after.photo:
            label = _("section %(number)d, photo description") % {"number": number}
            rows.append(_row(label, before.photo_alt, after.photo_alt))
            label = _("section %(number)d, photo caption") % {"number": number}
            rows.append(_row(label, before.photo_caption, after.photo_caption))
    return rows
