"""
The demo's text as native readers read it: each language's punctuation,
numbers kept whole across a line break, and days that agree with the time
load_demo publishes each edition at.
"""

import re
from datetime import datetime

import pytest

from articles.demo_content import ARTICLES, PRESS_CONTACT, RETIRED

LANGUAGES = ["hy", "ru", "en", "tr"]


def texts(data, language):
    """Every text of a demo article in `language`, named by where it is."""
    yield "title", data["title"][language]
    yield "lead", data["lead"][language]
    for name in ("alt", "caption", "credit"):
        yield f"cover {name}", data["cover"][name][language]
    for position, section in enumerate(data["sections"], start=1):
        yield f"section {position} heading", section["heading"][language]
        yield f"section {position} body", section["body"][language]
        for name in ("alt", "caption"):
            if "photo" in section:
                yield f"section {position} photo {name}", section["photo"][name][language]


def every_text(languages=LANGUAGES):
    for data in ARTICLES:
        for language in languages:
            for where, text in texts(data, language):
                yield data["key"], language, where, text


def test_every_demo_article_is_written_in_all_four_languages():
    for data in ARTICLES:
        assert sorted(data["published"]) == sorted(LANGUAGES), data["key"]
        for language in LANGUAGES:
            assert data["title"][language] and data["lead"][language], (data["key"], language)
            assert all(section["body"][language] for section in data["sections"]), (data["key"], language)
    assert sorted(PRESS_CONTACT) == sorted(LANGUAGES)


def test_no_demo_article_is_one_the_demo_has_retired():
    retired = {item["title"] for item in RETIRED}
    assert not [data["key"] for data in ARTICLES if data["title"][data["source"]] in retired]


ARMENIAN_LETTER = "[\u0531-\u0587]"


def test_armenian_ends_sentences_with_its_full_stop_and_opens_lists_with_the_middle_dot():
    # A Latin "." or ":" after an Armenian word: ։ (U+0589) ends a sentence, ․ (U+2024) opens a list.
    wrong = [
        (key, where, match.group())
        for key, _language, where, text in every_text(["hy"])
        for match in re.finditer(f"{ARMENIAN_LETTER}+[.:](?=\\s|$)", text)
    ]
    assert not wrong
    assert not [where for _key, _language, where, text in every_text(["hy"]) if "եւ" in text]


def test_armenian_writes_the_article_n_before_a_vowel():
    # "թիմն առաջին", not "թիմը առաջին". Words that open with ե, ո or և are said with
    # a consonant (ye, vo, yev) and keep ը: "ավտոբուսները երկու".
    wrong = [
        match.group()
        for _key, _language, _where, text in every_text(["hy"])
        for match in re.finditer(f"{ARMENIAN_LETTER}+ը (?:[աէըիօ]|ու){ARMENIAN_LETTER}*", text)
    ]
    assert not wrong


def test_numbers_and_their_units_are_never_split_across_lines():
    # 80 000, 9,4 °C and № 7 with a no-break space (U+00A0), the one the demo uses in every language.
    wrong = [
        (key, language, where, match.group())
        for key, language, where, text in every_text()
        for match in re.finditer(r"\d[ \u202f]\d{3}\b|\d[ \u202f]?°C|№[ \u202f]?\d", text)
    ]
    assert not wrong
    assert any("80\u00a0000" in text for *_rest, text in every_text(["hy", "ru"]))


def test_russian_uses_guillemets_and_spaced_em_dashes():
    wrong = [
        (key, where)
        for key, _language, where, text in every_text(["ru"])
        if re.search('["“”„]| - |\\bее\\b|\\bеще\\b', text)
    ]
    assert not wrong


def test_turkish_calls_a_news_story_haber_and_writes_straight_apostrophes():
    wrong = [(key, where) for key, _language, where, text in every_text(["tr"]) if re.search("makale|’", text, re.I)]
    assert not wrong


# The weekday an edition is published on is "today" to its readers, in every
# language but English, where news style names the day.
WEEKDAYS = {
    "hy": ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ օրը", "կիրակի"],
    "ru": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"],
    "tr": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma(?!rtesi)", "cumartesi", "pazar(?!tesi)"],
}


@pytest.mark.parametrize("language", sorted(WEEKDAYS))
def test_an_edition_says_today_rather_than_the_weekday_it_is_published_on(language):
    wrong = []
    for data in ARTICLES:
        day = datetime.fromisoformat(data["published"][language]).weekday()
        name = re.compile(f"(?<!\\w){WEEKDAYS[language][day]}", re.IGNORECASE)
        wrong += [(data["key"], where) for where, text in texts(data, language) if name.search(text)]
    assert not wrong
