"""Số ký hiệu: validating and parsing a document's number and symbol.

The forms (Decree 30/2020/NĐ-CP Art. 7 and Annex III; RULES.md):

    467/QĐ-SCT        number / type abbreviation – issuer
    42/2022/NĐ-CP     number / year / type abbreviation – issuer (legal normative)
    36/2005/QH11      number / year / issuer (a law: no type abbreviation)
    123/SCT-VP        number / issuer – drafting unit (công văn: no type abbreviation)

Numbers restart on 1 January, so a number is unique within one issuer, one
type and one year. Lower case is accepted and written in capitals; a "D"
where the abbreviation needs "Đ" is refused with the right spelling, because
"QD" and "QĐ" are different symbols to the national database.
"""

import dataclasses
import datetime
import re
from dataclasses import dataclass

from congtin.vntext import normalize

# Decree 30/2020 Annex III, plus the legal normative types (Law 80/2015 Art. 4).
TYPE_NAMES = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "PL": "Pháp lệnh",
    "LCT": "Lệnh",
}
# Codes are compared in capitals; "QyĐ", "CTr", "TTr" keep their own spelling.
_CANONICAL = {code.upper(): code for code in TYPE_NAMES}
# The same codes written without the stroke on Đ: refused with a hint.
_WITHOUT_STROKE = {code.upper().replace("Đ", "D"): code for code in TYPE_NAMES
                   if "Đ" in code and code.upper().replace("Đ", "D") not in _CANONICAL}

_PART = r"[0-9A-ZĐ]+"
# Up to one leading zero, as in 05/2017/QH14; "0007" is a typing slip.
_NUMBER = re.compile(r"^0?([1-9][0-9]{0,5})$")
_CODE = re.compile(rf"^{_PART}$")
# "Ð" (U+00D0, Icelandic eth) is what legacy fonts often leave where "Đ" belongs.
_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ", "–": "-", "—": "-", "‐": "-", "‑": "-"})
EARLIEST_YEAR = 1945


class SymbolError(ValueError):
    """A số ký hiệu that cannot be read; the message says what to write instead."""


@dataclass(frozen=True)
class Symbol:
    number: int
    type_code: str  # "" for a law or a công văn
    issuer: str  # the issuing body's abbreviation, e.g. "SCT", "CP", "QH11"
    year: int | None = None  # in the symbol itself (legal normative documents)
    drafting_unit: str = ""  # công văn only, e.g. "VP"
    number_text: str = ""  # as written: "05" stays "05" (05/2017/QH14)

    @property
    def type_name(self):
        if self.drafting_unit:
            return "Công văn"
        return TYPE_NAMES.get(self.type_code, "Luật" if self.year else "")

    def __str__(self):
        written = self.number_text or str(self.number)
        head = f"{written}/{self.year}" if self.year else written
        if self.drafting_unit:
            return f"{head}/{self.issuer}-{self.drafting_unit}"
        if self.type_code:
            return f"{head}/{self.type_code}-{self.issuer}"
        return f"{head}/{self.issuer}"


def parse_symbol(raw, today=None):
    """Read a số ký hiệu; raise SymbolError with a Vietnamese message."""
    text = _tidy(raw)
    if not text:
        raise SymbolError("Chưa nhập số ký hiệu.")
    pieces = text.split("/")
    if len(pieces) not in (2, 3) or not all(pieces):
        raise SymbolError(
            f"Số ký hiệu “{text}” không đúng dạng. Dạng đúng: 467/QĐ-SCT, "
            "42/2022/NĐ-CP hoặc công văn 123/SCT-VP.")
    number = _number(pieces[0], text)
    year = _year(pieces[1], today) if len(pieces) == 3 else None
    symbol = _symbol_part(pieces[-1], number, year, text)
    return dataclasses.replace(symbol, number_text=pieces[0])


def _tidy(raw):
    text = normalize(str(raw or "")).translate(_LOOKALIKES)
    # "467 /QĐ-SCT" and "467/ QĐ - SCT" are the same symbol typed loosely.
    return re.sub(r"\s*([/-])\s*", r"\1", text).strip().upper()


def _number(piece, text):
    match = _NUMBER.match(piece)
    if not match:
        raise SymbolError(f"Số của văn bản trong “{text}” phải là số nguyên dương, ví dụ 467.")
    return int(match.group(1))


def _year(piece, today):
    this_year = (today or datetime.date.today()).year
    if not re.fullmatch(r"[0-9]{4}", piece):
        raise SymbolError(f"Năm trong số ký hiệu phải có 4 chữ số, ví dụ 2022 (đang là “{piece}”).")
    year = int(piece)
    if not EARLIEST_YEAR <= year <= this_year + 1:
        raise SymbolError(f"Năm {year} trong số ký hiệu không hợp lệ.")
    return year


def _symbol_part(piece, number, year, text):
    parts = piece.split("-")
    if not all(_CODE.match(part) for part in parts):
        raise SymbolError(
            f"Phần ký hiệu “{piece}” chỉ gồm chữ in hoa và số, nối bằng dấu gạch ngang.")
    first = parts[0]
    if first in _WITHOUT_STROKE and len(parts) > 1:
        right = _WITHOUT_STROKE[first]
        raise SymbolError(f"Viết “{right}” (chữ Đ có gạch), không viết “{first}”.")
    if first in _CANONICAL:
        if len(parts) < 2:
            raise SymbolError(f"Thiếu cơ quan ban hành sau “{_CANONICAL[first]}-” trong “{text}”.")
        return Symbol(number, _CANONICAL[first], "-".join(parts[1:]), year)
    if len(parts) == 1:
        if year is None:
            raise SymbolError(
                f"Thiếu loại văn bản hoặc đơn vị soạn thảo trong “{text}”, ví dụ 467/QĐ-SCT.")
        return Symbol(number, "", first, year)  # a law: 36/2005/QH11
    if year is not None:
        raise SymbolError(f"Loại văn bản “{first}” không có trong danh mục (Nghị định 30/2020).")
    return Symbol(number, "", first, None, "-".join(parts[1:]))


def slug_for(symbol):
    """A stable address segment: 467/QĐ-SCT → 467-qd-sct."""
    from congtin.vntext import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(str(symbol))).strip("-")
