"""normalize(): the one function every text entering congtin passes through.

NFC, legacy passages repaired, invisible characters dropped, whitespace tidied.
Repair runs first because a mis-decoded TCVN3 "ư" *is* a soft hyphen (U+00AD)
and TCVN3 capitals may be C1 control codes: dropping them first would lose
letters. The steps are repeated until nothing changes, so that
normalize(normalize(x)) == normalize(x) holds even when dropping an invisible
character joins two pieces of a legacy word.
"""

import re

from .nfc import nfc
from .repair import repair_text

_INVISIBLE = (
    "\u00ad\u034f\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# A zero-width joiner glues emoji sequences (👩‍💻); anywhere else it is noise.
_LONE_ZWJ = re.compile(
    "(?<![\U0001f000-\U0001faff\u2600-\u27bf\ufe0f])\u200d"
    "|\u200d(?![\U0001f000-\U0001faff\u2600-\u27bf])"
)
_CONTROLS = {c: None for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if c not in (0x09, 0x0A)}
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c]")
# Whitespace as people mean it; not U+0085 or U+001C–U+001F, which Python
# counts as space but which are letters of mis-decoded TCVN3 here.
_WHITESPACE = re.compile(
    "[\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)
_DROPPED = re.compile(f"[{_INVISIBLE}\u200d\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACE_RUN = re.compile("(?<=[^ \n]) {2,}(?=[^ \n])")
_MAX_ROUNDS = 4


def _lines(text: str, multiline: bool) -> str:
    """Fix the line structure first: repair works line by line."""
    if multiline:
        return _NEWLINES.sub("\n", text)
    return _WHITESPACE.sub(" ", text).strip(" ")


def _tidy(text: str, multiline: bool) -> str:
    text = _LONE_ZWJ.sub("", _INVISIBLE_RE.sub("", text)).translate(_CONTROLS)
    text = nfc(text)
    if not multiline:
        return _WHITESPACE.sub(" ", text).strip(" ")
    # Leading indentation is kept: in regulations it carries the structure.
    return _without_trailing_blanks(_SPACE_RUN.sub(" ", text))


def _without_trailing_blanks(text: str) -> str:
    """Spaces and tabs at the end of each line go.

    Line by line, not by a pattern such as "[ \t]+$": a pattern is tried again
    from every character of a run that does not end its line, which is
    quadratic in the run ("x\n" + "\t" * 48_000 + "x" took 11 s)."""
    if not (" \n" in text or "\t\n" in text or text.endswith((" ", "\t"))):
        return text
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))


def normalize(text: str, multiline: bool = True) -> str:
    """Return text as congtin stores it.

    NFC; TCVN3/VNI/VIQR passages converted (conservatively, see repair.py);
    zero-width characters, soft hyphens and control characters dropped. With
    multiline=True newlines (CR LF and CR become LF) and tabs are kept, runs of
    spaces inside a line become one space and trailing spaces go; with
    multiline=False every run of whitespace becomes one space and the ends are
    stripped. Idempotent; valid NFC Vietnamese comes back unchanged apart from
    those whitespace rules.
    """
    text = _lines(text, multiline)
    for _ in range(_MAX_ROUNDS):
        repaired = repair_text(text)
        new = _tidy(repaired.text, multiline)
        # Another round can only find more when this one changed a word or
        # dropped a character (which may join the pieces of a legacy word).
        settled = new == text or not (repaired.changed or _DROPPED.search(text))
        text = new
        if settled:
            break
    return text
