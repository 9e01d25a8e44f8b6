"""
The safe markup of section bodies: paragraphs, bulleted lists ("- "),
numbered lists ("1. "), quotes ("> "), links, bold and italic, rendered by
markdown-it-py with raw HTML off. The toolbar over each body in the admin
writes this markup (static/admin/articles/editor.js).

Anything else an author types (HTML tags, images, code, headings) comes out
as text. Links keep only http(s) and mailto targets.
"""

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink

ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


def _validate_link(url: str) -> bool:
    url = url.strip().lower()
    # Relative links stay on this site; every absolute one needs a known scheme.
    if url.startswith(("/", "#")) and not url.startswith("//"):
        return True
    return url.startswith(ALLOWED_SCHEMES)


def _link_open(self, tokens, idx, options, env):
    tokens[idx].attrSet("rel", "nofollow noopener")
    return self.renderToken(tokens, idx, options, env)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(["heading", "lheading", "image", "code", "fence", "html_block", "html_inline", "table"], True)
    md.validateLink = _validate_link
    md.normalizeLink = normalizeLink
    md.add_render_rule("link_open", _link_open)
    return md


def render(text: str) -> str:
    """Render an author's text to safe HTML."""
    if not text:
        return ""
    return _parser().render(text)
