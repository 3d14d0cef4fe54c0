"""The public statistics page /thong-ke/ (Decree 43/2011 Art. 12: statistics
with their data, method and date)."""

from django.db.models import Max
from django.shortcuts import render
from django.utils import translation
from django.utils.safestring import mark_safe

from . import figures
from .chart import Bar, bar_chart
from .models import MonthlyFigure, OneStopSettings


def statistics(request):
    language = (translation.get_language() or "vi")[:2]
    months = figures.months(24)
    title = ("On-time rate of one-stop dossiers by month (%)" if language == "en"
             else "Tỷ lệ hồ sơ một cửa giải quyết đúng hạn theo tháng (%)")
    bars = [Bar(f"{m.month:02d}/{m.year % 100:02d}", m.on_time_percent,
                f"{figures.format_percent(m.on_time_percent, language)} %") for m in months]
    chart = mark_safe(bar_chart(bars, title=title, max_value=100, unit="%")) if months else ""
    context = {
        "months": [(m, figures.format_percent(m.on_time_percent, language)) for m in months],
        "quarters": [(q, figures.format_percent(q.percent, language))
                     for q in figures.quarters()[-8:]],
        "years": [(y, figures.format_percent(y.percent, language)) for y in figures.years()],
        "chart": chart,
        "chart_title": title,
        "config": OneStopSettings.load(request_or_site=request),
        "updated_at": MonthlyFigure.objects.aggregate(at=Max("updated_at"))["at"],
        "meta_title": "Thống kê hồ sơ một cửa",
    }
    return render(request, "onestop/statistics.html", context)
