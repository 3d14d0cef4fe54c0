#!/usr/bin/env python
"""Vietnamese coverage of the Wagtail admin interface.

Reads every msgid of Wagtail's and wagtail-localize's source (``en``)
catalogues -- ``django`` and ``djangojs`` domains, every app that ships a
``locale`` directory -- and counts how many have a non-empty Vietnamese
translation:

(a) in the stock ``vi`` catalogues shipped with the packages, and
(b) with congtin's own catalogues (``congtin/locale``, loaded through
    Django's ``LOCALE_PATHS``, which take precedence) layered on top.

Needs neither Django settings nor third-party packages: the .po files are
read with the small parser below (multi-line strings, msgctxt, plurals,
fuzzy and obsolete entries are handled).

Usage::

    .venv/bin/python scripts/i18n_coverage.py            # table + totals
    .venv/bin/python scripts/i18n_coverage.py --missing  # + untranslated msgids
"""

from __future__ import annotations

import argparse
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
CONGTIN_LOCALE = BASE_DIR / "congtin" / "locale"
DOMAINS = ("django", "djangojs")
PACKAGES = ("wagtail", "wagtail_localize")
LANG = "vi"
SOURCE_LANG = "en"


# --------------------------------------------------------------------------
# .po parsing
# --------------------------------------------------------------------------

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unquote(text: str) -> str:
    """Decode one C-style quoted .po string literal (``"..."``)."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"not a quoted string: {text!r}")
    body = text[1:-1]
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


@dataclass
class POEntry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    references: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # "#." extracted comments
    obsolete: bool = False

    @property
    def key(self) -> tuple[str | None, str]:
        """Identity of the entry inside one catalogue: (msgctxt, msgid)."""
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translations(self) -> list[str]:
        if self.msgid_plural is not None:
            return [self.msgstr_plural[i] for i in sorted(self.msgstr_plural)]
        return [self.msgstr]

    @property
    def translated(self) -> bool:
        """True when the entry would end up in a compiled .mo with text."""
        if self.obsolete or self.fuzzy or self.msgid == "":
            return False
        strings = self.translations
        return bool(strings) and all(s != "" for s in strings)


def parse_po(path: Path | str) -> list[POEntry]:
    """Parse a .po file into entries (the header entry included)."""
    entries: list[POEntry] = []
    entry = POEntry()
    current: tuple[str, int | None] | None = None  # field being continued
    seen_keyword = False

    def finish():
        nonlocal entry, current, seen_keyword
        if seen_keyword:
            entries.append(entry)
        entry = POEntry()
        current = None
        seen_keyword = False

    def store(name: str, index: int | None, value: str, append: bool):
        if name == "msgstr" and index is not None:
            entry.msgstr_plural[index] = (entry.msgstr_plural.get(index, "") if append else "") + value
        else:
            setattr(entry, name, ((getattr(entry, name) or "") if append else "") + value)

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            stripped = line.strip()
            if not stripped:
                finish()
                continue
            obsolete = False
            if stripped.startswith("#~"):
                obsolete = True
                stripped = stripped[2:].strip()
                if not stripped:
                    continue
                if stripped.startswith("#"):  # e.g. "#~| msgid ..." previous strings
                    continue
            elif stripped.startswith("#"):
                if seen_keyword:  # comment after strings: a new entry starts
                    finish()
                if stripped.startswith("#,"):
                    entry.flags.update(f.strip() for f in stripped[2:].split(",") if f.strip())
                elif stripped.startswith("#:"):
                    entry.references.extend(stripped[2:].split())
                elif stripped.startswith("#."):
                    entry.comments.append(stripped[2:].strip())
                continue
            if obsolete:
                entry.obsolete = True
            if stripped.startswith('"'):
                if current is None:
                    raise ValueError(f"{path}: continuation line without keyword: {line!r}")
                store(current[0], current[1], _unquote(stripped), append=True)
                continue
            keyword, _, rest = stripped.partition(" ")
            if keyword in ("msgctxt", "msgid") and seen_keyword and current and current[0] == "msgstr":
                finish()  # entries not separated by a blank line
                if obsolete:
                    entry.obsolete = True
            if keyword.startswith("msgstr[") and keyword.endswith("]"):
                name, index = "msgstr", int(keyword[7:-1])
            elif keyword in ("msgctxt", "msgid", "msgid_plural", "msgstr"):
                name, index = keyword, None
            else:
                raise ValueError(f"{path}: unexpected line: {line!r}")
            seen_keyword = True
            current = (name, index)
            store(name, index, _unquote(rest), append=False)
    finish()
    return entries


def translated_map(path: Path | str) -> dict[tuple[str | None, str], POEntry]:
    """(msgctxt, msgid) -> entry, for the translated entries of a .po file."""
    if not Path(path).exists():
        return {}
    return {e.key: e for e in parse_po(path) if e.translated}


# --------------------------------------------------------------------------
# Catalogue discovery
# --------------------------------------------------------------------------


def site_packages() -> Path:
    """The site-packages directory holding wagtail (the project's venv)."""
    candidates = [BASE_DIR / ".venv" / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"]
    candidates += sorted((BASE_DIR / ".venv" / "lib").glob("python*/site-packages"))
    candidates.append(Path(sysconfig.get_paths()["purelib"]))
    for candidate in candidates:
        if (candidate / "wagtail").is_dir():
            return candidate
    raise SystemExit("cannot find an installed wagtail package")


@dataclass
class Catalogue:
    app: str  # e.g. "wagtail.admin", "wagtail_localize"
    domain: str  # "django" or "djangojs"
    source: Path  # en .po
    stock: Path  # vi .po shipped with the package (may not exist)

    @property
    def label(self) -> str:
        return self.app if self.domain == "django" else f"{self.app} (js)"


def find_catalogues(root: Path | None = None) -> list[Catalogue]:
    root = root or site_packages()
    catalogues = []
    for package in PACKAGES:
        for source in sorted((root / package).glob(f"**/locale/{SOURCE_LANG}/LC_MESSAGES/*.po")):
            domain = source.stem
            if domain not in DOMAINS:
                continue
            app_dir = source.parents[3]  # <app>/locale/en/LC_MESSAGES/x.po
            app = ".".join(app_dir.relative_to(root).parts)
            stock = app_dir / "locale" / LANG / "LC_MESSAGES" / source.name
            catalogues.append(Catalogue(app, domain, source, stock))
    return catalogues


def source_entries(catalogue: Catalogue) -> list[POEntry]:
    """The msgids to translate: every non-obsolete, non-header entry."""
    return [e for e in parse_po(catalogue.source) if not e.obsolete and e.msgid != ""]


def congtin_po(domain: str, locale_dir: Path = CONGTIN_LOCALE) -> Path:
    return locale_dir / LANG / "LC_MESSAGES" / f"{domain}.po"


# --------------------------------------------------------------------------
# Coverage
# --------------------------------------------------------------------------


@dataclass
class Row:
    label: str
    total: int
    stock: int
    layered: int
    missing: list[POEntry]


def coverage(root: Path | None = None, locale_dir: Path = CONGTIN_LOCALE) -> list[Row]:
    """Per catalogue: total msgids, translated in stock vi, translated with congtin on top.

    The stock figure counts the app's own vi catalogue (what the app ships);
    the layered figure adds congtin's catalogue for the same gettext domain,
    which Django consults first.
    """
    ours = {domain: translated_map(congtin_po(domain, locale_dir)) for domain in DOMAINS}
    rows = []
    for catalogue in find_catalogues(root):
        stock = translated_map(catalogue.stock)
        entries = source_entries(catalogue)
        n_stock = sum(1 for e in entries if e.key in stock)
        missing = [e for e in entries if e.key not in stock and e.key not in ours[catalogue.domain]]
        rows.append(Row(catalogue.label, len(entries), n_stock, len(entries) - len(missing), missing))
    return rows


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f} %" if whole else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--missing", action="store_true", help="list the msgids still untranslated")
    args = parser.parse_args(argv)

    rows = coverage()
    width = max(len(r.label) for r in rows + [Row("TOTAL", 0, 0, 0, [])])
    print(f"{'catalogue':<{width}}  {'msgids':>6}  {'stock vi':>16}  {'with congtin':>16}")
    print("-" * (width + 44))
    for r in rows:
        print(
            f"{r.label:<{width}}  {r.total:>6}  {r.stock:>6} ({_pct(r.stock, r.total):>7})"
            f"  {r.layered:>6} ({_pct(r.layered, r.total):>7})"
        )
    total = sum(r.total for r in rows)
    stock = sum(r.stock for r in rows)
    layered = sum(r.layered for r in rows)
    print("-" * (width + 44))
    print(
        f"{'TOTAL':<{width}}  {total:>6}  {stock:>6} ({_pct(stock, total):>7})"
        f"  {layered:>6} ({_pct(layered, total):>7})"
    )
    print()
    print(f"stock: {stock} / {total} ({_pct(stock, total)}), with congtin: {layered} / {total} ({_pct(layered, total)})")
    if args.missing:
        for r in rows:
            for e in r.missing:
                ctxt = f" [{e.msgctxt}]" if e.msgctxt else ""
                print(f"{r.label}{ctxt}: {e.msgid!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
