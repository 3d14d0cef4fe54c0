"""VIQR (RFC 1456): Vietnamese in plain ASCII, "Vie^.t Nam" = "Việt Nam".

After a vowel, ^ ( + give â ê ô / ă / ơ ư and ' ` ? ~ . give the tones sắc,
huyền, hỏi, ngã, nặng; "dd" is đ; a backslash makes the next mark literal.
Because the same marks are ordinary punctuation, this module only *reads*
words; repair.py decides, from the evidence, whether a passage is VIQR.
"""

import re
from dataclasses import dataclass

from .letters import HOI, HUYEN, NANG, NGA, SAC, SPLIT, compose
from .nfc import nfc

TONE_OF = {"'": SAC, "`": HUYEN, "?": HOI, "~": NGA, ".": NANG}
MARK_OF = {SAC: "'", HUYEN: "`", HOI: "?", NGA: "~", NANG: "."}
_MODIFIED = {
    ("a", "("): "ă",
    ("a", "^"): "â",
    ("e", "^"): "ê",
    ("o", "^"): "ô",
    ("o", "+"): "ơ",
    ("u", "+"): "ư",
}
_MODIFIER_OF = {v: k for k, v in _MODIFIED.items()}
VOWELS = frozenset("aeiouyAEIOUY")
MARKS = frozenset("^(+'`?~.")
# "." and "?" at the end of a word: RFC 1456 reads a tone (a literal one must
# be escaped), but in the wild "ra." ends a sentence far more often than it is
# "rạ". When guessing, read a tone only if the sentence visibly goes on.
_AMBIGUOUS_AT_END = frozenset(".?")
_GOES_ON = re.compile(r"[,;:]| +[a-z]")


@dataclass
class Word:
    start: int
    end: int
    text: str  # the word as read, in Unicode
    modified: bool  # used ^ ( + or dd: unambiguous VIQR
    inner_tone: bool  # a tone mark followed by more letters ("ca'c")
    marked: bool  # any mark was read


def _vowel(s: str, i: int, w: Word, rfc: bool) -> tuple[str, int]:
    """Read a vowel with its optional modifier and tone, starting at s[i]."""
    letter, i = s[i], i + 1
    if i < len(s) and (letter.lower(), s[i]) in _MODIFIED:
        base = _MODIFIED[(letter.lower(), s[i])]
        letter, i = (base.upper() if letter.isupper() else base), i + 1
        w.modified = w.marked = True
    if i < len(s) and s[i] in TONE_OF:
        at_end = i + 1 >= len(s) or not s[i + 1].isalpha()
        if rfc or not at_end or s[i] not in _AMBIGUOUS_AT_END or _GOES_ON.match(s, i + 1):
            letter = compose(letter, TONE_OF[s[i]])
            w.marked, w.inner_tone = True, w.inner_tone or not at_end
            i += 1
    return letter, i


def read_word(s: str, i: int, rfc: bool = False) -> Word | None:
    """Read the VIQR word starting at s[i] (a letter at a word start).
    rfc=True reads strictly by RFC 1456 (the text is known to be VIQR)."""
    w = Word(i, i, "", False, False, False)
    out = []
    if s[i : i + 2] in ("dd", "DD", "Dd"):
        out.append("Đ" if s[i] == "D" else "đ")
        i += 2
        w.modified = w.marked = True
    while i < len(s) and s[i].isascii() and s[i].isalpha():
        if s[i] in VOWELS:
            letter, i = _vowel(s, i, w, rfc)
        else:
            letter, i = s[i], i + 1
        out.append(letter)
    if i < len(s) and (s[i].isalnum() or s[i] == "_"):
        return None  # glued to digits ("u+1", "o^2"): code, not a word
    w.end, w.text = i, nfc("".join(out))
    return w


def words(s: str, rfc: bool = False):
    """Yield every word of an ASCII passage, read as VIQR."""
    i = 0
    while i < len(s):
        if s[i].isascii() and s[i].isalpha() and (i == 0 or not _glued(s[i - 1])):
            w = read_word(s, i, rfc)
            if w is not None:
                yield w
                i = max(w.end, i + 1)
                continue
        i += 1


def _glued(ch: str) -> bool:
    return ch.isalnum() or ch in "_\\"


def decode_viqr(text: str) -> str:
    """Read text known to be VIQR (strict RFC 1456) into NFC Unicode."""
    out, last = [], 0
    for w in words(text, rfc=True):
        out.append(_unescape(text[last : w.start]))
        out.append(w.text)
        last = w.end
    out.append(_unescape(text[last:]))
    return "".join(out)


def _unescape(between: str) -> str:
    return re.sub(r"\\([\^(+'`?~.])", r"\1", between)


def encode_viqr(text: str) -> str:
    """Encode Unicode text as VIQR (marks after a letter are escaped with \\)."""
    out = []
    for ch in nfc(text):
        out.append(_letter_viqr(ch, out[-1][-1:] if out else ""))
    return "".join(out)


def _letter_viqr(ch: str, prev: str) -> str:
    if ch in "đĐ":
        return "dd" if ch == "đ" else "DD"
    split = SPLIT.get(ch)
    if split is None:
        return "\\" + ch if ch in MARKS and prev.isalpha() else ch
    base, tone = split
    mod = _MODIFIER_OF.get(base.lower())
    if mod:
        base = (mod[0].upper() if base.isupper() else mod[0]) + mod[1]
    return base + MARK_OF.get(tone, "")
