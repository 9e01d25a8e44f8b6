"""
Splitting a plain-text article into a title and headed sections, the way a
person reading it would.

- The first non-empty line is the title.
- A short line of a few words that is not a sentence (no final full stop) is
  a heading; a trailing colon is dropped.
- A sentence that ends with a colon introduces what follows (a list, usually)
  and stays a paragraph.
- Lines starting with `•`, `-` or `*` are bullet items.
- A heading directly followed by another heading is the parent (level 2) of
  the headings under it (level 3), until the next parent.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from cms.text import clean_text

MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 100
BULLET = re.compile(r"^\s*(?:[•▪●◦‣]\s*|[-*]\s+)(?P<text>.+)$")
# Final punctuation of a sentence, in the four languages (։ is the Armenian full stop).
SENTENCE_END = re.compile(r"[.!?…։;,]$")
# A sentence boundary inside the line: "… relief. These include:".
INNER_SENTENCE = re.compile(r"[.!?…։]\s+\S")
MARKUP_CHARS = re.compile(r"([\\`*_\[\]<>])")
HAS_LETTER = re.compile(r"[^\W\d_]")
LINE_START_MARKUP = re.compile(r"^(\d+)([.)])|^([#+\-=>|~])")


class ArticleTextError(ValueError):
    """The text cannot become an article; the message says why."""


@dataclass
class ParsedSection:
    level: int
    heading: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class ParsedArticle:
    title: str
    sections: list[ParsedSection]


def _escape(text: str) -> str:
    """Keep plain text plain: characters that mean markup are escaped."""
    text = MARKUP_CHARS.sub(r"\\\1", text)
    return LINE_START_MARKUP.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


def _is_heading(line: str, next_line: str | None) -> bool:
    text = line.rstrip(":").strip()
    if not text or BULLET.match(line) or not HAS_LETTER.search(text):
        return False
    if len(text.split()) > MAX_HEADING_WORDS or len(text) > MAX_HEADING_CHARS:
        return False
    if SENTENCE_END.search(text) or INNER_SENTENCE.search(text):
        return False
    # "These include:" before a list introduces it; it is not a heading.
    return not (line.endswith(":") and next_line is not None and BULLET.match(next_line))


def check_size(size: int) -> None:
    """Refuse a text of more than ARTICLE_IMPORT_MAX_BYTES bytes (of UTF-8), saying how large it is."""
    limit = settings.ARTICLE_IMPORT_MAX_BYTES
    if size > limit:
        raise ArticleTextError(
            _("The text is %(size)s MB: an import may be at most %(limit)s MB.")
            % {
                # Cut, not rounded: a text just over the limit must not read as at the limit.
                "size": number_format(size * 10 // (1024 * 1024) / 10, decimal_pos=1),
                "limit": number_format(limit / (1024 * 1024), decimal_pos=0),
            }
        )


def decode(data: bytes) -> str:
    """Bytes of a file to text; only UTF-8 (with or without a BOM) is accepted."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleTextError(
            _("The file is not UTF-8 text (invalid byte at position %(position)s).") % {"position": exc.start}
        ) from None


def parse(text: str) -> ParsedArticle:
    """Split plain text into a title and sections, or raise ArticleTextError."""
    check_size(len(text.encode()))
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # A line of control characters alone is stored empty (cms.text): it is no title, no paragraph.
    lines = [line for line in lines if clean_text(line).strip()]
    if not lines:
        raise ArticleTextError(_("The text is empty."))
    title, body_lines = lines[0], lines[1:]
    if len(title) > 200:
        raise ArticleTextError(_("The first line, the title, is longer than 200 characters."))
    if not body_lines:
        raise ArticleTextError(_("The text has a title but no body."))

    kinds = []
    for index, line in enumerate(body_lines):
        following = body_lines[index + 1] if index + 1 < len(body_lines) else None
        if BULLET.match(line):
            kinds.append("bullet")
        elif _is_heading(line, following):
            kinds.append("heading")
        else:
            kinds.append("paragraph")

    sections: list[ParsedSection] = []
    in_group = False
    for index, (line, kind) in enumerate(zip(body_lines, kinds, strict=True)):
        if kind == "heading":
            is_parent = index + 1 < len(kinds) and kinds[index + 1] == "heading"
            if is_parent:
                in_group = True
            level = 3 if in_group and not is_parent else 2
            sections.append(ParsedSection(level=level, heading=line.rstrip(":").strip()))
            continue
        if not sections:
            sections.append(ParsedSection(level=2, heading=""))
        current = sections[-1]
        if kind == "bullet":
            item = "- " + _escape(BULLET.match(line)["text"].strip())
            if current.paragraphs and current.paragraphs[-1].startswith("- "):
                current.paragraphs[-1] += "\n" + item
            else:
                current.paragraphs.append(item)
        else:
            current.paragraphs.append(_escape(line))

    if not any(section.paragraphs for section in sections):
        raise ArticleTextError(_("The text has headings but no paragraphs."))
    return ParsedArticle(title=title, sections=sections)
