import pytest

from articles.models import SLUG_LENGTH, slug_from_title
from tests.factories import make_article


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Night bus line opens", "night-bus-line-opens"),
        ("Գիշերային ավտոբուս", "gisherayin-avtobus"),
        ("Ночной автобус!", "nochnoy-avtobus"),
        ("Gece otobüsü Şengavit'i bağlayacak", "gece-otobusu-sengaviti-baglayacak"),
        ("!!!", "article"),
    ],
)
def test_slug_is_derived_from_the_title(title, slug):
    assert slug_from_title(title) == slug


def test_long_titles_give_slugs_cut_between_words():
    slug = slug_from_title("word " * 40)
    assert len(slug) <= SLUG_LENGTH
    assert slug.endswith("word") and "--" not in slug


@pytest.mark.django_db
def test_slug_written_by_the_editor_is_kept():
    article = make_article(languages=["en"], slug_en="my-own-slug", title_en="Another title")
    assert article.slug_en == "my-own-slug"
