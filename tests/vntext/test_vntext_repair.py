"""repair_text(): legacy passages inside Unicode text are converted, and
nothing else is touched — measured on real Vietnamese, English, French,
German, code and URLs."""

import re
import unicodedata

import pytest

from congtin.vntext import encode_vn3, encode_vni, is_syllable, normalize, repair_text
from congtin.vntext.legacy import cp1252_view


@pytest.mark.parametrize(
    "pasted, expected",
    [
        ("Së C«ng Th\u00ad¬ng", "Sở Công Thương"),  # TCVN3 through Windows-1252
        ("Sôû Coâng Thöông", "Sở Công Thương"),  # VNI through Windows-1252
        ("Vie^.t Nam", "Việt Nam"),  # VIQR
        ("Vie\u0302\u0323t Nam", "Việt Nam"),  # NFD
        ("t«i lµ ng\u00adêi ViÖt Nam", "tôi là người Việt Nam"),
        ("chaøo caùc baïn", "chào các bạn"),
        ("Sè 467/Q§-SCT ngµy 10 th¸ng 10 n¨m 2011", "Số 467/QĐ-SCT ngày 10 tháng 10 năm 2011"),
        ("§IÒU 1", "ĐIỀU 1"),
        ("Th¬ng m¹i", "Thương mại"),  # the soft hyphen (TCVN3 ư) was lost on the way
        ("Ho^m nay tro+`i dde.p. Ca'c ba.n kho?e kho^ng?", "Hôm nay trời đẹp. Các bạn khỏe không?"),
    ],
)
def test_mis_decoded_text_is_repaired(pasted, expected):
    assert repair_text(pasted).text == expected
    assert normalize(pasted) == expected


def test_repair_reports_what_it_found_and_how_much_changed():
    result = repair_text("Së C«ng Th\u00ad¬ng")
    assert result.found == ["TCVN3"] and result.changed == 4
    assert repair_text("Sở Công Thương").changed == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tiêu đề: Së C«ng Th\u00ad¬ng TP.HCM – Công ty",
            "Tiêu đề: Sở Công Thương TP.HCM – Công ty",
        ),
        ("Kính gửi: Sôû Coâng Thöông, phòng Kế hoạch", "Kính gửi: Sở Công Thương, phòng Kế hoạch"),
        (
            "Địa chỉ: 163 Hai Bà Trưng. Ghi chú: Vie^.t Nam",
            "Địa chỉ: 163 Hai Bà Trưng. Ghi chú: Việt Nam",
        ),
        (
            "Trích yếu: Quy chÕ qu¶n lý th«ng tin (bản cũ)",
            "Trích yếu: Quy chế quản lý thông tin (bản cũ)",
        ),
        # One legacy word alone, proved by a letter no Western word of it uses.
        ("Phßng", "Phòng"),
        ("Gửi Phßng Kế hoạch", "Gửi Phòng Kế hoạch"),
    ],
)
def test_legacy_runs_inside_unicode_text_are_repaired_and_the_rest_kept(text, expected):
    assert repair_text(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "café crème, à la façon",
        "Noël",
        "garçon",
        "Müller Größe für schön",
        "« Bonjour »",
        "Je ne sais pas où il est, où ?",
        "ä, ö, ü",
        "Dài 1½ m, rộng 2½ m",
        "5 µm và 10 µm, 25°C",
        "C++",
        "e.g.",
        "what?",
        "a^b",
        "x = u+1",
        "I'm in. I'm on.",
        "Tôi là người Việt",
        "http://example.com/a.b?c=d",
        "© 2024 Sở Công Thương",
        "Điều 5 § 3",
        "Straße",
        "Fußball ist groß",
        "Ðà Nẵng",
        "Æsop",
    ],
)
def test_text_that_is_not_legacy_is_left_alone(text):
    assert repair_text(text).text == text


def test_no_line_of_the_regulation_is_altered(seed_lines):
    altered = [line for line in seed_lines if repair_text(line).text != line]
    assert altered == []
    assert [line for line in seed_lines if normalize(line) != line] == []
    whole = "\n".join(seed_lines)
    assert repair_text(whole).text == whole and normalize(whole) == whole


@pytest.mark.parametrize("name", ["english.txt", "french.txt", "german.txt", "urls.txt"])
def test_no_line_of_western_text_or_urls_is_altered(corpus, name):
    lines = corpus(name)
    assert [line for line in lines if repair_text(line).text != line] == []
    assert [line for line in lines if normalize(line) != line] == []


def test_source_code_is_not_altered(corpus):
    lines = corpus("code.txt")
    assert [line for line in lines if repair_text(line).text != line] == []
    # normalize() only applies its whitespace rules (runs of spaces inside a line)
    assert all(normalize(line).split() == line.split() for line in lines)


def _explainable_miss(original: str, pasted: str) -> bool:
    """A line may stay unrepaired only if the source itself has a misspelt word
    ("Thuơng") or the pasted form reads as valid Vietnamese too ("CHÚ")."""
    words = re.findall(r"[^\W\d_]+", original)
    typo = any(not w.isascii() and not is_syllable(w) and w.upper() != w for w in words)
    pasted_words = re.findall(r"[^\W\d_]+", pasted)
    ambiguous = all(w.isascii() or is_syllable(w) for w in pasted_words)
    return typo or ambiguous


def _paste(lines, encode):
    for line in lines:
        try:
            yield line, cp1252_view(encode(line))
        except Exception:  # a character the legacy encoding lacks (U+F02D)
            continue


@pytest.mark.parametrize("kind", ["TCVN3 (glibc VN1)", "TCVN3 (.VnTime VN3)", "VNI"])
def test_the_regulation_pasted_from_legacy_documents_is_repaired(seed_lines, iconv, kind):
    lines = [line for line in seed_lines if not line.isascii()]
    if kind == "VNI":
        encode = encode_vni
    elif kind.endswith("VN3)"):
        lines, encode = [line.lower() for line in lines], encode_vn3
    else:

        def encode(line):
            return iconv(line.encode(), "UTF-8", "TCVN5712-1")

    pairs = list(_paste(lines, encode))
    repaired = [orig for orig, pasted in pairs if repair_text(pasted).text == orig]
    misses = [(o, p) for o, p in pairs if repair_text(p).text != o]
    assert all(_explainable_miss(o, p) for o, p in misses), misses
    assert len(repaired) >= 0.95 * len(pairs)


def test_repair_output_is_nfc():
    text = repair_text("Vie\u0302\u0323t Nam va\u0300 Së C«ng Th\u00ad¬ng").text
    assert unicodedata.is_normalized("NFC", text)
