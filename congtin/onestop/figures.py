"""On-time rates per month, quarter and year, and the home page sentence."""

from dataclasses import dataclass

from django.db.models import Max, Sum

from .models import MonthlyFigure, on_time_percent


@dataclass
class Period:
    label: str
    received: int
    resolved: int
    on_time: int

    @property
    def percent(self):
        return on_time_percent(self.on_time, self.resolved)


def months(limit=24):
    """The latest `limit` months, oldest first."""
    rows = list(MonthlyFigure.objects.order_by("-year", "-month")[:limit])
    return list(reversed(rows))


def _grouped(key, label):
    groups = {}
    for row in MonthlyFigure.objects.order_by("year", "month"):
        period = groups.setdefault(key(row), Period(label(row), 0, 0, 0))
        period.received += row.received
        period.resolved += row.resolved
        period.on_time += row.on_time
    return list(groups.values())


def quarters():
    return _grouped(lambda r: (r.year, (r.month - 1) // 3),
                    lambda r: f"Quý {['I', 'II', 'III', 'IV'][(r.month - 1) // 3]}/{r.year}")


def years():
    return _grouped(lambda r: r.year, lambda r: f"Năm {r.year}")


def latest():
    """The latest month with data and the time figures last changed (or None)."""
    row = MonthlyFigure.objects.order_by("-year", "-month").first()
    if row is None:
        return None
    updated = MonthlyFigure.objects.aggregate(at=Max("updated_at"))["at"]
    return {"month": row, "updated_at": updated}


def year_to_date(year, month):
    """Sums from January to `month` of `year`."""
    totals = MonthlyFigure.objects.filter(year=year, month__lte=month).aggregate(
        received=Sum("received"), resolved=Sum("resolved"), on_time=Sum("on_time"))
    return Period(f"{month:02d}/{year}", totals["received"] or 0, totals["resolved"] or 0,
                  totals["on_time"] or 0)


def format_percent(value, language="vi"):
    """98.5 → "98,5"; 100.0 → "100" (Vietnamese decimal comma)."""
    if value is None:
        return "—"
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text if language == "en" else text.replace(".", ",")
