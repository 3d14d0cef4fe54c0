"""Admin: ratings, their trend and the latest comments (Đ.11.4)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.safestring import mark_safe

from congtin.onestop.chart import Bar, bar_chart

from . import report
from .models import Rating
from .policy import can_read_ratings


def _comma(value):
    return "—" if value is None else f"{value:.2f}".replace(".", ",")


def ratings_report(request):
    if not can_read_ratings(request.user):
        raise PermissionDenied
    trend = report.monthly_trend()
    chart = bar_chart([Bar(f"{month:%m/%Y}", average, _comma(average))
                       for month, _, average in trend],
                      title="Điểm hài lòng trung bình theo tháng (thang 1–5)", max_value=5)
    overall = report.summary()
    site = report.summary(Rating.objects.filter(page=None))
    return render(request, "participation/admin/report.html", {
        "overall": overall, "overall_average": _comma(overall["average"]),
        "site": site, "site_average": _comma(site["average"]),
        "trend": [(month, count, _comma(average)) for month, count, average in trend],
        "chart": mark_safe(chart) if trend else "",
        "pages": [(pk, title, count, _comma(avg)) for pk, title, count, avg in report.by_page()],
        "comments": Rating.objects.exclude(comment="").select_related("page")[:50],
    })
