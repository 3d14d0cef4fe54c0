"""Search folding and tone-placement unification.

fold() is what the search index stores and what queries are turned into:
"Công Thương", "CÔNG THƯƠNG", "cong thuong" and the TCVN3 "C«ng Th­¬ng" all
become "cong thuong". It uses str.translate tables so it stays cheap on
100,000 documents.
"""

import re
import unicodedata
from functools import lru_cache

from .letters import SPLIT, compose
from .nfc import nfc
from .normalize import normalize
from .syllable import LONGEST, parse


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for cp in range(0x300, 0x370):  # stray combining marks
        table[cp] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lowercase, without diacritics, đ → d, after normalize(): for search keys.

    "Điện lực" → "dien luc"; hòa/hoà and thúy/thuý fold alike."""
    return normalize(text, multiline=False).lower().translate(_FOLD)


_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _new_style(word: str) -> str:
    syl = parse(word)
    if syl is None or syl.tone_at < 0 or syl.tone_at == syl.new_at:
        return word
    letters = list(word)
    base, tone = SPLIT[letters[syl.tone_at]]
    letters[syl.tone_at] = base
    letters[syl.new_at] = compose(SPLIT[letters[syl.new_at]][0], tone)
    return "".join(letters)


def unify_tone_placement(text: str) -> str:
    """Move tone marks to the new placement (hòa → hoà, thúy → thuý, qủa → quả),
    so one word is always spelled one way. Only valid syllables are touched."""
    text = nfc(text)
    return _WORD.sub(lambda m: m.group() if m.end() - m.start() > LONGEST
                     else _new_style(m.group()), text)
