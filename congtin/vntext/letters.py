"""The Vietnamese letters and tones as data: one place for every other module.

A toned vowel is a base vowel (a ă â e ê i o ô ơ u ư y) plus one of six tones.
Tones are numbered in the order Vietnamese dictionaries sort them, so the same
numbers serve collation: 0 ngang, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.
"""

import unicodedata

NGANG, HUYEN, HOI, NGA, SAC, NANG = range(6)

# Combining marks for each tone, indexed by the tone number above.
TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

BASE_VOWELS = "aăâeêioôơuưy"
CONSONANTS = "bcdđghklmnpqrstvx"
# Letters of the Vietnamese alphabet in order; f j w z (loanwords) slot in where
# the Latin alphabet has them so foreign names still sort sensibly.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"


def compose(base: str, tone: int) -> str:
    """Return the precomposed (NFC) letter for a base letter and a tone number."""
    return unicodedata.normalize("NFC", base + TONE_MARKS[tone])


def _build_split() -> dict[str, tuple[str, int]]:
    table = {}
    for base in BASE_VOWELS:
        for tone in range(6):
            for b in (base, base.upper()):
                table[compose(b, tone)] = (b, tone)
    for c in CONSONANTS:
        table[c] = (c, NGANG)
        table[c.upper()] = (c.upper(), NGANG)
    return table


# "ệ" -> ("ê", NANG); "Đ" -> ("Đ", NGANG). Only Vietnamese letters are keys.
SPLIT = _build_split()

LOWER_LETTERS = [compose(b, t) for b in BASE_VOWELS for t in range(6)] + ["đ"]
# Every Vietnamese vowel with every tone plus đ, lower and upper (146 letters).
ALL_TONED = LOWER_LETTERS + [c.upper() for c in LOWER_LETTERS]
