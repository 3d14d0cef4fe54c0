"""Legacy encodings against the reference: glibc iconv for TCVN5712-1 and
CP1258, the published tables for VNI-Windows and TCVN3 VN3, RFC 1456 for VIQR.
Every Vietnamese letter with every tone, capitals included, goes round trip."""

import unicodedata

import pytest

from congtin.vntext import (
    decode_bytes,
    decode_tcvn3,
    decode_viqr,
    decode_vni,
    encode_viqr,
    encode_vn3,
    encode_vni,
    is_syllable,
    repair_text,
)
from congtin.vntext.legacy import TCVN3_VN1_TABLE
from congtin.vntext.letters import ALL_TONED, SPLIT

LETTERS = ALL_TONED  # 12 vowels x 6 tones + đ, lower and upper case: 146
TEXT = " ".join(LETTERS)
LOWER = " ".join(c for c in LETTERS if c.islower())


def test_the_letter_set_is_complete():
    assert len(LETTERS) == 146 and len(set(LETTERS)) == 146
    assert all(unicodedata.is_normalized("NFC", c) and len(c) == 1 for c in LETTERS)


def test_tcvn3_table_matches_glibc_for_all_256_bytes(iconv):
    for byte in range(1, 256):
        expected = iconv(bytes([byte]), "TCVN5712-1", "UTF-8").decode()
        assert TCVN3_VN1_TABLE[byte] == expected, hex(byte)


def test_cp1258_decoding_matches_glibc_for_every_defined_byte(iconv):
    for byte in range(0x80, 0x100):
        try:
            expected = iconv(bytes([byte]), "CP1258", "UTF-8").decode()
        except Exception:
            continue  # undefined in CP1258
        assert unicodedata.normalize(
            "NFC", bytes([byte]).decode("cp1258")
        ) == unicodedata.normalize("NFC", expected), hex(byte)


def _syllables() -> str:
    """Every toned letter inside a real syllable ("lán", "LỴ"), lower and upper."""
    pattern = {
        "a": "l{}n",
        "ă": "l{}n",
        "â": "l{}n",
        "e": "l{}n",
        "ê": "l{}n",
        "i": "l{}n",
        "o": "l{}n",
        "ô": "l{}n",
        "ơ": "l{}n",
        "u": "l{}n",
        "ư": "l{}ng",
        "y": "l{}",
    }
    words = []
    for letter in LETTERS:
        base = SPLIT[letter.lower()][0]
        word = "đi" if base == "đ" else pattern[base].format(letter.lower())
        words.append(word.upper() if letter.isupper() else word)
    return " ".join(words)


SYLLABLES = _syllables()


def test_the_syllable_text_holds_every_letter_in_valid_syllables():
    assert set(LETTERS) <= set(SYLLABLES)
    assert all(is_syllable(w) for w in SYLLABLES.split())


@pytest.mark.parametrize("target", ["TCVN5712-1", "CP1258"])
def test_every_letter_round_trips_through_glibc_encoding(iconv, target):
    forced = "tcvn3" if target.startswith("TCVN") else "cp1258"
    legacy = iconv(TEXT.encode(), "UTF-8", target)
    assert decode_bytes(legacy, encoding=forced).text == TEXT
    legacy = iconv(SYLLABLES.encode(), "UTF-8", target)
    result = decode_bytes(legacy)  # detection finds it unaided
    assert result.text == SYLLABLES
    assert result.encoding == {"tcvn3": "TCVN3", "cp1258": "Windows-1258"}[forced]


@pytest.mark.parametrize("letter", LETTERS)
def test_each_letter_alone_round_trips_through_glibc_tcvn3_and_cp1258(iconv, letter):
    assert decode_tcvn3(iconv(letter.encode(), "UTF-8", "TCVN5712-1")) == letter
    back = iconv(letter.encode(), "UTF-8", "CP1258")
    assert unicodedata.normalize("NFC", back.decode("cp1258")) == letter


def test_glibc_decodes_what_we_decode_from_tcvn3(iconv):
    legacy = iconv(TEXT.encode(), "UTF-8", "TCVN5712-1")
    reference = unicodedata.normalize("NFC", iconv(legacy, "TCVN5712-1", "UTF-8").decode())
    assert decode_tcvn3(legacy) == reference == TEXT


def test_every_letter_round_trips_through_vni():
    assert decode_vni(encode_vni(TEXT)) == TEXT
    assert decode_bytes(encode_vni(TEXT), encoding="vni").text == TEXT
    result = decode_bytes(encode_vni(SYLLABLES))
    assert (result.text, result.encoding) == (SYLLABLES, "VNI")


@pytest.mark.parametrize(
    "letter, vni",
    [
        ("á", b"a\xf9"),
        ("à", b"a\xf8"),
        ("ả", b"a\xfb"),
        ("ã", b"a\xf5"),
        ("ạ", b"a\xef"),
        ("â", b"a\xe2"),
        ("ấ", b"a\xe1"),
        ("ầ", b"a\xe0"),
        ("ẩ", b"a\xe5"),
        ("ẫ", b"a\xe3"),
        ("ậ", b"a\xe4"),
        ("ă", b"a\xea"),
        ("ắ", b"a\xe9"),
        ("ằ", b"a\xe8"),
        ("ẳ", b"a\xfa"),
        ("ẵ", b"a\xfc"),
        ("ặ", b"a\xeb"),
        ("ơ", b"\xf4"),
        ("ớ", b"\xf4\xf9"),
        ("ư", b"\xf6"),
        ("ự", b"\xf6\xef"),
        ("í", b"\xed"),
        ("ì", b"\xec"),
        ("ỉ", b"\xe6"),
        ("ĩ", b"\xf3"),
        ("ị", b"\xf2"),
        ("ỵ", b"\xee"),
        ("ỳ", b"y\xf8"),
        ("đ", b"\xf1"),
        ("Đ", b"\xd1"),
        ("Ấ", b"A\xc1"),
        ("Ở", b"\xd4\xdb"),
        ("Ị", b"\xd2"),
        ("Ỵ", b"\xce"),
        ("Ê", b"E\xc2"),
    ],
)
def test_vni_table_follows_the_published_layout(letter, vni):
    assert encode_vni(letter) == vni
    assert decode_vni(vni) == letter


def test_vni_capitals_read_the_same_with_a_lowercase_modifier():
    assert decode_vni(b"A\xf9nh") == "Ánh"


def test_vn3_lowercase_round_trips_and_capitals_with_the_vntimeh_hint():
    assert decode_tcvn3(encode_vn3(LOWER), vn1=False) == LOWER
    legacy = encode_vn3(TEXT, capitals=True)  # .VnTimeH: capitals on lowercase codes
    assert decode_tcvn3(legacy, capitals=True) == TEXT.upper()
    assert decode_bytes(legacy, capitals=True).text == TEXT.upper()
    lower = SYLLABLES.lower()
    assert decode_bytes(encode_vn3(lower)).text == lower


def test_vn3_keeps_windows_punctuation_in_the_c1_range():
    legacy = encode_vn3("“Sở Công Thương” – trang chủ…")
    assert decode_tcvn3(legacy, vn1=False) == "“Sở Công Thương” – trang chủ…"
    assert decode_bytes(legacy).text == "“Sở Công Thương” – trang chủ…"


def test_every_letter_round_trips_through_viqr():
    assert decode_viqr(encode_viqr(TEXT)) == TEXT
    assert decode_bytes(encode_viqr(TEXT).encode(), encoding="viqr").text == TEXT


def test_viqr_syllables_are_found_without_a_hint():
    lower = SYLLABLES.lower()
    result = decode_bytes(encode_viqr(lower).encode())
    assert (result.text, result.encoding) == (lower, "VIQR")
    # Unaided, a word-final "." or "?" before a capital is read as punctuation
    # ("LY. ĐI"); told the text is VIQR, the reading follows RFC 1456 strictly.
    assert decode_bytes(encode_viqr(SYLLABLES).encode(), encoding="viqr").text == SYLLABLES


def test_every_letter_round_trips_from_nfd():
    decomposed = unicodedata.normalize("NFD", TEXT)
    assert decomposed != TEXT
    assert repair_text(decomposed).text == TEXT
    assert decode_bytes(decomposed.encode()).text == TEXT
