"""Reader search: what is found, in which order, how it is shown, and what odd queries get."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from articles import services
from articles.models import Edition
from search import highlight
from search.query import MAX_LENGTH, parse
from search.selectors import search_results
from tests.factories import make_article, make_story

pytestmark = pytest.mark.django_db

LANGUAGES = ("hy", "ru", "en", "tr")


def found(language: str, q: str, **params) -> list[str]:
    """The titles the results page lists for `q`, in order, without their marks."""
    response = Client().get(f"/{language}/search/", {"q": q, **params})
    assert response.status_code == 200
    titles = re.findall(r'<h2 class="article-card__title"><a href="[^"]+">(.*?)</a></h2>', response.content.decode())
    return [re.sub(r"</?mark>", "", title) for title in titles]


# Word forms ---------------------------------------------------------------------


def test_a_russian_word_form_finds_another():
    make_story("ru", title="Городской бюджет принят", body="Депутаты приняли бюджет на следующий год.")
    make_story("ru", title="Погода на выходные", body="Солнечно и тепло.")
    assert found("ru", "бюджетами") == ["Городской бюджет принят"]


def test_a_turkish_word_form_finds_another():
    make_story("tr", title="Yeni kütüphane açıldı", body="Şehrin en büyük kütüphane binası.")
    make_story("tr", title="Hava durumu", body="Yarın yağmur bekleniyor.")
    assert found("tr", "kütüphanesi") == ["Yeni kütüphane açıldı"]


def test_a_turkish_word_finds_its_longer_forms():
    make_story("tr", title="Üniversite kütüphanesi yenilendi")
    assert found("tr", "kütüphane") == ["Üniversite kütüphanesi yenilendi"]


@pytest.mark.parametrize(
    ("written", "asked"),
    [
        ("Քաղաքապետարանը նոր ծրագիր է ներկայացրել", "քաղաքապետարանի"),
        ("Քաղաքապետարանի որոշումը", "քաղաքապետարան"),
        ("Երևանի բյուջեն", "Երեւանի"),
        ("Երեւանի բյուջեն", "Երևանի"),
        ("Բյուջե և ծրագրեր", "եւ"),
        ("Բյուջե եւ ծրագրեր", "և"),
        ("ԵՐԵՒԱՆԻ ՕՐԸ", "երևան"),
    ],
)
def test_armenian_word_forms_and_both_spellings_of_ev_find_each_other(written, asked):
    make_story("hy", title=written)
    make_story("hy", title="Եղանակը վաղը")
    assert found("hy", asked) == [written]


def test_a_short_word_finds_the_words_it_starts():
    make_story("ru", title="Бюджет города")
    make_story("en", title="Budget day")
    assert found("ru", "бюд") == ["Бюджет города"]
    assert found("en", "BUD") == ["Budget day"]


def test_a_longer_word_is_not_a_prefix():
    make_story("en", title="Budgetary rules")
    make_story("en", title="Budge over")
    assert found("en", "budge") == ["Budge over"]


# The syntax -------------------------------------------------------------------------


def test_every_word_is_required():
    make_story("en", title="Budget of the city")
    make_story("en", title="Budget of the region")
    assert found("en", "budget city") == ["Budget of the city"]


def test_or_takes_either_word():
    make_story("en", title="Rain tomorrow", at=timezone.now() - timedelta(hours=2))
    make_story("en", title="Snow tomorrow", at=timezone.now() - timedelta(hours=1))
    make_story("en", title="Sun tomorrow")
    assert found("en", "rain OR snow") == ["Snow tomorrow", "Rain tomorrow"]


def test_a_minus_leaves_a_word_out():
    make_story("en", title="Football final tonight")
    make_story("en", title="Football and politics")
    assert found("en", "football -politics") == ["Football final tonight"]
    assert found("en", 'football -"and politics"') == ["Football final tonight"]


def test_a_quoted_phrase_wants_its_words_in_order():
    make_story("en", title="The city council met", body="Nothing else.")
    make_story("en", title="The council of the city", body="Nothing else.")
    assert found("en", '"city council"') == ["The city council met"]


def test_only_words_to_leave_out_find_nothing():
    make_story("en", title="Football final tonight")
    response = Client().get("/en/search/", {"q": "-politics"})
    assert response.status_code == 200
    assert found("en", "-politics") == []
    assert "Nothing to look for" in response.content.decode()


# What is found -------------------------------------------------------------------------


def test_a_title_match_ranks_above_a_lead_match_above_a_body_match():
    now = timezone.now()
    # Oldest first, so that newest-first alone would give the opposite order.
    make_story("en", title="Parliament opens", lead="A day of speeches.", at=now - timedelta(hours=3))
    make_story("en", title="A long day", lead="Parliament heard the minister.", at=now - timedelta(hours=2))
    make_story("en", title="Another day", body="At noon, parliament voted.", at=now - timedelta(hours=1))
    assert found("en", "parliament") == ["Parliament opens", "A long day", "Another day"]


def test_equal_matches_come_newest_first():
    now = timezone.now()
    make_story("en", title="Harvest report one", at=now - timedelta(hours=2))
    make_story("en", title="Harvest report two", at=now - timedelta(hours=1))
    assert found("en", "harvest") == ["Harvest report two", "Harvest report one"]


def test_drafts_unpublished_and_scheduled_editions_are_never_found():
    make_story("en", title="Draft about elections", publish=False)
    unpublished = make_story("en", title="Withdrawn about elections")
    services.article_unpublish(article=unpublished, language="en")
    make_story("en", title="Scheduled about elections", at=timezone.now() + timedelta(hours=2))
    make_story("en", title="Live about elections")
    assert found("en", "elections") == ["Live about elections"]


def test_a_scheduled_edition_is_found_once_live():
    article = make_story("en", title="Budget vote at noon", at=timezone.now() + timedelta(hours=2))
    assert found("en", "budget") == []
    later = timezone.now() + timedelta(hours=3)
    hits = list(search_results(query=parse("budget", "en"), at=later)[0:10])
    assert search_results(query=parse("budget", "en"), at=later).count() == 1
    assert [hit.article_id for hit in hits] == [article.pk]
    # And on the page, once its time has come.
    Edition.objects.filter(article=article).update(published_at=timezone.now() - timedelta(minutes=1))
    assert found("en", "budget") == ["Budget vote at noon"]


def test_an_unpublished_edition_published_again_is_found_again():
    article = make_story("en", title="Harbour reopens")
    services.article_unpublish(article=article, language="en")
    assert found("en", "harbour") == []
    services.article_publish(article=article, language="en")
    assert found("en", "harbour") == ["Harbour reopens"]


def test_saving_does_not_change_what_is_found_publishing_does():
    article = make_story("en", title="Bridge closed for repairs", body="Until Monday.")
    article.title_en = "Tunnel closed for repairs"
    article.save()
    assert found("en", "bridge") == ["Bridge closed for repairs"]
    assert found("en", "tunnel") == []
    services.article_publish(article=article, language="en")
    assert found("en", "tunnel") == ["Tunnel closed for repairs"]
    assert found("en", "bridge") == []


def test_headings_and_bodies_are_found_without_their_markup():
    make_story(
        "en", title="Weekly notes", heading="Transport", body="The **tramway** is [extended](https://example.com/x)."
    )
    assert found("en", "tramway") == ["Weekly notes"]
    assert found("en", "transport") == ["Weekly notes"]
    # A link's address is not text readers read.
    assert found("en", "example") == []


def test_a_search_in_one_language_never_returns_another_edition():
    article = make_article(languages=("ru", "en"), title_ru="Газпром и цены", title_en="Gazprom and prices")
    make_story("en", title="Gazprom again")
    response = Client().get("/ru/search/", {"q": "Газпром"})
    assert found("ru", "Газпром") == ["Газпром и цены"]
    assert article.get_absolute_url("ru") in response.content.decode()
    assert article.get_absolute_url("en") not in response.content.decode()
    # The same Latin word in the ru edition's search: nothing from en.
    assert found("ru", "Gazprom") == []


def test_a_deleted_article_is_not_found():
    article = make_story("en", title="Shortlived story")
    article.delete()
    assert found("en", "shortlived") == []


# How a result is shown ---------------------------------------------------------------


def test_a_result_shows_its_link_date_and_a_marked_snippet():
    article = make_story(
        "en",
        title="Metro news",
        body=" ".join(["Filler words before."] * 20) + " The new station opens in May. " + "More filler. " * 20,
    )
    response = Client().get("/en/search/", {"q": "stations"})
    html = response.content.decode()
    assert f'<a href="{article.get_absolute_url("en")}">Metro news</a>' in html
    edition = Edition.objects.get(article=article)
    # To the second: a fraction of one is no valid datetime attribute past three digits.
    assert f'datetime="{timezone.localtime(edition.published_at).strftime("%Y-%m-%dT%H:%M:%S%z")}"' in html
    snippet = re.search(r'<p class="article-card__lead search-snippet">(.*?)</p>', html, re.S).group(1)
    assert "The new <mark>station</mark> opens in May." in snippet
    assert snippet.startswith("…") and snippet.endswith("…")


def test_the_matched_words_of_the_title_are_marked():
    make_story("en", title="Budgets and budgeting")
    html = Client().get("/en/search/", {"q": "budget"}).content.decode()
    assert "<mark>Budgets</mark> and <mark>budgeting</mark>" in html


def test_highlighting_escapes_the_text():
    make_story(
        "en",
        title='<script>alert("budget")</script> budget',
        body='Read <b title="budget">the budget</b> & more.',
    )
    html = Client().get("/en/search/", {"q": "budget"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;<mark>budget</mark>&quot;)&lt;/script&gt; <mark>budget</mark>" in html
    assert "&lt;b title=&quot;<mark>budget</mark>&quot;&gt;the <mark>budget</mark>&lt;/b&gt; &amp; more." in html


def test_a_snippet_never_marks_inside_markup():
    query = parse("budget", "en")
    assert highlight.snippet('<a href="budget">budget</a>', query) == (
        "&lt;a href=&quot;<mark>budget</mark>&quot;&gt;<mark>budget</mark>&lt;/a&gt;"
    )
    assert highlight.highlighted("budget & <i>", query) == "<mark>budget</mark> &amp; &lt;i&gt;"


def test_a_snippet_keeps_a_heading_apart_from_the_paragraph_under_it():
    query = parse("library", "en")
    assert highlight.snippet("Opening hours\nThe library opens at nine.\nEntry is free", query) == (
        "Opening hours · The <mark>library</mark> opens at nine. Entry is free"
    )


def test_a_snippet_without_a_match_is_the_start_of_the_text():
    query = parse("missing", "en")
    assert highlight.snippet("One two three", query) == "One two three"
    text = " ".join(f"w{n}" for n in range(100))
    assert highlight.snippet(text, query, size=5) == "w0 w1 w2 w3 w4 …"


def test_the_page_is_not_indexed_and_sets_no_cookie():
    make_story("en", title="Budget")
    response = Client().get("/en/search/", {"q": "budget"})
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "csrftoken" not in response.cookies
    assert "sessionid" not in response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_the_switcher_links_to_the_same_search_in_each_language():
    html = Client().get("/ru/search/", {"q": "бюджет & co"}).content.decode()
    switcher = re.search(r'<nav class="switcher".*?</nav>', html, re.S).group(0)
    for code in LANGUAGES:
        assert f'href="/{code}/search/?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82+%26+co"' in switcher
    assert 'aria-current="page"' in switcher


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reader_page_has_the_search_form(language):
    article = make_article(languages=LANGUAGES)
    for url in (f"/{language}/", article.get_absolute_url(language), f"/{language}/search/"):
        html = Client().get(url).content.decode()
        form = re.search(
            r'<form class="site-search" role="search" action="([^"]+)" method="get">.*?</form>',
            html,
            re.S,
        )
        assert form, url
        assert form.group(1) == f"/{language}/search/"
        assert '<label class="visually-hidden" for="site-search-q">' in form.group(0)
        assert 'id="site-search-q" type="search" name="q"' in form.group(0)


def test_the_form_keeps_the_words_searched():
    html = Client().get("/en/search/", {"q": 'budget "city'}).content.decode()
    assert 'name="q" value="budget &quot;city"' in html


# Pages ------------------------------------------------------------------------------


def test_results_come_page_by_page(settings):
    settings.ARTICLES_PER_PAGE = 3
    now = timezone.now()
    for n in range(7):
        make_story("en", title=f"Election day {n}", at=now - timedelta(minutes=70 - n))
    client = Client()
    first = client.get("/en/search/", {"q": "election"})
    assert found("en", "election") == ["Election day 6", "Election day 5", "Election day 4"]
    html = first.content.decode()
    assert "7 articles found" in html
    assert 'rel="next" href="?q=election&amp;page=2"' in html
    assert found("en", "election", page="2") == ["Election day 3", "Election day 2", "Election day 1"]
    assert found("en", "election", page="3") == ["Election day 0"]
    third = client.get("/en/search/", {"q": "election", "page": "3"}).content.decode()
    assert 'rel="prev" href="?q=election&amp;page=2"' in third
    assert 'rel="next"' not in third


@pytest.mark.parametrize("page", ["4", "0", "abc", "1.5", "-1", "٣", " 2", "99999999999"])
def test_a_bad_or_missing_page_is_a_404(settings, page):
    settings.ARTICLES_PER_PAGE = 3
    for n in range(7):
        make_story("en", title=f"Election day {n}")
    assert Client().get("/en/search/", {"q": "election", "page": page}).status_code == 404


def test_a_search_without_words_shows_the_form_alone():
    make_story("en", title="Budget")
    for q in ("", "   ", "\t"):
        response = Client().get("/en/search/", {"q": q})
        assert response.status_code == 200
        assert found("en", q) == []
    assert Client().get("/en/search/").status_code == 200


# Odd queries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "",
        "   ",
        '"',
        '"""',
        '"unbalanced budget',
        'budget"',
        "OR",
        "OR OR OR",
        "budget OR",
        "OR budget",
        "-",
        "--budget",
        "- budget",
        "*",
        "budget*",
        ":",
        "budget:*",
        "&|!()",
        "budget & | ! ( ) <-> :A",
        "'",
        "budget's",
        "\\",
        "NEAR(budget city)",
        "budget NOT city",
        "^budget",
        "{budget}",
        "a\x01b\x1fc\x7f",
        "budget\x0bcity",
        "\u200b",
        "🙂",
        "x" * MAX_LENGTH,
        # More words than are read: the first ones are.
        " ".join(["budget"] * 30),
        "ﬁnance",
        "İSTANBUL",
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_odd_queries_get_an_answer(language, q):
    make_story(language, title="Budget city İstanbul finance")
    response = Client().get(f"/{language}/search/", {"q": q})
    assert response.status_code == 200


@pytest.mark.parametrize("q", ["x" * (MAX_LENGTH + 1), "budget " * 143, "x" * 1000])
def test_a_query_over_the_limit_is_refused_with_the_form(q):
    response = Client().get("/en/search/", {"q": q})
    assert response.status_code == 400
    html = response.content.decode()
    assert f"at most {MAX_LENGTH} characters" in html
    assert 'type="search" name="q"' in html


def test_a_nul_in_the_query_is_a_400():
    assert Client().get("/en/search/?q=budget%00").status_code == 400


def test_control_characters_are_dropped_as_everywhere_else():
    make_story("en", title="Budget city")
    # cms.text.clean_text: a line break is a space, any other control character goes.
    assert found("en", "bud\x01get") == ["Budget city"]
    assert found("en", "budget\x0bcity") == ["Budget city"]


def test_search_answers_only_reads():
    assert Client().post("/en/search/", {"q": "budget"}).status_code == 405


# Query counts --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("articles", [1, 12])
def test_results_page_query_count_is_constant(django_assert_num_queries, settings, language, articles):
    # A process-local shared cache, whose calls are no queries, as with Redis.
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()  # nothing kept from another test
    for n in range(articles):
        make_story(language, title=f"Budget {n}", body="The budget, again.")
    # 1 the page of matches with their text and their total (the paginator's
    # count), 2 the breaking editions (then kept in the shared cache),
    # 3 exchange rates, 4 weather, 5 the categories (navigation), 6 site
    # settings (footer).
    with django_assert_num_queries(6):
        assert Client().get(f"/{language}/search/", {"q": "budget"}).status_code == 200
    # No words: no search at all. 1 rates, 2 weather, 3 categories, 4 site settings.
    with django_assert_num_queries(4):
        assert Client().get(f"/{language}/search/").status_code == 200


def test_stop_words_are_no_words_to_look_for_on_either_database():
    make_story("en", title="Budget approved", body="Nothing else.")
    make_story("tr", title="Kütüphane açıldı", body="Başka yok.")
    assert found("en", "the budget") == ["Budget approved"]
    assert found("tr", "kütüphane için") == ["Kütüphane açıldı"]
    assert found("en", "the") == []


@pytest.mark.parametrize(("q", "word"), [("x", "Xylophone"), ("ap", "Apple"), ("APP", "Apple")])
def test_a_short_word_marks_the_words_it_starts(q, word):
    make_story("en", title=f"{word} harvest", body=f"One {word.lower()} a day.")
    html = Client().get("/en/search/", {"q": q}).content.decode()
    assert f"<mark>{word}</mark> harvest" in html
    assert f"One <mark>{word.lower()}</mark> a day." in html
