"""Reading monthly figures from CSV or XLSX files (admin import).

A dry run checks every row and lists the bad ones by their row number in the
file (the heading is row 1); a real run saves the good rows and reports the
bad ones, so nothing valid is lost because of a neighbouring typo.
"""

import csv
import io
import zipfile

from django.db import transaction

from congtin.textinput.archives import ArchiveRefused, open_archive
from congtin.vntext import VntextError, decode_bytes

from .rows import CheckedRow, check_row, column_for
from .saving import save_rows

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000


class ImportError_(Exception):
    """The file as a whole cannot be read; the message is for the user."""


def read_table(name, data):
    """[[cell, …], …] from a .csv or .xlsx file's bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportError_("Tệp lớn hơn 5 MB.")
    lower = (name or "").lower()
    if lower.endswith(".xlsx"):
        return _read_xlsx(data)
    if lower.endswith(".csv") or lower.endswith(".txt"):
        return _read_csv(data)
    raise ImportError_("Chỉ nhận tệp .csv hoặc .xlsx.")


def _read_csv(data):
    try:
        text = decode_bytes(data).text
    except VntextError as error:
        raise ImportError_("Không đọc được tệp CSV: mã hóa ký tự không hợp lệ.") from error
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        open_archive(data).close()  # a "zip bomb" stops here, before openpyxl
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ArchiveRefused as refusal:
        raise ImportError_(str(refusal)) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportError_("Không mở được tệp XLSX (tệp hỏng hoặc không phải Excel).") from error
    sheet = book.worksheets[0]
    rows = []
    for row in sheet.iter_rows(values_only=True):
        rows.append(list(row))
        if len(rows) > MAX_ROWS + 1:
            break
    book.close()
    return rows


def check_table(table):
    """Map the heading row to fields and check every data row."""
    if not table:
        raise ImportError_("Tệp không có dòng nào.")
    columns = [column_for(cell) for cell in table[0]]
    missing = {"year", "month", "received", "resolved", "on_time"} - set(columns)
    if missing:
        raise ImportError_(
            "Dòng tiêu đề phải có các cột: Năm, Tháng, Tiếp nhận, Đã giải quyết, Đúng hạn.")
    if len(table) - 1 > MAX_ROWS:
        raise ImportError_(f"Tệp có hơn {MAX_ROWS} dòng số liệu.")
    checked, seen = [], {}
    for number, cells in enumerate(table[1:], start=2):
        if not any(str(cell or "").strip() for cell in cells):
            continue
        raw = {name: cells[i] for i, name in enumerate(columns) if name and i < len(cells)}
        row = check_row(number, raw)
        if row.ok:
            key = (row.values["year"], row.values["month"])
            if key in seen:
                row.errors.append(f"trùng tháng với dòng {seen[key]}")
            else:
                seen[key] = number
        checked.append(row)
    return checked


def import_file(name, data, *, dry_run, user=None):
    """Check (and unless dry_run, save) a file; returns the checked rows."""
    checked = check_table(read_table(name, data))
    if not dry_run:
        with transaction.atomic():
            save_rows([row for row in checked if row.ok], source="import", user=user)
    return checked


__all__ = ["CheckedRow", "ImportError_", "import_file", "check_table", "read_table"]
