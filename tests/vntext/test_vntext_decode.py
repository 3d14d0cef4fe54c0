"""decode_bytes(): bytes of unknown encoding, and its documented errors."""

import pytest

from congtin.vntext import (
    MAX_BYTES,
    NotText,
    TooLarge,
    UnknownEncoding,
    VntextError,
    decode_bytes,
    encode_vni,
)

SENTENCE = "Quy chế quản lý, sử dụng và cung cấp thông tin lên Website Sở Công Thương."


def test_utf8_with_and_without_bom_is_already_unicode():
    for data in (SENTENCE.encode(), b"\xef\xbb\xbf" + SENTENCE.encode()):
        result = decode_bytes(data)
        assert (result.text, result.encoding, result.changed) == (SENTENCE, "UTF-8", 0)
        assert result.summary() == "already Unicode, unchanged"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(codec):
    data = SENTENCE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode_bytes(data).text == SENTENCE


def test_tcvn3_is_detected_and_counted(iconv):
    result = decode_bytes(iconv(SENTENCE.encode(), "UTF-8", "TCVN5712-1"))
    assert (result.text, result.encoding) == (SENTENCE, "TCVN3")
    assert result.changed == sum(1 for c in SENTENCE if not c.isascii())
    assert result.summary() == f"TCVN3 → Unicode, {result.changed} characters changed"


def test_windows_1258_is_detected_and_composed_to_nfc(iconv):
    result = decode_bytes(iconv(SENTENCE.encode(), "UTF-8", "CP1258"))
    assert (result.text, result.encoding) == (SENTENCE, "Windows-1258")


def test_vni_is_detected():
    result = decode_bytes(encode_vni(SENTENCE))
    assert (result.text, result.encoding) == (SENTENCE, "VNI")


def test_viqr_in_ascii_is_detected():
    result = decode_bytes(b"Vie^.t Nam la` mo^.t quo^'c gia.")
    assert (result.text, result.encoding) == ("Việt Nam là một quốc gia.", "VIQR")


def test_plain_ascii_and_western_text_are_left_as_they_are():
    assert decode_bytes(b"C++ e.g. what? a^b").text == "C++ e.g. what? a^b"
    result = decode_bytes("café crème, à la façon de Noël".encode("cp1252"))
    assert (result.text, result.encoding) == ("café crème, à la façon de Noël", "Windows-1252")


def test_unicode_with_pasted_legacy_passages_says_so():
    result = decode_bytes("Tiêu đề: Së C«ng Th\u00ad¬ng".encode())
    assert result.text == "Tiêu đề: Sở Công Thương"
    assert result.summary() == "UTF-8 with TCVN3 passages → Unicode, 4 characters changed"


def test_large_counts_use_vietnamese_digit_grouping():
    result = decode_bytes(encode_vni("Sở " * 1234))
    assert result.summary() == "VNI → Unicode, 1.234 characters changed"


def test_broken_utf8_is_an_error_not_a_guess():
    data = SENTENCE.encode()
    cut = data.index("ế".encode()) + 1
    broken = data[:cut] + data[cut + 1 :]  # one byte gone from a three-byte letter
    with pytest.raises(UnknownEncoding, match="not valid UTF-8"):
        decode_bytes(broken)


def test_bytes_in_no_encoding_are_refused():
    with pytest.raises(UnknownEncoding, match="invalid byte sequence"):
        decode_bytes(bytes(range(0x80, 0x100)) * 4)


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(10), "JPEG"),
        (b"PK\x03\x04" + bytes(30), "ZIP"),
        (b"Xin ch\xe0o\x00\x00", "NUL byte"),
        (bytes([7, 8, 14, 15, 16, 24, 25, 26, 28, 29, 30, 31]) * 10, "control bytes"),
    ],
)
def test_binary_data_is_not_text(data, what):
    with pytest.raises(NotText, match=what) as caught:
        decode_bytes(data)
    assert str(caught.value).startswith("not text")


def test_oversized_input_is_refused():
    assert MAX_BYTES == 50 * 1024 * 1024
    with pytest.raises(TooLarge):
        decode_bytes(b" " * (MAX_BYTES + 1))


def test_errors_share_one_documented_base_class():
    for error in (NotText, TooLarge, UnknownEncoding):
        assert issubclass(error, VntextError) and issubclass(error, ValueError)
    with pytest.raises(VntextError, match="unknown encoding name"):
        decode_bytes(b"abc", encoding="ebcdic")
