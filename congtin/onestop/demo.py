"""Demo one-stop figures: the last 24 complete months, 600–900 dossiers a
month, with an on-time rate between 96 % and 100 %."""

import random

from .models import MonthlyFigure


def _previous_months(today, count):
    year, month = today.year, today.month
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        yield year, month


def build(context):
    rng = random.Random(2011)
    rows = []
    for year, month in _previous_months(context.today, 24):
        received = rng.randint(600, 900)
        resolved = received - rng.randint(0, 40)
        late = 0 if rng.random() < 0.35 else rng.randint(1, max(1, resolved // 25))
        rows.append(MonthlyFigure(year=year, month=month, received=received, resolved=resolved,
                                  on_time=resolved - late, source=MonthlyFigure.Source.DEMO))
    MonthlyFigure.objects.bulk_create(rows)
    return {"tháng số liệu một cửa": len(rows)}


def reset():
    MonthlyFigure.objects.all().delete()
