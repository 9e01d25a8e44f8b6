"""
Readable addresses: slugs in Latin letters in every language, fixed when an
edition is first published, and old addresses answered with a 301.
"""

import pytest
from django.apps import apps
from django.test import Client
from django.utils.text import slugify

from articles import services
from articles.models import SLUG_LENGTH, Edition, slug_from_title
from articles.slugs import ascii_text
from tests.conftest import BROWSER_UA
from tests.factories import make_article
from tests.test_long_articles import change_form_data

ascii_slugs = __import__("articles.migrations.0019_ascii_slugs", fromlist=["ascii_slugs"]).ascii_slugs


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        # Armenian, BGN/PCGN: ye and vo at the start of a word, ու is u, ը is y,
        # ճ ch, ղ gh; the aspiration marks (k'aghak') are dropped.
        ("Գիշերային ավտոբուսը կկապի Շենգավիթը", "gisherayin-avtobusy-kkapi-shengavity"),
        ("Երևանի քաղաքապետարանը", "yerevani-kaghakapetarany"),
        ("Ոսկե մեդալ Ճապոնիայում", "voske-medal-chaponiayum"),
        ("Ղարսից մինչև Երևան", "gharsits-minchev-yerevan"),
        ("Դպրոց և համալսարան", "dprots-yev-hamalsaran"),
        ("Ով է նոր նախարարը", "ov-e-nor-nakharary"),
        # Russian, the Wikipedia scheme.
        ("Ночной автобус соединит Шенгавит", "nochnoy-avtobus-soyedinit-shengavit"),
        ("Объявление: в Щёлково ёлки", "obyavleniye-v-shchyolkovo-yolki"),
        ("Юрий Гагарин и «Восток-1»", "yury-gagarin-i-vostok-1"),
        # Turkish letters folded, dotless ı and dotted İ included.
        ("Gece otobüsü Şengavit'i bağlayacak", "gece-otobusu-sengaviti-baglayacak"),
        ("İstanbul'da çöğüş ÜÇ ağaç", "istanbulda-cogus-uc-agac"),
        ("Night bus line opens", "night-bus-line-opens"),
        ("!!!", "article"),
    ],
)
def test_titles_in_every_language_give_ascii_slugs(title, slug):
    assert slug_from_title(title) == slug
    assert slug.isascii()


def test_armenian_ev_written_as_two_letters_gives_the_same_slug_as_the_ligature():
    assert slug_from_title("Երեւանի եւ Գյումրիի") == slug_from_title("Երևանի և Գյումրիի") == "yerevani-yev-gyumrii"


def test_a_russian_name_in_an_english_title_is_transliterated():
    assert ascii_text("Interview with Мария Захарова") == "Interview with Mariya Zakharova"


@pytest.mark.parametrize(
    "title",
    [
        "Կառավարությունը հաստատեց Երևանի նոր տրամվայային գծի կառուցման ծրագիրը և դրա ֆինանսավորումը",
        "Правительство утвердило программу строительства новой трамвайной линии в Ереване и её финансирование",
        "word " * 40,
    ],
)
def test_long_titles_give_slugs_cut_between_words(title):
    slug = slug_from_title(title)
    assert len(slug) <= SLUG_LENGTH
    assert "--" not in slug and not slug.endswith("-")
    # Cut between words: what is kept is the start of the whole slug, up to a hyphen.
    full = slugify(ascii_text(title))
    assert len(full) > SLUG_LENGTH
    assert full.startswith(slug + "-")


def read(path):
    return Client(HTTP_USER_AGENT=BROWSER_UA).get(path)


def save(press, article, **changes):
    return press.post(f"/admin/articles/article/{article.pk}/change/", {**change_form_data(article), **changes})


@pytest.mark.django_db
def test_a_title_edit_on_a_live_article_keeps_its_address(press):
    article = make_article(languages=["hy", "en"], title_en="Night bus to Shengavit")
    url = article.get_absolute_url("en")
    assert url.endswith("/night-bus-to-shengavit/")
    edited = save(press, article, title_en="Night bus to Shengavit starts in May", _saveandpublish="1")
    assert edited.status_code == 302
    article.refresh_from_db()
    assert article.slug_en == "night-bus-to-shengavit"
    assert Edition.objects.get(article=article, language="en").get_absolute_url() == url
    page = read(url)
    assert page.status_code == 200 and "starts in May" in page.content.decode()


@pytest.mark.django_db
def test_an_explicit_slug_change_answers_301_from_the_old_slug(press):
    article = make_article(languages=["hy", "en"], title_en="Night bus to Shengavit")
    old = article.get_absolute_url("en")
    assert save(press, article, slug_en="night-bus", _saveandpublish="1").status_code == 302
    new = Edition.objects.get(article=article, language="en").get_absolute_url()
    assert new == f"/en/articles/{article.pk}/night-bus/"
    assert read(new).status_code == 200
    moved = read(old)
    assert moved.status_code == 301 and moved["Location"] == new


@pytest.mark.django_db
def test_saving_a_slug_change_without_publishing_keeps_the_published_address(press):
    article = make_article(languages=["hy", "en"], title_en="Night bus to Shengavit")
    url = article.get_absolute_url("en")
    assert save(press, article, slug_en="night-bus").status_code == 302
    assert read(url).status_code == 200
    assert read(f"/en/articles/{article.pk}/night-bus/")["Location"] == url


@pytest.mark.django_db
def test_a_slug_changed_back_is_the_address_again():
    article = make_article(languages=["en"], title_en="Night bus")
    for slug in ["bus-at-night", "night-bus"]:
        article.slug_en = slug
        article.save()
        services.article_publish(article=article, language="en")
    edition = Edition.objects.get(article=article, language="en")
    assert edition.slug == "night-bus"
    moved = read(f"/en/articles/{article.pk}/bus-at-night/")
    assert moved.status_code == 301 and moved["Location"] == edition.get_absolute_url()


@pytest.mark.django_db
def test_an_edition_first_published_without_a_working_slug_gets_one_from_its_title():
    article = make_article(languages=["ru"], published=[], title_ru="Ночной автобус")
    type(article).objects.filter(pk=article.pk).update(slug_ru="")
    article.refresh_from_db()
    edition = services.article_publish(article=article, language="ru")
    assert edition.slug == "nochnoy-avtobus"


@pytest.mark.django_db
def test_a_unicode_slug_published_before_answers_301_to_the_ascii_address():
    article = make_article(languages=["hy", "en"], title_hy="Գիշերային ավտոբուս")
    # As published before slugs were written in Latin letters.
    type(article).objects.filter(pk=article.pk).update(slug_hy="գիշերային-ավտոբուս")
    Edition.objects.filter(article=article, language="hy").update(slug="գիշերային-ավտոբուս")
    ascii_slugs(apps, None)
    article.refresh_from_db()
    edition = Edition.objects.get(article=article, language="hy")
    assert article.slug_hy == edition.slug == "gisherayin-avtobus"
    moved = read(f"/hy/articles/{article.pk}/%D5%A3%D5%AB%D5%B7%D5%A5%D6%80%D5%A1%D5%B5%D5%AB%D5%B6-avtobus/")
    assert moved.status_code == 301 and moved["Location"] == f"/hy/articles/{article.pk}/gisherayin-avtobus/"
    old = read(f"/hy/articles/{article.pk}/գիշերային-ավտոբուս/")
    assert old.status_code == 301 and old["Location"] == edition.get_absolute_url()
    assert read(edition.get_absolute_url()).status_code == 200
    # Republishing the migrated edition keeps its address.
    services.article_publish(article=article, language="hy")
    edition.refresh_from_db()
    assert edition.slug == "gisherayin-avtobus"


@pytest.mark.django_db
def test_the_migration_keeps_the_words_of_a_slug_the_newsroom_wrote():
    article = make_article(languages=["ru"], title_ru="Ночной автобус соединит Шенгавит")
    type(article).objects.filter(pk=article.pk).update(slug_ru="автобус-шенгавит")
    ascii_slugs(apps, None)
    article.refresh_from_db()
    assert article.slug_ru == "avtobus-shengavit"


@pytest.mark.django_db
def test_a_wrong_slug_is_redirected_in_one_query(django_assert_num_queries):
    article = make_article(languages=["en"], title_en="Night bus")
    # 1 the article's editions (pages.article_state): every wrong slug answers the same 301.
    with django_assert_num_queries(1):
        response = read(f"/en/articles/{article.pk}/an-old-one/")
    assert response.status_code == 301 and response["Location"] == article.get_absolute_url("en")


@pytest.mark.django_db
def test_a_slug_typed_in_armenian_is_saved_in_latin_letters(press):
    article = make_article(languages=["hy"], title_hy="Գիշերային ավտոբուս")
    assert save(press, article, slug_hy="Նոր գիծ").status_code == 302
    article.refresh_from_db()
    assert article.slug_hy == "nor-gits"
