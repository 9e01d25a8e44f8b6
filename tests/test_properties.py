"""
Any text in, a valid page or feed out: property-based tests of the importer,
the section markup and the feed, with Hypothesis drawing the text (control
characters, NUL, every script, markup characters, long lines).
"""

import html.parser
import json
import re
import xml.dom.minidom

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import importer, markup, services
from articles.models import Article
from cms.text import CONTROLS, LINE_BREAKS

pytestmark = pytest.mark.django_db

# Text as it comes: any character Python can hold but surrogates, with the
# characters that have a meaning (markup, line breaks, controls) drawn often.
MEANINGFUL = "\x00\x01\x07\x0b\x0c\x1b\x1f\x7f\r\n\t \u2028\u0085*_`[]()<>&#\\-•:.!?։Հայ Рус"
TEXT = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(list(MEANINGFUL))),
    max_size=400,
)
LINES = st.lists(TEXT, min_size=0, max_size=12).map("\n".join)
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


class StrictHTML(html.parser.HTMLParser):
    """Collects the tags of a fragment, to tell what markup the renderer made."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            assert not name.startswith("on"), name
            if name == "href":
                assert value.startswith(("http://", "https://", "mailto:", "/", "#")) or ":" not in value, value


def without_controls(text: str) -> bool:
    return not CONTROLS.search(text) and not LINE_BREAKS.search(text.replace("\n", ""))


@EXAMPLES
@given(TEXT)
def test_any_text_renders_to_markup_of_the_allowed_tags_only(text):
    parser = StrictHTML()
    parser.feed(markup.render(text))
    parser.close()
    assert parser.tags <= {"p", "ul", "ol", "li", "strong", "em", "a", "br", "blockquote"}


@EXAMPLES
@given(LINES)
def test_any_text_is_split_into_an_article_or_refused_with_a_reason(text):
    try:
        parsed = importer.parse(text)
    except importer.ArticleTextError as error:
        assert str(error)
        return
    assert parsed.title.strip()
    assert parsed.sections
    assert any(section.paragraphs for section in parsed.sections)


@EXAMPLES
@given(title=TEXT.filter(lambda t: t.strip()), body=LINES, lead=TEXT)
def test_any_imported_text_is_stored_clean_and_shown_in_a_valid_page_and_feed(client, title, body, lead):
    try:
        article = services.article_import_text(
            text=f"{title}\n{body}\nA closing paragraph.", language="en", publish=True
        )
    except importer.ArticleTextError:
        return
    Article.objects.filter(pk=article.pk).update(lead_en=lead)
    article.refresh_from_db()
    stored = [article.title_en, article.lead_en or ""]
    stored += [f"{s.heading_en or ''}{s.body_en or ''}" for s in article.sections.all()]
    assert all(without_controls(text) for text in stored)

    if article.title_en:
        page = client.get(article.get_absolute_url("en"), HTTP_USER_AGENT="Mozilla/5.0 Firefox/128.0")
        assert page.status_code == 200
        # The one script element is the JSON-LD data block, and it holds valid JSON whatever the text.
        scripts = re.findall(rb"<script([^>]*)>(.*?)</script>", page.content, re.DOTALL)
        assert [attributes for attributes, _data in scripts] == [b' type="application/ld+json"']
        assert json.loads(scripts[0][1])["headline"] == article.title_en
    feed = client.get("/en/feed/")
    assert feed.status_code == 200
    xml.dom.minidom.parseString(feed.content)  # noqa: S318 - well-formed, whatever the titles and leads
