"""
Splitting a plain-text article into a title, a lead and headed sections, the
way a person reading it would.

- The first non-empty line is the title.
- Paragraphs: when the text has blank lines between its paragraphs, the
  lines between two blank lines are one paragraph, joined with a space, when
  they were wrapped (by hand or by a mail program): one of them stops
  mid-sentence and is about as long as the longest. Lines that each end a
  sentence stay a paragraph each, and a text with no blank line at all keeps
  one paragraph per line.
- The first paragraph goes to the lead (`lead=True`, the default) when it
  comes before any heading and the body has something else besides it.
- Lines starting with `•`, `-` or `*` are bullet items; lines starting with
  `1.` or `1)` (up to three digits) are the items of a numbered list. In a
  wrapped text, a line that starts no item continues the item above it.
- A short line of a few words that is not a sentence (no final full stop) is
  a heading; a trailing colon is dropped. So is the first line of a wrapped
  paragraph when it is clearly shorter than the lines under it.
- Not headings: a sentence that ends with a colon and introduces a list, and
  a "Label: value" line ("Contact: press@example.org", "Tel.: +374 …"),
  which stays a line of its own.
- Levels: a heading directly followed by another heading is a parent
  (level 2), and the last heading of such a run its first subheading
  (level 3): a subheading needs a parent heading directly above it. The later
  subheadings of the group have their siblings above them, not the parent,
  and plain text cannot tell a sibling from a new heading; so a later
  heading stays in the group only while it reads like one of its siblings,
  as short as they are: at most one word longer than the longest heading of
  the group so far (the parent's included). A longer one closes the group
  and is a heading (level 2) again: after "Reactions", "Passengers" and
  "Drivers", "What it costs" is a heading. The next parent also closes it.
  Levels stay editable after the import.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from cms.text import CONTROLS

MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 100
# A heading on the first line of a paragraph's block: at most this share of its longest other line.
HEADING_LINE_SHARE = 0.6
# A later subheading stays in its group when at most this many words longer than the group's longest heading.
SIBLING_EXTRA_WORDS = 1
BULLET = re.compile(r"^\s*(?:[•▪●◦‣]\s*|[-*]\s+)(?P<text>.+)$")
# "1. item" or "1) item"; three digits at most, so that "2024. The year…" is no list.
NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
# "Contact: press@example.org", "Tel.: +374 10 123456", "Հեռ.: 010 123456": a short label, a colon, a value.
LABEL_VALUE = re.compile(r"^[^\s:][^:]{0,30}:\s+\S")
# How a line that is not wrapped ends: a sentence, or the colon before a list (quotes and brackets may close it).
LINE_END = re.compile(r"[.!?…։:;][\"'»”’)]*$")
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
    lead: str = ""


@dataclass
class _Piece:
    kind: str  # "heading", "paragraph", "bullet" or "number"
    text: str
    number: str = ""


def _escape(text: str) -> str:
    """Keep plain text plain: characters that mean markup are escaped."""
    text = MARKUP_CHARS.sub(r"\\\1", text)
    return LINE_START_MARKUP.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


def _is_item(line: str) -> bool:
    return bool(BULLET.match(line) or NUMBERED.match(line))


def _is_heading(line: str, next_line: str | None) -> bool:
    text = line.rstrip(":").strip()
    if not text or _is_item(line) or not HAS_LETTER.search(text) or LABEL_VALUE.match(line):
        return False
    if len(text.split()) > MAX_HEADING_WORDS or len(text) > MAX_HEADING_CHARS:
        return False
    if SENTENCE_END.search(text) or INNER_SENTENCE.search(text):
        return False
    # "These include:" before a list introduces it; it is not a heading.
    return not (line.endswith(":") and next_line is not None and _is_item(next_line))


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


def _item(line: str) -> _Piece:
    if match := NUMBERED.match(line):
        return _Piece("number", match["text"].strip(), match["number"])
    return _Piece("bullet", BULLET.match(line)["text"].strip())


def _line_pieces(lines: list[str], after: str | None = None) -> list[_Piece]:
    """One piece per line: a text without blank lines, or a block of lines that each end (`after` comes next)."""
    pieces = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else after
        if _is_item(line):
            pieces.append(_item(line))
        else:
            pieces.append(_Piece("heading" if _is_heading(line, following) else "paragraph", line))
    return pieces


def _is_wrapped(block: list[str]) -> bool:
    """
    Whether `block` holds text wrapped over its lines: a line of it (not the
    last) stops mid-sentence and is long, as a wrapped line is. Lines that
    each end a sentence are paragraphs of their own, as in a text without
    blank lines; a short line without a full stop is a heading above them.
    """
    longest = max(len(line) for line in block)
    return any(
        not LINE_END.search(line) and not LABEL_VALUE.match(line) and len(line) > HEADING_LINE_SHARE * longest
        for line in block[:-1]
    )


def _block_pieces(blocks: list[list[str]]) -> list[_Piece]:
    """The pieces of a text whose paragraphs are blocks of lines between blank lines."""
    pieces = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1][0] if index + 1 < len(blocks) else None
        if not _is_wrapped(block):
            pieces += _line_pieces(block, after=following)
            continue
        first, rest = block[0], block[1:]
        # A heading typed right above its first paragraph, with no blank line between.
        if (
            not _is_item(first)
            and _is_heading(first, rest[0])
            and len(first) <= HEADING_LINE_SHARE * max(len(line) for line in rest)
        ):
            pieces.append(_Piece("heading", first))
            first, rest = rest[0], rest[1:]
        current = None
        for line in [first, *rest]:
            if _is_item(line):
                current = _item(line)
                pieces.append(current)
            elif LABEL_VALUE.match(line):
                # "Contact: …" under "Tel.: …" is a list of details, not a wrapped sentence.
                current = None
                pieces.append(_Piece("paragraph", line))
            elif current is None:
                current = _Piece("paragraph", line)
                pieces.append(current)
            else:
                current.text += " " + line
    return pieces


def _levels(pieces: list[_Piece]) -> list[int]:
    """The level of each heading among `pieces`, in order (the rule is in the module's docstring)."""
    levels = []
    group_words = 0  # the longest heading of the open group, in words; 0 when none is open
    for index, piece in enumerate(pieces):
        if piece.kind != "heading":
            continue
        words = len(piece.text.split())
        is_parent = index + 1 < len(pieces) and pieces[index + 1].kind == "heading"
        under_parent = index > 0 and pieces[index - 1].kind == "heading"
        if is_parent:
            group_words = words
            levels.append(2)
        elif under_parent or (group_words and words <= group_words + SIBLING_EXTRA_WORDS):
            group_words = max(group_words, words)
            levels.append(3)
        else:
            group_words = 0
            levels.append(2)
    return levels


def parse(text: str, *, lead: bool = True) -> ParsedArticle:
    """Split plain text into a title, a lead (with `lead`) and sections, or raise ArticleTextError."""
    check_size(len(text.encode()))
    # Control characters go now, as the fields would drop them: a line of them alone is no title.
    lines = [CONTROLS.sub("", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        raise ArticleTextError(_("The text is empty."))
    title, body_lines = lines[0], lines[1:]
    if len(title) > 200:
        raise ArticleTextError(_("The first line, the title, is longer than 200 characters."))
    while body_lines and not body_lines[0]:
        body_lines.pop(0)
    while body_lines and not body_lines[-1]:
        body_lines.pop()
    if not body_lines:
        raise ArticleTextError(_("The text has a title but no body."))

    if "" in body_lines:
        blocks, block = [], []
        for line in [*body_lines, ""]:
            if line:
                block.append(line)
            elif block:
                blocks.append(block)
                block = []
        pieces = _block_pieces(blocks)
    else:
        pieces = _line_pieces(body_lines)

    lead_text = ""
    rest = pieces[1:]
    if lead and pieces[0].kind == "paragraph" and any(piece.kind != "heading" for piece in rest):
        lead_text, pieces = pieces[0].text, rest

    sections: list[ParsedSection] = []
    levels = iter(_levels(pieces))
    for piece in pieces:
        if piece.kind == "heading":
            sections.append(ParsedSection(level=next(levels), heading=piece.text.rstrip(":").strip()))
            continue
        if not sections:
            sections.append(ParsedSection(level=2, heading=""))
        current = sections[-1]
        if piece.kind == "paragraph":
            current.paragraphs.append(_escape(piece.text))
            continue
        marker = f"{piece.number}." if piece.kind == "number" else "-"
        item = f"{marker} {_escape(piece.text)}"
        previous = current.paragraphs[-1] if current.paragraphs else ""
        same_list = previous.startswith("- ") if piece.kind == "bullet" else bool(re.match(r"\d+\. ", previous))
        if same_list:
            current.paragraphs[-1] += "\n" + item
        else:
            current.paragraphs.append(item)

    if not any(section.paragraphs for section in sections):
        raise ArticleTextError(_("The text has headings but no paragraphs."))
    return ParsedArticle(title=title, sections=sections, lead=lead_text)


def set_levels(parsed: ParsedArticle, levels: dict[int, int] | None) -> None:
    """Give sections of `parsed` the levels chosen for them, by index: a heading (2) or a subheading (3)."""
    for index, level in (levels or {}).items():
        if 0 <= index < len(parsed.sections) and level in (2, 3):
            parsed.sections[index].level = level


@dataclass
class SectionMatch:
    """A section of the text and the article's section it replaces, by order; either may be missing."""

    parsed: ParsedSection | None
    existing: object | None


def match_sections(parsed: list[ParsedSection], existing: list) -> list[SectionMatch]:
    """
    The text's sections beside the article's, in reading order: the first
    replaces the first, and so on. A section of the text beyond the article's
    is new; a section of the article beyond the text's is left as it is.
    """
    count = max(len(parsed), len(existing))
    return [
        SectionMatch(
            parsed=parsed[index] if index < len(parsed) else None,
            existing=existing[index] if index < len(existing) else None,
        )
        for index in range(count)
    ]
