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
