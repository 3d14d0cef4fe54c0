"""vntext on hostile text, before and after issue 20: CPU ms by input size.

One anonymous form field, "x\\n" + "\\t" * 48_000 + "x", took 11 s in
normalize(): the pattern that stripped trailing blanks, "[ \\t]+$" with
re.MULTILINE, is tried again from every character of a run that does not end
its line. The first table gives normalize() that field for several kinds of
whitespace and sizes: "old" is today's normalize() with that pattern put back
(reimplemented below as the reference), "now" is normalize() as it is.

The second table does the same for the other shapes found quadratic or worse
in vntext: a run of combining marks out of canonical order (old: CPython's
unicodedata NFC alone), a long hyphenated token of pasted TCVN3 (old: difflib
over the whole token), a long ASCII word after a VIQR mark (old: the VIQR word
pattern without its start anchor).

CPU time (time.process_time), the best of a few runs for small inputs, so
other load on the machine barely moves it. Old figures stop at --old-max
characters (a 2.4 MB field would take hours); "—" marks what was not run.

Usage: .venv/bin/python bench/vntext_whitespace.py [--old-max 48000] [--max 2400000]
"""

import argparse
import importlib
import platform
import re
import sys
import time
import unicodedata
from contextlib import contextmanager
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from congtin.vntext import normalize, repair  # noqa: E402

# The module (the package's "normalize" is the function of the same name).
_normalize = importlib.import_module("congtin.vntext.normalize")

SIZES = [3_000, 6_000, 12_000, 24_000, 48_000, 200_000, 2_400_000]
KINDS = {
    "space": " ",
    "tab": "\t",
    "no-break space U+00A0": "\u00a0",
    "ideographic space U+3000": "\u3000",
    "CR": "\r",
    "form feed": "\x0c",
    "zero-width space U+200B": "\u200b",
}

# --- the old code, as the reference ------------------------------------------------

_OLD_TRAILING = re.compile("[ \t]+$", re.MULTILINE)
_OLD_NON_ASCII_WORD = re.compile(r"(\S*[^\x00-\x7f\s]\S*)")


def _old_diff_count(old: str, new: str) -> int:
    ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    return sum(max(j2 - j1, 1) for tag, _i1, _i2, j1, j2 in ops if tag != "equal")


def _old_nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@contextmanager
def swapped(*changes):
    """Put (module, name, value) in place for the duration, then restore."""
    saved = [(module, name, getattr(module, name)) for module, name, _value in changes]
    for module, name, value in changes:
        setattr(module, name, value)
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def old_trailing():
    return swapped((_normalize, "_without_trailing_blanks", lambda t: _OLD_TRAILING.sub("", t)))


def old_nfc():
    modules = [m for name, m in sys.modules.items()
               if name.startswith("congtin.vntext.") and name != "congtin.vntext.nfc"
               and hasattr(m, "nfc")]
    return swapped(*[(m, "nfc", _old_nfc) for m in modules])


def old_diff():
    return swapped((repair, "_diff_count", _old_diff_count))


def old_viqr_words():
    return swapped((repair, "_NON_ASCII_WORD", _OLD_NON_ASCII_WORD))


# --- measuring -----------------------------------------------------------------------


def cpu_ms(function, text: str) -> float:
    runs = 3 if len(text) <= 24_000 else 1
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return best * 1000


def fmt(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms:,.0f}" if ms >= 100 else f"{ms:.1f}"


def row(label, sizes, make, old_context, old_max, function=normalize):
    cells = []
    for n in sizes:
        text = make(n)
        old = None
        if n <= old_max:
            with old_context():
                old = cpu_ms(function, text)
        now = cpu_ms(function, text)
        cells.append(f"{fmt(old)} / {fmt(now)}")
    return f"| {label} | " + " | ".join(cells) + " |"


def table(title, rows_spec, sizes, old_max):
    print(f"\n{title}\n")
    print("| input | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for label, make, context, function in rows_spec:
        print(row(label, sizes, make, context, old_max, function), flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old-max", type=int, default=48_000,
                        help="largest input the old code is given (default 48,000)")
    parser.add_argument("--max", type=int, default=2_400_000,
                        help="largest input (default 2,400,000: the body limit)")
    args = parser.parse_args(argv)
    sizes = [n for n in SIZES if n <= args.max]
    print(f"{time.strftime('%d/%m/%Y %H:%M')} · {platform.node()} · "
          f"CPython {platform.python_version()} · CPU ms, old / now")

    table('normalize("x\\n" + run + "x"): the issue\'s field, old pattern / now',
          [(kind, lambda n, ch=ch: "x\n" + ch * n + "x", old_trailing, normalize)
           for kind, ch in KINDS.items()], sizes, args.old_max)

    others = [
        ("combining marks a + (U+0301 U+0323)×n/2", lambda n: "a" + "\u0301\u0323" * (n // 2),
         old_nfc, normalize),
        ("VIQR mark + long ASCII word", lambda n: "a^ " + "x" * n, old_viqr_words, normalize),
    ]
    table("normalize() on other hostile shapes, old / now", others, sizes, args.old_max)
    # difflib over a whole token is worse than quadratic: the old code gets small sizes only.
    tcvn3 = [("TCVN3 token \"C«ng-\"×n/5", lambda n: "C«ng-" * (n // 5), old_diff, normalize)]
    table("normalize() on a long hyphenated TCVN3 token, old / now",
          tcvn3, [400, 800, 1_600, 3_200, *sizes[-2:]], 3_200)


if __name__ == "__main__":
    main()
