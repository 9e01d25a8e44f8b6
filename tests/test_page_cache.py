"""
The per-worker page cache is keyed by the site (SITE_URL), not by headers a
client sends, and bounded in bytes: no client can multiply its entries, and
the absolute links of a page are the site's own.
"""

import pytest

from articles import pages
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch):
    """How many times each kind of page is rendered."""
    counts = {"article": 0, "list": 0}
    render_edition, list_context = pages.render_edition, pages._list_context

    def counted_article(*args, **kwargs):
        counts["article"] += 1
        return render_edition(*args, **kwargs)

    def counted_list(*args, **kwargs):
        counts["list"] += 1
        return list_context(*args, **kwargs)

    monkeypatch.setattr(pages, "render_edition", counted_article)
    monkeypatch.setattr(pages, "_list_context", counted_list)
    return counts


def test_another_port_or_scheme_in_the_request_neither_renders_again_nor_changes_the_links(reader, renders, settings):
    settings.SITE_URL = "https://news.example.am"
    article = make_article()
    url = article.get_absolute_url("hy")
    for n, host in enumerate(["127.0.0.1", *[f"127.0.0.1:{port}" for port in range(8000, 8020)], "localhost:1"]):
        for path in [url, "/hy/"]:
            response = reader.get(path, HTTP_HOST=host, secure=n % 2 == 1)
            assert response.status_code == 200, host
        canonical = f'<link rel="canonical" href="https://news.example.am{url}">'
        assert canonical in reader.get(url, HTTP_HOST=host).content.decode()
    assert renders == {"article": 1, "list": 1}


def test_the_share_address_and_the_feed_name_the_site_not_the_request(reader, settings):
    settings.SITE_URL = "https://news.example.am"
    article = make_article()
    share = reader.post(f"/hy/articles/{article.pk}/share/telegram/", HTTP_HOST="127.0.0.1:9999")
    assert "url=https%3A%2F%2Fnews.example.am%2Fhy%2Farticles%2F" in share["Location"]
    feed = reader.get("/hy/feed/", HTTP_HOST="127.0.0.1:9999").content.decode()
    assert f"<link>https://news.example.am{article.get_absolute_url('hy')}</link>" in feed
    assert "127.0.0.1:9999" not in feed
    sitemap = reader.get("/sitemap.xml", HTTP_HOST="127.0.0.1:9999").content.decode()
    assert f"<loc>https://news.example.am{article.get_absolute_url('hy')}</loc>" in sitemap
    assert "127.0.0.1:9999" not in sitemap


def test_the_cache_holds_pages_by_their_bytes_up_to_its_bound(reader, settings):
    articles = [make_article() for _ in range(6)]
    sizes = [len(reader.get(article.get_absolute_url("hy")).content) for article in articles[:1]]
    # Room for about three article pages: the oldest go as new ones come.
    settings.PAGE_CACHE_BYTES = int(sizes[0] * 3.5)
    pages.clear()
    for article in articles:
        assert reader.get(article.get_absolute_url("hy")).status_code == 200
        assert pages._pages.size <= settings.PAGE_CACHE_BYTES
    assert pages._pages.size > sizes[0] * 2


def test_a_page_larger_than_the_whole_cache_is_served_and_not_kept(reader, settings, renders):
    article = make_article(lead_hy="Երկար " * 20_000)
    settings.PAGE_CACHE_BYTES = 50_000
    pages.clear()
    for _ in range(2):
        response = reader.get(article.get_absolute_url("hy"))
        assert response.status_code == 200
        assert len(response.content) > 100_000
    assert pages._pages.size == 0
    assert renders["article"] == 2
