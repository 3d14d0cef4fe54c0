"""Repair legacy-encoded passages inside otherwise Unicode text.

Text pasted from a .VnTime or VNI document arrives mis-decoded through
Windows-1252 ("Së C«ng Th\u00ad¬ng", "Sôû Coâng Thöông"); text from old mail or
forums may be VIQR ("Vie^.t Nam"). Every French, German or English word is
also made of such characters, so the rule is: convert only when the evidence
is strong, judged one *run* at a time (consecutive words that could all be
legacy; a word with a real Vietnamese letter such as ư or ạ ends a run):

* a word counts FOR an encoding when its own reading is not Vietnamese and the
  converted one is a valid syllable; strongly when it could not be anything
  else (a symbol inside a word, "C«ng"; a VNI vowel modifier, "Coâng");
* a word counts AGAINST when neither reading is Vietnamese ("café" → "cafộ");
* a run converts with at least one strong word (or three plain ones) and twice
  as much evidence for as against. Words that read well both ways ("tôi" is
  also TCVN3 for "tụi") change only when converted words surround them, or
  when nothing else in the line is certainly Unicode.

VIQR is judged the same way on ASCII stretches: a modifier (^ ( + dd) that
yields a valid syllable, or two words with a tone mark inside ("ca'c"), and
three words in four reading as Vietnamese.
"""

import re
import string
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache, wraps

from . import viqr
from .legacy import TCVN3_VIEW, VNI_MARKED_RE, tcvn3_from_view, vni_from_view
from .letters import SPLIT
from .nfc import nfc
from .syllable import is_syllable

TCVN3, VNI, VIQR, NFD = "TCVN3", "VNI", "VIQR", "NFD"


@dataclass
class RepairResult:
    """The repaired text, how many characters changed, and what was found."""

    text: str
    changed: int = 0
    found: list[str] = field(default_factory=list)


_WS = "[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_TOKENS = re.compile(f"({_WS}+)")
_CP1252_PUNCT = "€‚„…†‡‰‹›‘’“”•–—˜™ˆ"
_EDGE = frozenset(string.punctuation)
# Characters a mis-decoded legacy byte can turn into: ASCII, Latin-1, and the
# Windows-1252 extras. A word with anything else is genuine Unicode.
_OUTSIDE_REPERTOIRE = re.compile(
    "[^\x00-\xff" + re.escape("".join(chr(c) for c in TCVN3_VIEW if c > 0xFF)) + "]"
)
_SUSPECT = re.compile("[^\x09\x0a\x0d\x20-\x7e]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_HORN_O = re.compile("(?<=[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX])([ơờởỡớợƠỜỞỠỚỢ])")
_CLUSTER = re.compile("[^\u0300-\u036f][\u0300-\u036f]+")
# A word with a non-ASCII letter; it starts after a space or at the start, so
# that a long ASCII word is scanned once, not once from each of its letters.
_NON_ASCII_WORD = re.compile(r"(?<!\S)(\S*[^\x00-\x7f\s]\S*)")
_VIQR_HINT = re.compile(r"[aeiouyAEIOUY][\^(+'`?~.]|dd|DD")


# Words up to this length are remembered (real words are short); a longer,
# possibly hostile, token is worked out again rather than kept in memory.
_CACHED_LENGTH = 40


def _cached_for_words(fn):
    cached = lru_cache(maxsize=65536)(fn)

    @wraps(fn)
    def call(core: str, *args):
        return cached(core, *args) if len(core) <= _CACHED_LENGTH else fn(core, *args)

    return call


def _split_edges(token: str) -> tuple[str, str, str]:
    i, j = 0, len(token)
    while i < j and token[i] in _EDGE:
        i += 1
    while j > i and token[j - 1] in _EDGE:
        j -= 1
    return token[:i], token[i:j], token[j:]


def _reads_as_vietnamese(text: str) -> bool:
    """Every non-ASCII piece is a Vietnamese syllable, none glued to a digit."""
    for ch in text:
        if ch < " " or (not ch.isascii() and ch not in SPLIT):
            return False
    found = False
    for m in _LETTER_RUN.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        if not _word_ok(word) or _touches_digit(text, m.start(), m.end()):
            return False
        found = True
    return found


def _word_ok(word: str) -> bool:
    # Abbreviations such as QĐ, NĐ, HĐND are everyday words in official text.
    return is_syllable(word) or (
        word.isupper() and len(word) <= 6 and word.replace("Đ", "").isascii()
    )


def _touches_digit(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


@_cached_for_words
def _odd_as_written(core: str) -> bool:
    """The word as it stands is not Vietnamese (nor an ASCII word)."""
    if any(not ch.isascii() and not ch.isalpha() for ch in core):
        return True
    return any(not w.isascii() and not is_syllable(w) for w in _LETTER_RUN.findall(core))


def _case_break(core: str) -> bool:
    """A capital inside a lowercase word ("nhËt"): TCVN3 read as Windows-1252."""
    return any(
        not w.isascii() and not (w.islower() or w.isupper() or w.istitle())
        for w in _LETTER_RUN.findall(core)
    )


def _symbol_inside_word(core: str) -> bool:
    """A symbol next to a letter ("C«ng", "¸p"): mis-decoded, not typography."""
    for i, ch in enumerate(core):
        if not ch.isascii() and not ch.isalpha():
            near = [c.isalpha() for c in core[max(0, i - 1) : i] + core[i + 1 : i + 2]]
            # A soft hyphen (TCVN3's ư) at a word's edge proves little: "c\u00ad".
            if (len(near) == 2 and all(near)) or (any(near) and ch != "\u00ad"):
                return True
    return False


def _tcvn3_variants(conv: str, core: str):
    yield conv
    # Some editors drop U+00AD, which is also TCVN3's "ư": Th¬ng = Thương.
    yield _HORN_O.sub(lambda m: ("Ư" if m.group().isupper() else "ư") + m.group(), conv, 1)
    letters = [c for c in core if c.isascii() and c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        # .VnTimeH shows the lowercase codes as capitals: "CHÕ" is "CHẾ".
        yield conv.upper()


def _convert(core: str, encoding: str) -> str:
    if encoding == TCVN3:
        conv = tcvn3_from_view(core)
        for fixed in _tcvn3_variants(conv, core):
            if _reads_as_vietnamese(fixed):
                return fixed
        return conv
    return nfc(vni_from_view(core))


@_cached_for_words
def _assess(core: str, encoding: str) -> tuple[int | None, str]:
    """Weight of the evidence one word gives for an encoding, and its conversion.

    2 or 1: for (strong, plain); 0: reads well both ways; -1: against;
    None: no bearing (nothing to convert, or the word is fine and the
    conversion is not).
    """
    conv = _convert(core, encoding)
    if conv == core:
        return None, core
    good, odd = _reads_as_vietnamese(conv), _odd_as_written(core)
    if good and odd and len(core) > 1:
        return (2 if _strong(core, encoding) else 1), conv
    if good:
        return 0, conv  # one letter alone ("ä") proves nothing either way
    return (-1 if odd else None), core


def _assess_core(core: str, encoding: str) -> tuple[int | None, str]:
    if not _SUSPECT.search(core):
        return None, core
    inner = core.strip(_CP1252_PUNCT)
    if not inner:
        return None, core  # a lone dash or quote is punctuation in any encoding
    weight, conv = _assess(core, encoding)
    if inner == core or (weight is not None and weight > 0):
        return weight, conv
    # Curly quotes and dashes around a word are usually just that; inside a
    # word the same bytes are TCVN3 (VN1) capitals: "V€" = "VÀ".
    inner_weight, inner_conv = _assess(inner, encoding)
    if inner_weight is None:
        return weight, conv
    i = core.index(inner)
    return inner_weight, core[:i] + inner_conv + core[i + len(inner) :]


# Latin-1 letters that TCVN3 bytes show as but that French, English, Spanish or
# Portuguese words never use (µ and º are left out: units and ordinals), and
# German only in words that cannot convert to a syllable ("Straße" → "Straòe"):
# one of them is strong evidence alone, so a lone "Phßng" (Phòng) is repaired.
_RARE_IN_WESTERN_WORDS = frozenset("ßÞþÐðƒŠšŽžŸÆæÿ")


def _strong(core: str, encoding: str) -> bool:
    if len(core) < 2:
        return False
    if encoding == TCVN3:
        return (_symbol_inside_word(core) or _case_break(core)
                or not _RARE_IN_WESTERN_WORDS.isdisjoint(core))
    return VNI_MARKED_RE.search(core) is not None


def _is_candidate(token: str) -> bool:
    return _OUTSIDE_REPERTOIRE.search(token) is None


# Words are compared with difflib up to this length; its cost grows with the
# square (or worse) of a word's length, and a hyphenated token can be long.
_DIFF_EXACT = 64
# ASCII that no conversion changes: spaces, digits and punctuation.
_KEPT_ASCII = re.compile("([\x20-\x40\x5b-\x60\x7b-\x7e]+)")


def _diff_count(old: str, new: str) -> int:
    """How many characters of `new` differ from `old` (at least one per change),
    in time linear in their length: a long token is compared piece by piece
    between the ASCII punctuation that conversion keeps in place."""
    if old == new:
        return 0
    if len(old) <= _DIFF_EXACT and len(new) <= _DIFF_EXACT:
        ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        return sum(max(j2 - j1, 1) for tag, _i1, _i2, j1, j2 in ops if tag != "equal")
    old_parts, new_parts = _KEPT_ASCII.split(old), _KEPT_ASCII.split(new)
    if len(old_parts) == 1 or old_parts[1::2] != new_parts[1::2]:
        return _rough_diff_count(old, new)
    return sum(_diff_count(a, b) if len(a) <= _DIFF_EXACT and len(b) <= _DIFF_EXACT
               else _rough_diff_count(a, b)
               for a, b in zip(old_parts[::2], new_parts[::2], strict=True))


def _rough_diff_count(old: str, new: str) -> int:
    """Everything between the common prefix and the common suffix."""
    if old == new:
        return 0
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return max(len(new) - prefix - suffix, 1)


def _plan(tokens: list[str], encoding: str, whole_line: bool):
    """Assess a run for one encoding: (accepted?, evidence, new tokens).

    Words that read well both ways convert when converted words surround
    them, or anywhere when the run is the whole line (nothing in the line is
    certainly Unicode)."""
    cores = [_split_edges(t) for t in tokens]
    assessed = [_assess_core(core, encoding) for _lead, core, _trail in cores]
    weights = [w for w, _ in assessed]
    positive = [i for i, w in enumerate(weights) if w and w > 0]
    score = sum(weights[i] for i in positive)
    against = weights.count(-1)
    strong = 2 in weights
    accepted = score >= 2 and (strong or len(positive) >= 3) and score >= 2 * against
    new = list(tokens)
    if accepted:
        for i, (w, conv) in enumerate(assessed):
            inside = whole_line or positive[0] < i < positive[-1]
            if (w and w > 0) or (w == 0 and inside):
                lead, _core, trail = cores[i]
                new[i] = lead + conv + trail
    return accepted, score, new


def _repair_run(tokens: list[str], result: RepairResult, whole_line: bool) -> list[str]:
    # Evidence for any encoding needs a word that is odd as written; most runs
    # of real Vietnamese ("Công", "là", "có") have none, so stop early.
    if not any(_SUSPECT.search(t) and _odd_as_written(_split_edges(t)[1]) for t in tokens):
        return tokens
    best = None
    for encoding in (TCVN3, VNI):
        accepted, score, new = _plan(tokens, encoding, whole_line)
        if accepted and (best is None or score > best[0]):
            best = (score, encoding, new)
    if best is None:
        return tokens
    _score, encoding, new = best
    result.changed += sum(_diff_count(a, b) for a, b in zip(tokens, new, strict=True) if a != b)
    if encoding not in result.found:
        result.found.append(encoding)
    return new


def _repair_line_legacy(line: str, result: RepairResult) -> str:
    parts = _TOKENS.split(line)  # even indexes: words; odd: whitespace
    runs, run, whole = [], [], True
    for k in range(0, len(parts), 2):
        part = parts[k]
        if _SUSPECT.search(part) and _is_candidate(part):
            run.append(k)
        elif part.isascii():
            if run:
                run.append(k)
        else:  # a genuine Unicode word ends the run
            whole = False
            runs.append(run)
            run = []
    runs.append(run)
    for run in runs:
        if run:
            _flush(parts, run, result, whole)
    return "".join(parts)


def _flush(parts: list[str], run: list[int], result: RepairResult, whole: bool) -> None:
    new = _repair_run([parts[k] for k in run], result, whole)
    for k, token in zip(run, new, strict=True):
        parts[k] = token


def _repair_viqr_segment(seg: str, result: RepairResult) -> str:
    if not _VIQR_HINT.search(seg):
        return seg
    words = list(viqr.words(seg))
    if not any(w.marked for w in words):
        return seg
    valid = [is_syllable(w.text) for w in words]
    strong = sum(1 for w, ok in zip(words, valid, strict=True) if ok and w.modified)
    medium = sum(
        1
        for w, ok in zip(words, valid, strict=True)
        if ok and w.inner_tone and not w.modified and len(w.text) >= 3
    )
    if not (strong >= 1 or medium >= 2) or sum(valid) < 0.75 * len(words):
        return seg
    out, last = [], 0
    for w, ok in zip(words, valid, strict=True):
        if w.marked and ok:
            out.append(seg[last : w.start])
            out.append(w.text)
            result.changed += _diff_count(seg[w.start : w.end], w.text)
            last = w.end
    out.append(seg[last:])
    if VIQR not in result.found:
        result.found.append(VIQR)
    return "".join(out)


def _repair_line_viqr(line: str, result: RepairResult) -> str:
    # Only ASCII stretches can be VIQR; a word with any other character ends one.
    pieces = _NON_ASCII_WORD.split(line)
    for k in range(0, len(pieces), 2):
        pieces[k] = _repair_viqr_segment(pieces[k], result)
    return "".join(pieces)


def _compose(text: str, result: RepairResult) -> str:
    composed = nfc(text)
    if composed == text:
        return text
    result.changed += sum(1 for m in _CLUSTER.finditer(text) if nfc(m.group()) != m.group())
    result.found.append(NFD)
    return composed


def repair_text(text: str) -> RepairResult:
    """Compose to NFC and convert TCVN3, VNI and VIQR passages to Unicode.

    Conservative: text that is valid Unicode Vietnamese, English, French,
    German, code or URLs comes back unchanged (see the module docstring).
    """
    result = RepairResult(text)
    text = _compose(text, result)
    if _SUSPECT.search(text):
        text = "\n".join(_repair_line_legacy(line, result) for line in text.split("\n"))
    if _VIQR_HINT.search(text):
        text = "\n".join(_repair_line_viqr(line, result) for line in text.split("\n"))
    result.text = text
    return result
