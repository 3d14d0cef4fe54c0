"""Vietnamese alphabetical order.

Letters follow the Vietnamese alphabet, a ă â b c d đ e ê g h i k l m n o ô ơ p
q r s t u ư v x y (f j w z slot in as in Latin). Tones only break ties, in the
order ngang, huyền, hỏi, ngã, sắc, nặng; case breaks the remaining ties. So
"an" < "àn" < "ăn" and every word starting with "a" comes before "ă".
Numbers sort by value ("Điều 2" before "Điều 10").
"""

import re
import unicodedata
from functools import lru_cache

from .letters import ALPHABET, SPLIT
from .nfc import nfc

_SPACE, _PUNCT, _DIGIT, _LETTER, _OTHER = 0x20, 0x40, 0x80, 0x100, 0x800
_NUMBER = re.compile("([0-9]+)")
_RANK = {ch: i for i, ch in enumerate(ALPHABET)}


@lru_cache(maxsize=4096)
def _weights(ch: str) -> tuple[str, str, str]:
    """(primary, tone, case) weights of one character."""
    lower = ch.lower()
    base, tone = SPLIT.get(lower, (lower, 0))
    if base not in _RANK:  # a foreign letter: é → e, ç → c, ö → o
        decomposed = unicodedata.normalize("NFD", lower)
        if decomposed[0] in _RANK:
            base = decomposed[0]
    case = "1" if ch != lower else "0"
    if base in _RANK:
        return chr(_LETTER + _RANK[base]), str(tone), case
    if ch.isspace():
        return chr(_SPACE), "", ""
    if ch.isalpha():
        return chr(_OTHER) + ch, "", case
    return chr(_PUNCT), "", ""


def sort_key(text: str) -> tuple[str, str, str, str]:
    """Key for sorted(): Vietnamese alphabet first, then tones, then case."""
    text = nfc(text).strip()
    primary, tones, cases = [], [], []
    for k, part in enumerate(_NUMBER.split(text)):
        if k % 2:  # a number: its length first, so that 2 < 10
            digits = part.lstrip("0") or "0"
            primary.append(chr(_DIGIT + min(len(digits), 0x7F)) + digits)
            continue
        for ch in part:
            p, t, c = _weights(ch)
            primary.append(p)
            tones.append(t)
            cases.append(c)
    return "".join(primary), "".join(tones), "".join(cases), text


def name_sort_key(full_name: str) -> tuple:
    """Key for people's names, Vietnamese style: by the given name (the last
    word), then by the rest as written — "Nguyễn Văn An" sorts under "An"."""
    words = full_name.split()
    if not words:
        return sort_key(""), sort_key("")
    return sort_key(words[-1]), sort_key(" ".join(words[:-1]))
