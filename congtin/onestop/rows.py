"""Checking monthly figures that come from outside (a file or the one-stop
system's push) before any of them is saved. Each bad row is reported with its
number and a Vietnamese reason; good rows are kept."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from congtin.vntext import fold, normalize

# Column headings, folded (no diacritics, lower case), → field.
COLUMNS = {
    "nam": "year", "year": "year",
    "thang": "month", "month": "month",
    "tiep nhan": "received", "ho so tiep nhan": "received", "received": "received",
    "da giai quyet": "resolved", "ho so da giai quyet": "resolved", "resolved": "resolved",
    "dung han": "on_time", "giai quyet dung han": "on_time", "on time": "on_time",
    "on_time": "on_time",
}
FIELDS = ("year", "month", "received", "resolved", "on_time")
LABELS = {"year": "năm", "month": "tháng", "received": "số hồ sơ tiếp nhận",
          "resolved": "số hồ sơ đã giải quyết", "on_time": "số hồ sơ đúng hạn"}
MAX_COUNT = 10_000_000


@dataclass
class CheckedRow:
    number: int
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def column_for(heading):
    """The field a column heading names, or None."""
    key = " ".join(fold(normalize(str(heading or ""))).replace("_", " ").split())
    return COLUMNS.get(key) or COLUMNS.get(key.replace(" ", "_"))


def _integer(value):
    """An integer from a cell: 12, "12", "1.234" (Vietnamese grouping), 12.0."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError
        return int(value)
    text = normalize(str(value or "")).replace(" ", "")
    if text.count(".") and all(len(part) == 3 for part in text.split(".")[1:]):
        text = text.replace(".", "")
    if not text or not text.lstrip("-").isdigit() or len(text) > 12:
        raise ValueError
    return int(text)


def check_row(number, raw, today=None):
    """Check one row given as {field: value}; never raises."""
    today = today or timezone.localdate()
    row = CheckedRow(number)
    for name in FIELDS:
        value = raw.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            row.errors.append(f"thiếu {LABELS[name]}")
            continue
        try:
            row.values[name] = _integer(value)
        except (ValueError, TypeError, OverflowError):
            row.errors.append(f"{LABELS[name]} “{str(value)[:40]}” không phải là số nguyên")
    if row.errors:
        return row
    values = row.values
    if not 1 <= values["month"] <= 12:
        row.errors.append("tháng phải từ 1 đến 12")
    if not 2000 <= values["year"] <= 2100:
        row.errors.append("năm phải từ 2000 đến 2100")
    for name in ("received", "resolved", "on_time"):
        if not 0 <= values[name] <= MAX_COUNT:
            row.errors.append(f"{LABELS[name]} phải từ 0 đến {MAX_COUNT:,}".replace(",", "."))
    if not row.errors:
        if values["on_time"] > values["resolved"]:
            row.errors.append("số hồ sơ đúng hạn lớn hơn số hồ sơ đã giải quyết")
        if datetime.date(values["year"], values["month"], 1) > today:
            row.errors.append("tháng chưa đến")
    return row
