"""Số ký hiệu: every form in RULES.md is read, and malformed cousins are
refused with a message that says what to write instead."""

import datetime

import pytest

from congtin.legal.symbols import SymbolError, parse_symbol, slug_for

TODAY = datetime.date(2026, 11, 29)


@pytest.mark.parametrize("raw, number, type_code, issuer, year, unit, written", [
    ("467/QĐ-SCT", 467, "QĐ", "SCT", None, "", "467/QĐ-SCT"),
    ("42/2022/NĐ-CP", 42, "NĐ", "CP", 2022, "", "42/2022/NĐ-CP"),
    ("123/SCT-VP", 123, "", "SCT", None, "VP", "123/SCT-VP"),
    ("36/2005/QH11", 36, "", "QH11", 2005, "", "36/2005/QH11"),
    ("05/2017/QH14", 5, "", "QH14", 2017, "", "05/2017/QH14"),
    ("24/2011/TT-BTTTT", 24, "TT", "BTTTT", 2011, "", "24/2011/TT-BTTTT"),
    ("15/2020/TTLT-BCT-BTC", 15, "TTLT", "BCT-BTC", 2020, "", "15/2020/TTLT-BCT-BTC"),
    ("12/QyĐ-SCT", 12, "QyĐ", "SCT", None, "", "12/QyĐ-SCT"),
    ("7/CTr-UBND", 7, "CTr", "UBND", None, "", "7/CTr-UBND"),
    ("88/TTr-SCT", 88, "TTr", "SCT", None, "", "88/TTr-SCT"),
    ("3/HD-SCT", 3, "HD", "SCT", None, "", "3/HD-SCT"),  # Hướng dẫn
    ("3/HĐ-SCT", 3, "HĐ", "SCT", None, "", "3/HĐ-SCT"),  # Hợp đồng
    ("9/DA-SCT", 9, "DA", "SCT", None, "", "9/DA-SCT"),  # Dự án, not Đề án
    ("3921/SCT-QLTM-TMĐT", 3921, "", "SCT", None, "QLTM-TMĐT", "3921/SCT-QLTM-TMĐT"),
])
def test_valid_forms_are_parsed(raw, number, type_code, issuer, year, unit, written):
    symbol = parse_symbol(raw, TODAY)
    assert (symbol.number, symbol.type_code, symbol.issuer, symbol.year,
            symbol.drafting_unit) == (number, type_code, issuer, year, unit)
    assert str(symbol) == written


@pytest.mark.parametrize("raw, written", [
    ("467 /QĐ-SCT", "467/QĐ-SCT"),  # as printed in the regulation itself
    ("467/ qđ - sct", "467/QĐ-SCT"),
    ("467/QÐ-SCT", "467/QĐ-SCT"),  # Icelandic eth from a legacy font
    ("467/Q\u0110\u2013SCT", "467/QĐ-SCT"),  # en dash
    ("42/2022/N\u0110-CP\u200b", "42/2022/NĐ-CP"),  # zero-width space pasted along
])
def test_loosely_typed_symbols_are_written_the_standard_way(raw, written):
    assert str(parse_symbol(raw, TODAY)) == written


@pytest.mark.parametrize("raw, message", [
    ("", "Chưa nhập số ký hiệu"),
    ("   ", "Chưa nhập số ký hiệu"),
    ("467", "không đúng dạng"),
    ("467/", "không đúng dạng"),
    ("/QĐ-SCT", "không đúng dạng"),
    ("467//QĐ-SCT", "không đúng dạng"),
    ("1/2/3/QĐ-SCT", "không đúng dạng"),
    ("0/QĐ-SCT", "số nguyên dương"),
    ("-5/QĐ-SCT", "số nguyên dương"),
    ("0007/QĐ-SCT", "số nguyên dương"),
    ("4a7/QĐ-SCT", "số nguyên dương"),
    ("467/QĐ", "Thiếu cơ quan ban hành"),
    ("467/QĐ-", "chỉ gồm chữ in hoa và số"),
    ("467/QĐ--SCT", "chỉ gồm chữ in hoa và số"),
    ("467/QĐ SCT", "chỉ gồm chữ in hoa và số"),
    ("467/QD-SCT", "Viết “QĐ”"),
    ("42/2022/ND-CP", "Viết “NĐ”"),
    ("42/22/NĐ-CP", "4 chữ số"),
    ("42/2099/NĐ-CP", "không hợp lệ"),
    ("42/1900/NĐ-CP", "không hợp lệ"),
    ("42/2022/XYZ-CP", "không có trong danh mục"),
    ("467/SCT", "Thiếu loại văn bản"),
    ("467/QĐ-SCT<script>", "chỉ gồm chữ in hoa và số"),
    ("467/QĐ-SCT;DROP TABLE", "chỉ gồm chữ in hoa và số"),
])
def test_malformed_symbols_are_refused_with_a_reason(raw, message):
    with pytest.raises(SymbolError) as error:
        parse_symbol(raw, TODAY)
    assert message in str(error.value)


def test_stable_address_of_a_symbol():
    assert slug_for(parse_symbol("467/QĐ-SCT", TODAY)) == "467-qd-sct"
    assert slug_for(parse_symbol("42/2022/NĐ-CP", TODAY)) == "42-2022-nd-cp"
    assert slug_for(parse_symbol("123/SCT-VP", TODAY)) == "123-sct-vp"


def test_type_names_follow_decree_30():
    assert parse_symbol("467/QĐ-SCT", TODAY).type_name == "Quyết định"
    assert parse_symbol("123/SCT-VP", TODAY).type_name == "Công văn"
    assert parse_symbol("36/2005/QH11", TODAY).type_name == "Luật"
