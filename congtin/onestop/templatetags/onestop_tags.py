"""The one-stop sentence on the home page."""

from django import template
from django.utils import translation

from congtin.pagecache.fragments import remember

from .. import figures

register = template.Library()


def _figures():
    latest = figures.latest()
    if latest is None:
        return None, None
    return latest, figures.year_to_date(latest["month"].year, latest["month"].month)


@register.inclusion_tag("onestop/widget.html", takes_context=True)
def onestop_widget(context):
    """"Đến tháng M/YYYY <Sở> đã giải quyết P % hồ sơ đúng hạn (Cập nhật lúc: …)",
    the year-to-date on-time rate up to the latest month with data."""
    # The same figures on every render until something is saved: kept once per
    # page-cache generation (issue 8, rendering cost only).
    latest, period = remember(("onestop_widget",), _figures)
    if latest is None:
        return {"latest": None}
    month = latest["month"]
    language = (translation.get_language() or "vi")[:2]
    settings_ = context.get("settings")
    department = ""
    if settings_ is not None:
        site_settings = settings_["content"]["SiteSettings"]
        department = (site_settings.department_name_en if language == "en"
                      else site_settings.department_name)
    return {"latest": latest, "month": month, "percent": figures.format_percent(
        period.percent, language), "department": department,
        "updated_at": latest["updated_at"]}
