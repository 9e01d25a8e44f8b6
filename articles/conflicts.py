"""
No lost edits: a save of an article that someone else saved after the form
was opened is refused, naming who, when and what they changed.

The change form carries the article's version as it was opened, and a
signed snapshot of the text as it was then: a short digest per field and
language, and per section and language. On save, the article's row is
locked (`select_for_update`) and its version compared with the form's; when
they differ, today's text is digested the same way, and the digests that
differ say which fields and sections changed, in which languages. The text
itself never travels twice.
"""

import hashlib

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext, ngettext

from cms.people import display_name
from cms.times import when

from .models import LANGUAGE_NAMES, Article

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The article's fields the change form edits: translated ones per language, then the others.
TEXT_FIELDS = ("title", "slug", "lead", "seo_description", "cover_alt", "cover_caption", "cover_credit")
OTHER_FIELDS = ("cover", "cover_focal_x", "cover_focal_y", "source_language")
SALT = "articles.conflicts.opened"
# Form field names (not the model's `version`, which no form edits); they end
# in no language code, so permissions.changed_languages never takes them for text.
VERSION, OPENED = "opened_version", "opened_text"
# A section's photo texts, per language, compared apart from its heading and body.
SECTION_PHOTO_FIELDS = ("photo_alt", "photo_caption")


def _digest(*values) -> str:
    # Eight hex digits tell "changed" from "not changed"; this is no protection, the snapshot is signed for that.
    text = "\x1f".join("" if value is None else str(value) for value in values)
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


def digests(article: Article, sections=None) -> dict[str, str]:
    """
    The text of `article` as digests: `title_hy`..., `cover`, `source_language`,
    `bylines` (who, in order), and for each section `s<id>` (its place and level), `s<id>_<language>`
    (its heading and body in that language) and `s<id>_<language>_photo`
    (its photo's description and caption).
    """
    found = {
        f"{name}_{code}": _digest(getattr(article, f"{name}_{code}")) for name in TEXT_FIELDS for code in LANGUAGE_CODES
    }
    found["cover"] = _digest(article.cover.name if article.cover else "")
    found["cover_focal_x"] = _digest(article.cover_focal_x)
    found["cover_focal_y"] = _digest(article.cover_focal_y)
    found["source_language"] = _digest(article.source_language)
    found["bylines"] = _digest(*(byline.contributor_id for byline in article.bylines.all()))
    for section in article.sections.all() if sections is None else sections:
        found[f"s{section.pk}"] = _digest(section.position, section.level)
        for code in LANGUAGE_CODES:
            found[f"s{section.pk}_{code}"] = _digest(
                getattr(section, f"heading_{code}"), getattr(section, f"body_{code}")
            )
            found[f"s{section.pk}_{code}_photo"] = _digest(
                *(getattr(section, f"{name}_{code}") for name in SECTION_PHOTO_FIELDS)
            )
    return found


def snapshot(article: Article) -> str:
    """The signed snapshot the change form carries, of `article` as saved now."""
    return signing.dumps(digests(article), salt=SALT, compress=True)


def opened(article: Article) -> dict[str, str | int]:
    """What the change form of `article` carries when it is opened now: its version and snapshot."""
    saved = Article.objects.get(pk=article.pk)
    return {VERSION: saved.version, OPENED: snapshot(saved)}


def opened_digests(value: str) -> dict[str, str] | None:
    """The digests a form's snapshot holds; None when it is missing or was tampered with."""
    try:
        found = signing.loads(value or "", salt=SALT)
    except signing.BadSignature:
        return None
    return found if isinstance(found, dict) else None


def changes(before: dict[str, str], article: Article, sections) -> list[str]:
    """What changed in `article` since the text `before` described, one phrase per field or section."""
    now = digests(article, sections)
    phrases = []
    for name in [*TEXT_FIELDS, *OTHER_FIELDS]:
        field = str(Article._meta.get_field(name).verbose_name)
        if name in OTHER_FIELDS:
            if before.get(name) != now[name]:
                phrases.append(field)
            continue
        languages = [code for code in LANGUAGE_CODES if before.get(f"{name}_{code}") != now[f"{name}_{code}"]]
        if languages:
            phrases.append(_in_languages(field, languages))
    # A form opened before bylines were has no digest of them: nothing to say.
    if "bylines" in before and before["bylines"] != now["bylines"]:
        phrases.append(gettext("byline"))
    for number, section in enumerate(sections, start=1):
        key = f"s{section.pk}"
        label = _section_label(number, section)
        if key not in before:
            phrases.append(gettext("%(section)s: added") % {"section": label})
            continue
        languages = [code for code in LANGUAGE_CODES if before.get(f"{key}_{code}") != now[f"{key}_{code}"]]
        if languages:
            phrases.append(_in_languages(label, languages))
        # A snapshot from before photos holds no photo digests: nothing to compare.
        photo = [
            code
            for code in LANGUAGE_CODES
            if before.get(f"{key}_{code}_photo", now[f"{key}_{code}_photo"]) != now[f"{key}_{code}_photo"]
        ]
        if photo:
            phrases.append(
                _in_languages(gettext("%(section)s, photo description or caption") % {"section": label}, photo)
            )
        if before[key] != now[key]:
            phrases.append(gettext("%(section)s moved or its level changed") % {"section": label})
    kept = {f"s{section.pk}" for section in sections}
    deleted = sum(1 for key in before if key.startswith("s") and "_" not in key and key not in kept)
    if deleted:
        phrases.append(
            ngettext("%(count)d section deleted", "%(count)d sections deleted", deleted) % {"count": deleted}
        )
    return phrases


def _in_languages(what: str, languages) -> str:
    return gettext("%(what)s (%(languages)s)") % {
        "what": what,
        "languages": ", ".join(str(LANGUAGE_NAMES[code]) for code in languages),
    }


def _section_label(number: int, section) -> str:
    heading = next(
        (getattr(section, f"heading_{code}") for code in LANGUAGE_CODES if getattr(section, f"heading_{code}")), ""
    )
    if heading:
        return gettext("section %(number)d “%(heading)s”") % {"number": number, "heading": heading}
    return gettext("section %(number)d") % {"number": number}


class _UnlabelledHiddenInput(forms.HiddenInput):
    # The admin's fieldsets give every field a <label for=...>; a label may
    # only point at a control a person can reach, so this one points nowhere.
    def id_for_label(self, id_):
        return ""


class _HiddenField:
    """A form field the user never edits: never counted among the changed fields (nor in the admin's log message)."""

    widget = _UnlabelledHiddenInput

    def has_changed(self, initial, data):
        return False


class VersionField(_HiddenField, forms.IntegerField):
    pass


class OpenedField(_HiddenField, forms.CharField):
    pass


class NoLostEdits(forms.ModelForm):
    """
    An article form that carries the version and the text it was opened with,
    and refuses to save over a newer save: the error says who saved, when and
    what they changed, and the form is shown again with the user's input.

    Shown again, it carries the newer version, and the other person's text
    wherever this user changed nothing, so that saving once more, after
    reading what they changed, saves what the form shows and loses nothing
    that was not named.
    """

    opened_version = VersionField(required=False, min_value=0)
    opened_text = OpenedField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial[VERSION] = self.instance.version
            self.initial[OPENED] = snapshot(self.instance)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            self._refuse_a_lost_edit(cleaned)
        return cleaned

    def _refuse_a_lost_edit(self, cleaned) -> None:
        # Locked until the admin's transaction ends, after the save: no one
        # saves between this comparison and ours.
        saved = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", "changed_by", "updated_at")
            .get()
        )
        version, changed_by, updated_at = saved
        if cleaned.get(VERSION) == version:
            # Ours is the next version, counted from the row as it is locked.
            self.instance.version = version
            return
        current = Article.objects.select_related("changed_by").get(pk=self.instance.pk)
        sections = list(current.sections.all())
        before = opened_digests(cleaned.get(OPENED))
        what = changes(before, current, sections) if before is not None else None
        if what == []:
            # Saved again with nothing changed in the text since this form was opened: nothing to lose.
            self.instance.version = version
            return
        # Changed in place: the admin's section formsets were given the same
        # request data, and render from it after this form is cleaned.
        if getattr(self.data, "_mutable", True) is False:
            self.data._mutable = True
        self.data[self.add_prefix(VERSION)] = version
        self.data[self.add_prefix(OPENED)] = signing.dumps(digests(current, sections), salt=SALT, compress=True)
        if before is not None:
            self._take_theirs(cleaned, before, current, sections)
        person = _person(current.changed_by) if changed_by else _someone_else()
        if what is None:
            message = gettext(
                "%(person)s saved this article at %(time)s, after you opened it. Nothing was saved: "
                "your changes are kept below. Compare them with the article as it is now before saving again."
            )
        else:
            message = gettext(
                "%(person)s saved this article at %(time)s, after you opened it, and changed: %(changes)s. "
                "Nothing was saved. The form below shows your changes, and theirs where you changed nothing; "
                "check those fields and sections, then save again to save what the form shows."
            )
        raise forms.ValidationError(
            message % {"person": person, "time": when(updated_at), "changes": "; ".join(what or [])},
            code="saved_since_opened",
        )

    def _take_theirs(self, cleaned, before, current, sections) -> None:
        """
        Show the other person's text wherever they changed something and this
        user did not (the article's fields, and the sections' text, place and
        level), so that saving again keeps both; where both changed the same
        thing, the form keeps this user's input, and the error names it.
        """
        data, now = self.data, digests(current, sections)
        names = [f"{field}_{code}" for field in TEXT_FIELDS for code in LANGUAGE_CODES]
        for name in [*names, "cover_focal_x", "cover_focal_y", "source_language"]:
            if name not in self.fields or self.fields[name].disabled or name not in cleaned:
                continue
            if now[name] != before.get(name) and _digest(cleaned[name]) == before.get(name):
                value = getattr(current, name)
                data[self.add_prefix(name)] = "" if value is None else value
        rows = _posted_sections(data)
        for section in sections:
            key, row = f"s{section.pk}", rows.get(section.pk)
            if row is None or key not in before:
                continue
            # (digest, model fields) of each part of the section compared on its own.
            parts = [(key, ("position", "level"))]
            for code in LANGUAGE_CODES:
                parts.append((f"{key}_{code}", (f"heading_{code}", f"body_{code}")))
                parts.append((f"{key}_{code}_photo", tuple(f"{name}_{code}" for name in SECTION_PHOTO_FIELDS)))
            for digest, fields in parts:
                names = [f"{row}-{field}" for field in fields]
                if not all(name in data for name in names) or now[digest] == before.get(digest, now[digest]):
                    continue
                if _digest(*(data[name] for name in names)) == before.get(digest):
                    for name, field in zip(names, fields, strict=True):
                        data[name] = getattr(section, field) or ""


def _posted_sections(data) -> dict[int, str]:
    """The rows of the section formset in `data`, by section id: "sections-3" for the fourth row."""
    prefix = Article.sections.rel.get_accessor_name()
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), settings.DATA_UPLOAD_MAX_NUMBER_FIELDS or 1000)
    except ValueError:
        return {}
    rows = {}
    for index in range(max(total, 0)):
        pk = data.get(f"{prefix}-{index}-id", "")
        if pk.isdigit():
            rows[int(pk)] = f"{prefix}-{index}"
    return rows


def _person(user) -> str:
    return display_name(user)


class SavedSinceOpened(Exception):
    """The article was saved after a page that writes to it was opened; the message says who, when and what."""


def locked_unless_saved_since(*, pk: int, version: int | None, opened_text: str = "") -> Article:
    """
    The article `pk`, its row locked until the transaction ends; raises
    SavedSinceOpened, naming who saved it, when and what they changed, when
    it is no longer at `version` (the one a page was opened at) and its text
    changed since. With no `version` (a command, which reads and writes at
    once), the article as it is.
    """
    # Locked alone: PostgreSQL locks no row through the outer join a select_related of changed_by makes.
    current = Article.objects.select_for_update().get(pk=pk)
    if version is None or version == current.version:
        return current
    sections = list(current.sections.all())
    before = opened_digests(opened_text)
    what = changes(before, current, sections) if before is not None else None
    if what == []:
        return current
    person = _person(current.changed_by) if current.changed_by_id else _someone_else()
    if what is None:
        message = gettext(
            "%(person)s saved this article at %(time)s, after you opened this page. Nothing was saved: "
            "check the article as it is now, shown below, then save again."
        )
    else:
        message = gettext(
            "%(person)s saved this article at %(time)s, after you opened this page, and changed: %(changes)s. "
            "Nothing was saved: check the article as it is now, shown below, then save again."
        )
    raise SavedSinceOpened(
        message % {"person": person, "time": when(current.updated_at), "changes": "; ".join(what or [])}
    )


def _someone_else() -> str:
    # Translators: who saved the article, when the account is gone; it opens the English sentence.
    # Each language cases it for the place its own message gives the person.
    return gettext("Someone else")
