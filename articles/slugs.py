"""
Readable addresses: an article's slug in ASCII, whatever the script of its title.

Armenian is written in Latin letters by BGN/PCGN (tetrak-translit's
`bgn_pcgn`: Yerevan, Gyumri), Russian by the Wikipedia scheme (iuliia's
`WIKIPEDIA`: Shchyolkovo, Yury), and the Turkish letters lose their marks
(ı is i, ş is s). Each script is recognised by its letters, not by the
edition's language, so a Russian name in an English title is transliterated
too. Every letter of the slug is ASCII: a shared link carries no
percent-encoded letters, six characters apiece.
"""

import re

import iuliia
import tetrak_translit
from django.utils.text import slugify

# Short enough to read in a shared link, long enough for most titles.
SLUG_LENGTH = 80
# Taken when a title has no letter or digit that a slug could keep.
FALLBACK = "article"

ARMENIAN = re.compile(r"[\u0531-\u0587\ufb13-\ufb17]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Many Armenian texts spell the ligature և as two letters, եւ; reformed
# spelling has ւ nowhere else than in ու, so եւ is always և, said ev (Yerevan, not Yerewan).
ARMENIAN_EV = str.maketrans({"ւ": "վ", "Ւ": "Վ"})
ARMENIAN_EW = re.compile(r"[եԵ][ւՒ]")
# BGN/PCGN writes a word-initial ո as vo, except in ով and ովքեր (who): ov, ovk'er.
ARMENIAN_WHO = re.compile(r"(?<![\w])([Ոո])(վ(?:քեր)?)(?![\w])")
# Turkish letters that Unicode's decomposition does not take to a Latin
# letter (ı has no base letter) or takes to two (İ is I and a dot above).
TURKISH = str.maketrans({"ı": "i", "İ": "i", "ğ": "g", "Ğ": "g", "ş": "s", "Ş": "s", "ç": "c", "Ç": "c"})


def ascii_text(text: str) -> str:
    """`text` with its Armenian and Cyrillic letters written in Latin letters, and Turkish letters folded."""
    if ARMENIAN.search(text):
        text = ARMENIAN_EW.sub(lambda match: match.group(0).translate(ARMENIAN_EV), text)
        text = ARMENIAN_WHO.sub(lambda match: ("Օ" if match.group(1) == "Ո" else "օ") + match.group(2), text)
        text = tetrak_translit.transliterate(text, "bgn_pcgn")
    if CYRILLIC.search(text):
        text = iuliia.WIKIPEDIA.translate(text)
    return text.translate(TURKISH)


def slug_from_title(title: str) -> str:
    """An ASCII slug of `title`, of at most SLUG_LENGTH characters, cut between words."""
    slug = slugify(ascii_text(title))
    if len(slug) > SLUG_LENGTH:
        cut = slug[: SLUG_LENGTH + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:SLUG_LENGTH]
    return slug.strip("-") or FALLBACK


def is_ascii_slug(slug: str) -> bool:
    """Whether `slug` is already one that slug_from_title could make (ASCII, at most SLUG_LENGTH)."""
    return slug.isascii() and slug == slugify(slug) and len(slug) <= SLUG_LENGTH
