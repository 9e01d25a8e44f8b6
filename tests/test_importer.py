"""The rules that split pasted plain text into a title, a lead and sections (articles/importer.py), one case each."""

from pathlib import Path

import pytest

from articles import importer, markup

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "newsroom-import.md"


def split(text, **options):
    parsed = importer.parse(text, **options)
    return parsed, [(section.level, section.heading, section.paragraphs) for section in parsed.sections]


# Written the way the press office sends it: wrapped at about 60 characters, a blank line between paragraphs.
NIGHT_BUSES = """Night buses return to three routes

From Monday, buses run until two in the morning on routes 1, 3
and 5, the city said on Friday.

Which lines

Lines 1, 3 and 5 run every twenty minutes after eleven.
The stations that will stay open:
• Barekamutyun
• Yeritasardakan

Reactions

Passengers

Students welcomed the change. "Finally," said one of them,
who works late in a café near the station.

Drivers

The drivers' union asked for two more drivers a shift.

What it costs

The city pays 40 million drams a year:

1. 25 million for the drivers;
2. 15 million for fuel.

Contact: press@example.org
Tel.: +374 10 123456
"""


def test_the_first_paragraph_before_any_heading_goes_to_the_lead():
    parsed, sections = split(NIGHT_BUSES)
    assert (
        parsed.lead == "From Monday, buses run until two in the morning on routes 1, 3 and 5, the city said on Friday."
    )
    assert sections[0][1] == "Which lines"


def test_the_lead_option_off_keeps_the_first_paragraph_in_a_section_without_heading():
    parsed, sections = split(NIGHT_BUSES, lead=False)
    assert parsed.lead == ""
    assert sections[0] == (
        2,
        "",
        ["From Monday, buses run until two in the morning on routes 1, 3 and 5, the city said on Friday."],
    )


def test_no_lead_is_taken_when_the_text_starts_with_a_heading():
    parsed, sections = split("Title\n\nFirst heading\n\nA paragraph.\n\nAnother one.\n")
    assert parsed.lead == ""
    assert sections == [(2, "First heading", ["A paragraph.", "Another one."])]


def test_no_lead_is_taken_when_it_would_leave_the_body_empty():
    parsed, sections = split("Title\n\nThe only paragraph.\n")
    assert parsed.lead == ""
    assert sections == [(2, "", ["The only paragraph."])]


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    _parsed, sections = split(NIGHT_BUSES)
    passengers = next(section for section in sections if section[1] == "Passengers")
    assert passengers[2] == [
        'Students welcomed the change. "Finally," said one of them, who works late in a café near the station.'
    ]


def test_a_text_with_no_blank_lines_keeps_one_paragraph_per_line():
    _parsed, sections = split("Title\nThe first line is a sentence.\nThe second line is another.\n", lead=False)
    assert sections == [(2, "", ["The first line is a sentence.", "The second line is another."])]


def test_lines_that_each_end_a_sentence_stay_paragraphs_when_blank_lines_are_only_around_headings():
    text = (
        "Title\n\nA lead of one line.\n\nTickets\n\n"
        "A ride costs 100 drams, as before.\nA month of rides costs 5,000 drams.\n«Cheaper», the mayor said.\n"
    )
    _parsed, sections = split(text)
    assert sections == [
        (
            2,
            "Tickets",
            ["A ride costs 100 drams, as before.", "A month of rides costs 5,000 drams.", "«Cheaper», the mayor said."],
        )
    ]


def test_a_heading_typed_right_above_one_line_paragraphs_stays_a_heading():
    text = "Title\n\nA lead of one line.\n\nTickets\nA ride costs 100 drams.\nA month costs 5,000 drams.\n"
    _parsed, sections = split(text)
    assert sections == [(2, "Tickets", ["A ride costs 100 drams.", "A month costs 5,000 drams."])]


def test_a_heading_typed_right_above_its_wrapped_paragraph_stays_a_heading():
    text = (
        "Title\n\nA lead paragraph.\n\n"
        "Tickets\nA ride costs 100 drams, as before, and a month\nof rides costs 5,000 drams.\n"
    )
    _parsed, sections = split(text)
    assert sections == [(2, "Tickets", ["A ride costs 100 drams, as before, and a month of rides costs 5,000 drams."])]


def test_numbered_lists_stay_numbered_lists_and_render_as_ordered_lists():
    _parsed, sections = split(NIGHT_BUSES)
    costs = next(section for section in sections if section[1] == "What it costs")
    assert "1. 25 million for the drivers;\n2. 15 million for fuel." in costs[2]
    html = markup.render("\n\n".join(costs[2]))
    assert "<ol>\n<li>25 million for the drivers;</li>\n<li>15 million for fuel.</li>\n</ol>" in html
    assert "1\\." not in "".join(costs[2])


def test_numbered_items_with_a_parenthesis_and_wrapped_items_make_one_list():
    text = "Title\n\nThe steps:\n\n1) Fill in the form that the\n   office sends by mail.\n2) Pay the fee.\n"
    _parsed, sections = split(text, lead=False)
    assert sections == [(2, "", ["The steps:", "1. Fill in the form that the office sends by mail.\n2. Pay the fee."])]
    assert markup.render(sections[0][2][1]).startswith("<ol>")


def test_a_year_at_the_start_of_a_line_is_no_list():
    _parsed, sections = split("Title\n\n2024. The year the line opened.\n\nA second paragraph.\n", lead=False)
    assert sections[0][2][0] == "2024\\. The year the line opened."


def test_bullet_lists_stay_lists():
    _parsed, sections = split(NIGHT_BUSES)
    lines = next(section for section in sections if section[1] == "Which lines")
    assert lines[2] == [
        "Lines 1, 3 and 5 run every twenty minutes after eleven.",
        "The stations that will stay open:",
        "- Barekamutyun\n- Yeritasardakan",
    ]
    assert "<ul>" in markup.render("\n\n".join(lines[2]))


@pytest.mark.parametrize(
    "line", ["Contact: press@example.org", "Tel.: +374 10 123456", "Հեռ.: 010 123456", "Телефон: +374 10 123456"]
)
def test_a_label_value_line_is_not_a_heading(line):
    _parsed, sections = split(f"Title\n\nA paragraph.\n\n{line}\n", lead=False)
    assert [heading for _level, heading, _paragraphs in sections] == [""]
    assert sections[0][2][-1] == line


def test_label_value_lines_stay_one_a_line_in_a_wrapped_text():
    _parsed, sections = split(NIGHT_BUSES)
    assert sections[-1][2][-2:] == ["Contact: press@example.org", "Tel.: +374 10 123456"]


def test_a_parent_keeps_its_two_subheadings_and_the_next_longer_heading_is_a_heading_again():
    _parsed, sections = split(NIGHT_BUSES)
    assert [(level, heading) for level, heading, _paragraphs in sections] == [
        (2, "Which lines"),
        (2, "Reactions"),
        (3, "Passengers"),
        (3, "Drivers"),
        (2, "What it costs"),
    ]


def test_a_heading_after_a_plain_section_is_never_a_subheading():
    text = "Title\n\nA lead.\n\nFirst\n\nSome text.\n\nSecond\n\nMore text.\n"
    _parsed, sections = split(text)
    assert [(level, heading) for level, heading, _paragraphs in sections] == [(2, "First"), (2, "Second")]


def test_the_next_parent_closes_a_group():
    text = "Title\n\nA lead.\n\nReactions\n\nPassengers\n\nText.\n\nMoney\n\nBudget\n\nText.\n\nTaxes\n\nText.\n"
    _parsed, sections = split(text)
    assert [(level, heading) for level, heading, _paragraphs in sections] == [
        (2, "Reactions"),
        (3, "Passengers"),
        (2, "Money"),
        (3, "Budget"),
        (3, "Taxes"),
    ]


ARMENIAN = """Գիշերային տրամվայները վերադառնում են

Երկուշաբթիից տրամվայները կաշխատեն մինչև գիշերվա ժամը երկուսը։

Արձագանքներ

Ուղևորներ

Ուսանողները ողջունեցին որոշումը՝ «վերջապես»։

Վարորդներ

Արհմիությունը խնդրեց ևս երկու վարորդ։

Ինչ արժե դա քաղաքին

Քաղաքը տարեկան կվճարի 40 միլիոն դրամ։
"""

RUSSIAN = """Ночные трамваи возвращаются

С понедельника трамваи ходят до двух часов ночи, сообщила
мэрия в пятницу.

Реакция

Пассажиры

Студенты встретили новость словами «наконец-то».

Водители

Профсоюз попросил ещё двух водителей в смену.

Сколько это стоит городу

Город заплатит 40 млн драмов в год:
• 25 млн — водителям;
• 15 млн — за энергию.
"""

TURKISH = """Gece tramvayları geri dönüyor

Pazartesiden itibaren tramvaylar gece ikiye kadar çalışacak.

Tepkiler

Yolcular

Öğrenciler karara «nihayet» diyerek sevindi.

Sürücüler

Sendika vardiya başına iki sürücü daha istedi.

Bunun şehre maliyeti nedir

Şehir yılda 40 milyon dram ödeyecek:

1. Sürücülere 25 milyon;
2. Enerjiye 15 milyon.
"""


@pytest.mark.parametrize("text", [ARMENIAN, RUSSIAN, TURKISH], ids=["hy", "ru", "tr"])
def test_armenian_russian_and_turkish_texts_split_the_same_way(text):
    parsed, sections = split(text)
    assert parsed.lead
    assert [level for level, _heading, _paragraphs in sections] == [2, 3, 3, 2]
    assert all(paragraphs for level, _heading, paragraphs in sections if level == 3)


def test_an_armenian_sentence_ending_with_the_full_stop_is_no_heading():
    parsed, sections = split(ARMENIAN)
    assert parsed.lead == "Երկուշաբթիից տրամվայները կաշխատեն մինչև գիշերվա ժամը երկուսը։"
    assert sections[1][2] == ["Ուսանողները ողջունեցին որոշումը՝ «վերջապես»։"]


def test_russian_wrapped_lead_and_bullets_under_a_colon():
    parsed, sections = split(RUSSIAN)
    assert parsed.lead == "С понедельника трамваи ходят до двух часов ночи, сообщила мэрия в пятницу."
    assert sections[-1] == (
        2,
        "Сколько это стоит городу",
        ["Город заплатит 40 млн драмов в год:", "- 25 млн — водителям;\n- 15 млн — за энергию."],
    )


def test_turkish_numbered_list_under_a_colon():
    _parsed, sections = split(TURKISH)
    assert sections[-1][2] == [
        "Şehir yılda 40 milyon dram ödeyecek:",
        "1. Sürücülere 25 milyon;\n2. Enerjiye 15 milyon.",
    ]


def test_the_guides_example_splits_as_the_guide_says():
    example = GUIDE.read_text(encoding="utf-8").split("Example:\n\n```\n")[1].split("```")[0]
    parsed, sections = split(example)
    assert parsed.title == "Night buses return to three routes"
    assert parsed.lead.startswith("From Monday, buses run until two in the morning on routes 1, 3 and 5, the city")
    assert sections == [
        (2, "Reactions", []),
        (3, "Passengers", ["Students welcomed the change."]),
        (3, "Drivers", ["The union asked for two more drivers a shift."]),
        (
            2,
            "What it costs",
            [
                "The city pays 40 million drams a year:",
                "1. 25 million for the drivers;\n2. 15 million for fuel.",
                "Contact: press@example.org",
            ],
        ),
    ]
