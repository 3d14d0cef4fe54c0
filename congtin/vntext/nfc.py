"""NFC in time linear in the length of the text, whatever the text.

unicodedata.normalize() puts each run of combining marks in canonical order
with an insertion sort: "a" followed by 100,000 marks in falling class order
("\u0301\u0323" repeated) takes minutes. No real text has such a run; a hostile
form field does. Runs longer than the Stream-Safe limit (UAX #15: 30
non-starters) are therefore decomposed and stably sorted here first, which is
exactly what canonical ordering does, so the result is identical to NFC.
Shorter runs and ordinary text go straight to unicodedata.
"""

import re
import unicodedata

# UAX #15, Stream-Safe Text Format: no real text needs more non-starters in a row.
STREAM_SAFE_RUN = 30


def _non_starter_class() -> str:
    """A regex class of the characters that belong to a run of non-starters
    once decomposed: every character with a combining class, and the three
    Tibetan vowel signs of class 0 that decompose into two of them."""
    points = [cp for cp in range(0x300, 0x20000) if unicodedata.combining(chr(cp))]
    points += [0x0F73, 0x0F75, 0x0F81]
    points.sort()
    ranges, start, prev = [], points[0], points[0]
    for cp in points[1:]:
        if cp != prev + 1:
            ranges.append((start, prev))
            start = cp
        prev = cp
    ranges.append((start, prev))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


_LONG_RUN = re.compile(f"[{_non_starter_class()}]{{{STREAM_SAFE_RUN + 1},}}")


def _in_canonical_order(match: re.Match) -> str:
    marks = "".join(unicodedata.normalize("NFD", ch) for ch in match.group())
    return "".join(sorted(marks, key=unicodedata.combining))  # stable, as UAX #15 orders


def nfc(text: str) -> str:
    """unicodedata.normalize("NFC", text), in linear time."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _LONG_RUN.sub(_in_canonical_order, text))
