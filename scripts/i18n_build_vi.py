#!/usr/bin/env python
"""Regenerate congtin's Vietnamese catalogues for the Wagtail admin.

The translations live in ``congtin/locale/vi/LC_MESSAGES/{django,djangojs}.po``
(edit them there, with any .po editor or by hand). This script keeps those
files in step with the installed Wagtail / wagtail-localize versions, the way
``msgmerge`` would, and recompiles the ``.mo`` files:

* every msgid of the packages' source (``en``) catalogues gets an entry, in
  catalogue order, with the source references (``#:``), translator comments
  (``#.``) and format flags (``#, python-format``) copied over, so that
  ``msgfmt --check`` verifies the placeholders;
* existing translations are kept; msgids that disappeared from the packages
  are kept too (they may be the project's own strings), after the others;
* ``--merge FILE.json`` adds/overrides translations from a JSON file of the
  form ``{"django": {"msgid": "msgstr", ...}, "djangojs": {...}}`` (for a
  plural entry the value is msgstr[0]: Vietnamese has a single plural form);
* each .po is compiled with ``msgfmt --check -o X.mo X.po``.

Usage::

    .venv/bin/python scripts/i18n_build_vi.py [--merge new.json] [--no-compile]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_coverage import (  # noqa: E402
    CONGTIN_LOCALE,
    DOMAINS,
    POEntry,
    congtin_po,
    find_catalogues,
    parse_po,
    site_packages,
)

MAX_REFERENCES = 4

# Plural entries whose English plural form carries an argument that makes no
# sense in Vietnamese's single form. msgfmt --check would require it in
# msgstr[0], so the python-format flag is dropped for them (the placeholder
# test still checks that msgstr[0] uses only arguments the code provides).
UNCHECKED_FORMAT = {
    # Only rendered when the page has no descendants, so the plural's
    # "%(descendant_count)s more child pages" would always read "0".
    "Deleting this page will also delete %(translation_count)s translation of this page.",
}

HEADER = """\
# Vietnamese translations of the Wagtail and wagtail-localize admin
# interface for the congtin portal.
#
# Loaded through settings.LOCALE_PATHS, which takes precedence over the
# catalogues shipped with the packages. Regenerate / recompile with
# scripts/i18n_build_vi.py; check with scripts/i18n_coverage.py and
# tests/test_admin_vietnamese.py.
#
# Terminology: page = trang, draft = bản nháp, publish = xuất bản,
# revision = phiên bản, workflow = quy trình duyệt, task = bước,
# snippet = mục dùng chung, collection = bộ sưu tập, locale = ngôn ngữ.
msgid ""
msgstr ""
"Project-Id-Version: congtin\\n"
"Report-Msgid-Bugs-To: \\n"
"PO-Revision-Date: 2025-01-01 00:00+0700\\n"
"Last-Translator: congtin <congtin@localhost>\\n"
"Language-Team: Vietnamese\\n"
"Language: vi\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"
"""


def _quote(text: str) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
    return '"' + text.replace("\n", "\\n") + '"'


def _field(keyword: str, text: str) -> str:
    """Format one field; strings containing newlines are split after each one."""
    if "\n" not in text.rstrip("\n"):
        return f"{keyword} {_quote(text)}\n"
    parts = text.splitlines(keepends=True)
    return f'{keyword} ""\n' + "".join(_quote(p) + "\n" for p in parts)


def format_entry(entry: POEntry) -> str:
    out = []
    out += [f"#. {c}\n" for c in entry.comments]
    refs = entry.references[:MAX_REFERENCES]
    if refs:
        out.append("#: " + " ".join(refs) + "\n")
    flags = sorted(f for f in entry.flags if f != "fuzzy")
    if entry.msgid in UNCHECKED_FORMAT:
        flags = [f for f in flags if f != "python-format"]
    if flags:
        out.append("#, " + ", ".join(flags) + "\n")
    if entry.msgctxt is not None:
        out.append(_field("msgctxt", entry.msgctxt))
    out.append(_field("msgid", entry.msgid))
    if entry.msgid_plural is not None:
        out.append(_field("msgid_plural", entry.msgid_plural))
        out.append(_field("msgstr[0]", entry.msgstr_plural.get(0, "")))
    else:
        out.append(_field("msgstr", entry.msgstr))
    return "".join(out)


def collect_sources(root: Path) -> dict[str, list[POEntry]]:
    """One entry per (msgctxt, msgid) and domain, references prefixed by app path."""
    result: dict[str, dict] = {d: {} for d in DOMAINS}
    for catalogue in find_catalogues(root):
        app_path = catalogue.app.replace(".", "/")
        for e in parse_po(catalogue.source):
            if e.obsolete or e.msgid == "":
                continue
            seen = result[catalogue.domain]
            if e.key not in seen:
                seen[e.key] = POEntry(
                    msgid=e.msgid,
                    msgid_plural=e.msgid_plural,
                    msgctxt=e.msgctxt,
                    flags={f for f in e.flags if f != "fuzzy"},
                    comments=list(e.comments),
                )
            target = seen[e.key]
            target.references += [f"{app_path}/{r}" for r in e.references]
            target.flags |= {f for f in e.flags if f != "fuzzy"}
            if target.msgid_plural is None and e.msgid_plural is not None:
                target.msgid_plural = e.msgid_plural
    return {d: list(v.values()) for d, v in result.items()}


def build(domain: str, sources: list[POEntry], merge: dict[str, str], locale_dir: Path) -> tuple[Path, int, int]:
    po_path = congtin_po(domain, locale_dir)
    existing = {e.key: e for e in parse_po(po_path) if e.msgid != "" and not e.obsolete} if po_path.exists() else {}

    def translation_for(entry: POEntry) -> str:
        if entry.msgctxt is None and entry.msgid in merge:
            return merge[entry.msgid]
        old = existing.get(entry.key)
        if old is None:
            return ""
        return old.msgstr_plural.get(0, "") if old.msgid_plural is not None else old.msgstr

    chunks = [HEADER]
    translated = 0
    source_keys = set()
    for src in sources:
        source_keys.add(src.key)
        text = unicodedata.normalize("NFC", translation_for(src))
        if src.msgid_plural is not None:
            src.msgstr_plural = {0: text}
        else:
            src.msgstr = text
        translated += bool(text)
        chunks.append(format_entry(src))
    extra = [e for k, e in existing.items() if k not in source_keys]
    if extra:
        chunks.append("# Entries not found in the installed packages' catalogues (project strings).\n" + format_entry(extra[0]))
        chunks += [format_entry(e) for e in extra[1:]]
    po_path.parent.mkdir(parents=True, exist_ok=True)
    po_path.write_text("\n".join(chunks), encoding="utf-8")
    return po_path, translated, len(sources)


def compile_mo(po_path: Path) -> Path:
    mo_path = po_path.with_suffix(".mo")
    subprocess.run(["msgfmt", "--check", "-o", str(mo_path), str(po_path)], check=True)
    return mo_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--merge", type=Path, help="JSON file of new translations per domain")
    parser.add_argument("--no-compile", action="store_true", help="do not run msgfmt")
    args = parser.parse_args(argv)

    merge = json.loads(args.merge.read_text(encoding="utf-8")) if args.merge else {}
    sources = collect_sources(site_packages())
    for domain in DOMAINS:
        po_path, done, total = build(domain, sources[domain], merge.get(domain, {}), CONGTIN_LOCALE)
        print(f"{po_path.relative_to(CONGTIN_LOCALE.parent.parent)}: {done}/{total} translated")
        if not args.no_compile:
            compile_mo(po_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
