"""
Original demo articles for `load_demo`, written for this project in four
languages: one module per article, each written in every language as that
language's journalists would write it (see docs/demo.md).
"""

from __future__ import annotations

from . import (
    autumn_jazz,
    gyumri_library,
    heating_season,
    night_bus,
    sevan_water,
    vanadzor_robotics,
    vayots_dzor_harvest,
)

PRESS_CONTACT = {
    "hy": "Մամուլի քարտուղար՝ Սիրանուշ Մելքոնյան, press@example.am, +374 10 00 00 00",
    "ru": "Пресс-секретарь: Сирануш Мелконян, press@example.am, +374 10 00 00 00",
    "en": "Press secretary: Siranush Melkonyan, press@example.am, +374 10 00 00 00",
    "tr": "Basın sözcüsü: Siranuş Melkonyan, press@example.am, +374 10 00 00 00",
}

# The demo's categories, in the order the navigation lists them; their slugs come from the names.
CATEGORIES = [
    {"key": "politics", "name": {"hy": "Քաղաքականություն", "ru": "Политика", "en": "Politics", "tr": "Siyaset"}},
    {"key": "economy", "name": {"hy": "Տնտեսություն", "ru": "Экономика", "en": "Economy", "tr": "Ekonomi"}},
    {"key": "society", "name": {"hy": "Հասարակություն", "ru": "Общество", "en": "Society", "tr": "Toplum"}},
    {"key": "culture", "name": {"hy": "Մշակույթ", "ru": "Культура", "en": "Culture", "tr": "Kültür"}},
    {"key": "sport", "name": {"hy": "Սպորտ", "ru": "Спорт", "en": "Sport", "tr": "Spor"}},
    {"key": "world", "name": {"hy": "Աշխարհ", "ru": "В мире", "en": "World", "tr": "Dünya"}},
]

# Each demo article's category, by their keys: several share one, so that related articles show.
ARTICLE_CATEGORIES = {
    "yerevan-night-bus": "society",
    "gyumri-library-reopens": "culture",
    "sevan-water-level": "society",
    "vayots-dzor-grape-harvest": "economy",
    "vanadzor-school-robotics": "society",
    "yerevan-heating-season": "economy",
    "yerevan-autumn-jazz": "culture",
}

# Pinned on top of the front page of each of its languages, for a day from when it is loaded.
PINNED = "yerevan-heating-season"

ARTICLES = [
    night_bus.ARTICLE,
    gyumri_library.ARTICLE,
    sevan_water.ARTICLE,
    vayots_dzor_harvest.ARTICLE,
    vanadzor_robotics.ARTICLE,
    heating_season.ARTICLE,
    autumn_jazz.ARTICLE,
]

# Demo articles an earlier demo loaded and this one does not, by their title
# in their source language: load_demo deletes them where nobody has edited
# them. The night-tram story went when the demo learnt that Yerevan has run
# no trams since 2004 (its place is taken by the night bus).
RETIRED = [
    {"source": "hy", "title": "Գիշերային տրամվայը կկապի Շենգավիթը քաղաքի կենտրոնին"},
]

# The demo's contributors: the press secretary (the `press` login of load_demo)
# and two correspondents and a guest writer without an account, each name as
# readers of that language write it.
CONTRIBUTORS = {
    "press": {
        "user": "press",
        "name": {"hy": "Սիրանուշ Մելքոնյան", "ru": "Сирануш Мелконян", "en": "Siranush Melkonyan", "tr": "Siranuş Melkonyan"},
    },
    "lilit": {
        "name": {"hy": "Լիլիթ Ավետիսյան", "ru": "Лилит Аветисян", "en": "Lilit Avetisyan", "tr": "Lilit Avetisyan"},
    },
    "davit": {
        "name": {"hy": "Դավիթ Հակոբյան", "ru": "Давид Акопян", "en": "Davit Hakobyan", "tr": "Davit Hakobyan"},
    },
    "mariam": {
        "name": {"hy": "Մարիամ Գրիգորյան", "ru": "Мариам Григорян", "en": "Mariam Grigoryan", "tr": "Mariam Grigoryan"},
    },
}

# Each demo article's byline, in order, by the keys above.
BYLINES = {
    "yerevan-night-bus": ["davit"],
    "gyumri-library-reopens": ["lilit"],
    "sevan-water-level": ["lilit", "davit"],
    "vayots-dzor-grape-harvest": ["davit"],
    "vanadzor-school-robotics": ["press", "lilit"],
    "yerevan-heating-season": ["press"],
    "yerevan-autumn-jazz": ["mariam"],
}
