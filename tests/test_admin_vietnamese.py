"""The Wagtail admin is fully usable in Vietnamese.

congtin ships its own Vietnamese catalogues in ``congtin/locale`` (loaded
through ``LOCALE_PATHS``, ahead of the apps' catalogues). These tests check,
without Django settings or a database:

1. every msgid an editor meets (the listed admin template areas, images,
   documents, snippets, the JavaScript catalogues, wagtail-localize, and in
   fact every msgid of every Wagtail/wagtail-localize catalogue) has a
   Vietnamese translation once congtin's catalogue is layered on the stock one;
2. the committed ``.mo`` files agree with the ``.po`` sources (a stale ``.mo``
   fails);
3. every translation keeps the placeholders, HTML tags and leading/trailing
   whitespace of its msgid; strings are NFC with the old-style tone placement
   ("hòa, hóa, khóa, thủy") and the key terms are translated consistently.

Run: ``.venv/bin/python -m pytest tests/test_admin_vietnamese.py -q``
"""

from __future__ import annotations

import gettext
import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("congtin_i18n_coverage", BASE_DIR / "scripts" / "i18n_coverage.py")
cov = sys.modules.setdefault(_spec.name, importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(cov)


# --------------------------------------------------------------------------
# Catalogue helpers
# --------------------------------------------------------------------------


@cache
def catalogues():
    return tuple(cov.find_catalogues())


@cache
def congtin_entries(domain: str):
    """Translated entries of congtin's .po, keyed by (msgctxt, msgid)."""
    return cov.translated_map(cov.congtin_po(domain))


@cache
def stock_entries(app: str, domain: str):
    for catalogue in catalogues():
        if catalogue.app == app and catalogue.domain == domain:
            return cov.translated_map(catalogue.stock)
    return {}


@cache
def source_entries(app: str, domain: str):
    for catalogue in catalogues():
        if catalogue.app == app and catalogue.domain == domain:
            return tuple(cov.source_entries(catalogue))
    raise LookupError(f"no {domain} catalogue for {app}")


@cache
def source_flags(domain: str) -> dict:
    """(msgctxt, msgid) -> union of the format flags given by the source catalogues."""
    flags: dict = {}
    for catalogue in catalogues():
        if catalogue.domain == domain:
            for e in cov.source_entries(catalogue):
                flags.setdefault(e.key, set()).update(e.flags)
    return flags


def layered_translation(app: str, domain: str, entry) -> list[str] | None:
    """What Django serves for this msgid: congtin's catalogue first, then the app's own."""
    for table in (congtin_entries(domain), stock_entries(app, domain)):
        found = table.get(entry.key)
        if found is not None:
            return found.translations
    return None


# --------------------------------------------------------------------------
# 1. Coverage
# --------------------------------------------------------------------------

ADMIN_TEMPLATE_AREAS = ("home", "pages", "workflows", "shared", "generic", "account", "chooser")

# (area id, app, domain, reference prefixes -- None means the whole catalogue)
AREAS = [
    *[
        (f"admin-{area}", "wagtail.admin", "django", (f"templates/wagtailadmin/{area}/",))
        for area in ADMIN_TEMPLATE_AREAS
    ],
    (
        "admin-login-and-base",
        "wagtail.admin",
        "django",
        ("templates/wagtailadmin/login.html", "templates/wagtailadmin/base.html", "templates/wagtailadmin/skeleton.html"),
    ),
    ("admin-reports", "wagtail.admin", "django", ("templates/wagtailadmin/reports/", "views/reports/")),
    ("admin-panels-and-notifications", "wagtail.admin", "django", ("templates/wagtailadmin/panels/", "templates/wagtailadmin/notifications/")),
    ("admin-menus-actions-hooks", "wagtail.admin", "django", ("wagtail_hooks.py", "action_menu.py", "templatetags/", "ui/", "views/pages/", "views/account.py")),
    ("images-templates", "wagtail.images", "django", ("templates/",)),
    ("documents-templates", "wagtail.documents", "django", ("templates/",)),
    ("snippets-templates", "wagtail.snippets", "django", ("templates/",)),
    ("admin-js", "wagtail.admin", "djangojs", None),
    ("localize", "wagtail_localize", "django", None),
    ("localize-js", "wagtail_localize", "djangojs", None),
    ("table-block", "wagtail.contrib.table_block", "django", None),
    ("settings", "wagtail.contrib.settings", "django", None),
    ("users", "wagtail.users", "django", None),
    ("core", "wagtail", "django", None),
]


def area_entries(app, domain, prefixes):
    entries = source_entries(app, domain)
    if prefixes is None:
        return list(entries)
    return [e for e in entries if any(ref.startswith(prefixes) for ref in e.references)]


def _describe(entries) -> str:
    return "\n".join(f"  {e.msgid!r}  ({', '.join(e.references[:2])})" for e in entries[:25])


@pytest.mark.parametrize("area, app, domain, prefixes", AREAS, ids=[a[0] for a in AREAS])
def test_editor_area_fully_translated(area, app, domain, prefixes):
    entries = area_entries(app, domain, prefixes)
    # Guard against a vacuous pass if Wagtail moves its templates around.
    assert len(entries) >= 5, f"{area}: only {len(entries)} msgids found for {prefixes}"
    missing = [e for e in entries if not layered_translation(app, domain, e)]
    assert not missing, f"{area}: {len(missing)} of {len(entries)} msgids lack a Vietnamese translation:\n{_describe(missing)}"


def test_every_wagtail_msgid_translated():
    rows = cov.coverage()
    total = sum(r.total for r in rows)
    missing = [(r.label, e) for r in rows for e in r.missing]
    assert total > 2000, f"only {total} msgids found: are the packages installed?"
    assert not missing, f"{len(missing)} of {total} msgids untranslated:\n" + "\n".join(
        f"  {label}: {e.msgid!r}" for label, e in missing[:25]
    )


def test_stock_coverage_is_what_we_replace():
    """Sanity check of the coverage tool: stock Wagtail is far from complete."""
    rows = cov.coverage()
    stock = sum(r.stock for r in rows)
    total = sum(r.total for r in rows)
    assert 0 < stock < total


# --------------------------------------------------------------------------
# 2. The compiled .mo files match the .po sources
# --------------------------------------------------------------------------


@pytest.mark.parametrize("domain", cov.DOMAINS)
def test_mo_matches_po(domain):
    po_path = cov.congtin_po(domain)
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} missing: run scripts/i18n_build_vi.py (msgfmt --check -o X.mo X.po)"
    with open(mo_path, "rb") as fh:
        mo = gettext.GNUTranslations(fh)
    assert mo.info().get("plural-forms", "").replace(" ", "") == "nplurals=1;plural=0;"

    expected = {}
    for entry in congtin_entries(domain).values():
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural is not None:
            for index, text in entry.msgstr_plural.items():
                expected[(key, index)] = text
        else:
            expected[key] = entry.msgstr
    catalog = {k: v for k, v in mo._catalog.items() if k != ""}

    stale = sorted(str(k) for k in expected if catalog.get(k) != expected[k])
    assert not stale, f"{mo_path.name} is stale ({len(stale)} entries differ from the .po), recompile it: {stale[:10]}"
    extra = sorted(str(k) for k in catalog if k not in expected)
    assert not extra, f"{mo_path.name} has entries that are not (or no longer) in the .po: {extra[:10]}"


# --------------------------------------------------------------------------
# 3. Placeholders, markup, whitespace, style
# --------------------------------------------------------------------------

PY_FORMAT = re.compile(r"%(?:\((?P<name>[^)]+)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])")
PY_NAMED = re.compile(r"%\((?P<name>[^)]+)\)[#0 +-]*\d*(?:\.\d+)?(?P<conv>[diouxXeEfFgGcrsa])")
BRACE = re.compile(r"\{[A-Za-z0-9_]*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def python_placeholders(text: str, python_format: bool) -> Counter:
    """Multiset of Python %-placeholders; positional ones keep their order via index."""
    found = Counter()
    if python_format:
        position = 0
        for m in PY_FORMAT.finditer(text):
            if m["conv"] == "%":
                continue
            if m["name"]:
                found[("named", m["name"], m["conv"])] += 1
            else:
                found[("positional", position, m["conv"])] += 1
                position += 1
    else:
        for m in PY_NAMED.finditer(text):
            found[("named", m["name"], m["conv"])] += 1
    return found


def markers(text: str, python_format: bool) -> dict[str, Counter]:
    return {
        "python-format": python_placeholders(text, python_format),
        "braces": Counter(BRACE.findall(text)),
        "html": Counter(HTML_TAG.findall(text)),
    }


def all_translated():
    for domain in cov.DOMAINS:
        for entry in congtin_entries(domain).values():
            yield domain, entry


def _placeholder_problems(domain, entry) -> list[str]:
    flags = source_flags(domain).get(entry.key, entry.flags)
    python_format = "python-format" in flags
    problems = []
    if entry.msgid_plural is None:
        want = markers(entry.msgid, python_format)
        got = markers(entry.msgstr, python_format)
        for kind in want:
            if want[kind] != got[kind]:
                problems.append(f"{kind}: msgid has {sorted(want[kind].elements())}, msgstr has {sorted(got[kind].elements())}")
        return problems
    # Vietnamese has one plural form, so msgstr[0] renders every count: it may
    # use only the arguments the code provides (those of msgid or msgid_plural)
    # and must keep those common to both; markup follows the plural form.
    singular = markers(entry.msgid, python_format)
    plural = markers(entry.msgid_plural, python_format)
    for index, text in entry.msgstr_plural.items():
        got = markers(text, python_format)
        for kind in ("python-format", "braces"):
            allowed = set(singular[kind]) | set(plural[kind])
            required = set(singular[kind]) & set(plural[kind])
            have = set(got[kind])
            if not (required <= have <= allowed):
                problems.append(f"msgstr[{index}] {kind}: has {sorted(have)}, needs {sorted(required)}, allowed {sorted(allowed)}")
        if got["html"] != plural["html"]:
            problems.append(f"msgstr[{index}] html: msgid_plural has {sorted(plural['html'].elements())}, msgstr has {sorted(got['html'].elements())}")
    return problems


def test_placeholders_and_markup_preserved():
    problems = []
    for domain, entry in all_translated():
        for problem in _placeholder_problems(domain, entry):
            problems.append(f"[{domain}] {entry.msgid!r}: {problem}")
    assert not problems, f"{len(problems)} translations break placeholders/markup:\n" + "\n".join(problems[:30])


def test_whitespace_edges_preserved():
    """A trailing space matters where the string is concatenated (e.g. "Publish in " + locale)."""
    problems = []
    for domain, entry in all_translated():
        source = entry.msgid_plural or entry.msgid
        for text in entry.translations:
            for label, want, got in (
                ("leading", source[:1].isspace(), text[:1].isspace()),
                ("trailing", source[-1:].isspace(), text[-1:].isspace()),
                ("leading newline", source.startswith("\n"), text.startswith("\n")),
                ("trailing newline", source.endswith("\n"), text.endswith("\n")),
            ):
                if want != got:
                    problems.append(f"[{domain}] {entry.msgid!r} -> {text!r}: {label} whitespace differs")
    assert not problems, "\n".join(problems[:30])


# Tone mark on the second vowel of an open "oa/oe/uy" syllable is the new
# style ("hoá", "khoá", "thuỷ"); the government norm used here is "hóa, khóa, thủy".
NEW_STYLE_TONE = re.compile(r"(?i)(?<!q)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)")


def test_unicode_normalisation_and_tone_style():
    problems = []
    for _domain, entry in all_translated():
        for text in entry.translations:
            if unicodedata.normalize("NFC", text) != text:
                problems.append(f"not NFC: {text!r}")
            match = NEW_STYLE_TONE.search(text)
            if match:
                problems.append(f"new-style tone mark {match.group(0)!r} in {text!r}")
    assert not problems, "\n".join(problems[:30])


GLOSSARY = {
    "django": {
        "Publish": "Xuất bản",
        "Unpublish": "Ngừng xuất bản",
        "Save draft": "Lưu bản nháp",
        "Submit for moderation": "Gửi duyệt",
        "Preview": "Xem trước",
        "Approve": "Duyệt",
        "Approve with comment": "Duyệt kèm ý kiến",
        "Request changes": "Trả lại yêu cầu sửa",
        "Workflow": "Quy trình duyệt",
        "Snippets": "Mục dùng chung",
        "Collection": "Bộ sưu tập",
        "Images": "Hình ảnh",
        "Documents": "Tài liệu",
        "Settings": "Cài đặt",
        "Locale": "Ngôn ngữ",
        "Translations": "Bản dịch",
        "Users": "Người dùng",
        "Groups": "Nhóm",
        "Privacy": "Quyền xem",
        "Locked": "Bị khóa",
        "Dashboard": "Bảng điều khiển",
        "Search": "Tìm kiếm",
        "Save": "Lưu",
        "Cancel": "Hủy",
        "Delete": "Xóa",
        "Edit": "Sửa",
        "Add": "Thêm",
        "History": "Lịch sử",
        "Comments": "Bình luận",
        "Owner": "Người tạo",
        "Draft": "Bản nháp",
        "Live": "Đang hiển thị",
        "Sync translated pages": "Đồng bộ các trang đã dịch",
    },
    "djangojs": {
        "Add": "Thêm",
        "Move up": "Chuyển lên",
        "Move down": "Chuyển xuống",
        "Duplicate": "Nhân bản",
        "Delete": "Xóa",
        "Translate": "Dịch",
    },
}


@pytest.mark.parametrize("domain", cov.DOMAINS)
def test_glossary_terms(domain):
    table = congtin_entries(domain)
    wrong = {}
    for msgid, expected in GLOSSARY[domain].items():
        entry = table.get((None, msgid))
        got = entry.translations[0] if entry else None
        if got != expected:
            wrong[msgid] = (expected, got)
    assert not wrong, f"terminology drift: {wrong}"


def test_terminology_avoids_stock_wording():
    """Words from the stock catalogue that the glossary replaced must not creep back in."""
    replaced = {
        "Phê chuẩn": "Duyệt",
        "Luồng công việc": "Quy trình duyệt",
        "Thu hồi xuất bản": "Ngừng xuất bản",
        "Yêu cầu xem xét": "Gửi duyệt",
        "Vùng miền": "Ngôn ngữ",
        "Trang tổng quan": "Bảng điều khiển",
        "file đính kèm": "nội dung nhúng",
    }
    hits = [
        f"{text!r} uses {old!r} (use {new!r})"
        for _, entry in all_translated()
        for text in entry.translations
        for old, new in replaced.items()
        if old.lower() in text.lower()
    ]
    assert not hits, "\n".join(hits[:30])
