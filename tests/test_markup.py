import pytest

from articles.markup import render


def test_paragraphs_lists_links_and_emphasis():
    html = render("First **bold** and *italic*.\n\nSecond [site](https://example.am/a).\n\n- one\n- two")
    assert "<p>First <strong>bold</strong> and <em>italic</em>.</p>" in html
    assert '<a href="https://example.am/a" rel="nofollow noopener">site</a>' in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox)",
        '<a href="javascript:alert(1)">x</a>',
        "![x](https://example.am/x.png)",
        "<img src=x onerror=alert(1)>",
    ],
)
def test_nothing_active_survives(text):
    html = render(text).lower()
    assert "<script" not in html and "<img" not in html and "<a " not in html.replace('<a href="https://', "")
    assert 'href="javascript' not in html and 'href="data' not in html and 'href="vbscript' not in html


def test_headings_and_code_blocks_are_plain_text():
    html = render("# Big\n\n    indented")
    assert "<h1>" not in html and "<pre>" not in html


def test_numbered_lists_render_as_ordered_lists_and_keep_their_first_number():
    assert render("1. One\n2. Two") == "<ol>\n<li>One</li>\n<li>Two</li>\n</ol>\n"
    assert '<ol start="3">\n<li>Three</li>' in render("3. Three\n4. Four")


def test_quotes_render_as_blockquotes_of_paragraphs():
    html = render("> The line is ready.\n> It opens on Monday.\n\nAfter the quote.")
    assert html.startswith("<blockquote>\n<p>The line is ready.\nIt opens on Monday.</p>\n</blockquote>\n")
    assert "<p>After the quote.</p>" in html


def test_markup_inside_a_quote_or_a_numbered_list_stays_safe():
    html = render("> <script>alert(1)</script>\n\n1. [x](javascript:alert(1))\n2. **bold**")
    assert "<script" not in html and 'href="javascript' not in html
    assert "&lt;script&gt;" in html and "<li><strong>bold</strong></li>" in html
