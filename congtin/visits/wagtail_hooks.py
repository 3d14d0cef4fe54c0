"""The admin dashboard panel: visits of the last 30 days, top pages, and the
one-stop on-time trend, each as an SVG chart with its numbers beside it."""

from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.admin.ui.components import Component

from congtin.onestop import figures as onestop_figures
from congtin.onestop.chart import Bar, bar_chart

from . import figures


class VisitsPanel(Component):
    name = "congtin_visits"
    order = 150
    template_name = "visits/admin/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        series = figures.daily_series(30)
        visits_chart = bar_chart([Bar(f"{day:%d/%m}", count, str(count)) for day, count in series],
                                 title="Lượt truy cập 30 ngày qua")
        months = onestop_figures.months(12)
        onestop_chart = bar_chart(
            [Bar(f"{m.month:02d}/{m.year % 100:02d}", m.on_time_percent,
                 f"{onestop_figures.format_percent(m.on_time_percent)} %") for m in months],
            title="Tỷ lệ hồ sơ một cửa đúng hạn 12 tháng qua (%)", max_value=100, unit="%")
        return {
            "figures": figures.site_figures(),
            "visits_chart": mark_safe(visits_chart),
            "visits_total_30": sum(count for _, count in series),
            "top_pages": figures.top_pages(30, 10),
            "onestop_chart": mark_safe(onestop_chart) if months else "",
            "onestop_months": [(m, onestop_figures.format_percent(m.on_time_percent))
                               for m in months],
        }


@hooks.register("construct_homepage_panels")
def add_visits_panel(request, panels):
    panels.append(VisitsPanel())
