"""Template tags for the visit figures on public pages."""

from django import template
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from congtin.pagecache.fragments import remember_figures, remember_figures_for_page

from .. import figures

register = template.Library()


@register.inclusion_tag("visits/site_figures.html")
def visit_figures():
    """Số lượt truy cập: online now, today, this month, total; read once per
    page-cache generation and day, as fresh as on a cached page (see
    page_view_count)."""
    return {"figures": remember_figures(("site_figures", timezone.localdate()),
                                        figures.site_figures)}


@register.inclusion_tag("visits/most_viewed.html", takes_context=True)
def most_viewed_news(context, heading_id="most-viewed-heading"):
    """Tin xem nhiều in the page's language."""
    page = context.get("page")
    language = translation.get_language() or "vi"
    locale_id = page.locale_id if isinstance(page, Page) else None
    # The same box on every page of a language: computed once per figures
    # generation (stored views start a new one within VISITS_FIGURES_MAX_AGE).
    key = ("most_viewed_news", locale_id or language, timezone.localdate())
    items = remember_figures(key, lambda: figures.most_viewed_news(
        locale=locale_id or Locale.objects.filter(language_code=language).first()))
    return {"items": items, "heading_id": heading_id,
            "days": figures.config.most_viewed_days()}


@register.simple_tag
def page_view_count(page):
    """All counted views of a page, read once per page-cache generation: a
    change of the figures starts a new one within VISITS_FIGURES_MAX_AGE
    seconds, so an uncached render shows them as fresh as a cached page does."""
    if not isinstance(page, Page):
        return 0
    return remember_figures_for_page(("page_views", page.pk),
                                     lambda: figures.page_views(page.pk))


@register.filter
def grouped(number):
    """12345 → "12.345" (Vietnamese digit grouping; English uses commas)."""
    try:
        text = f"{int(number):,}"
    except (TypeError, ValueError):
        return ""
    if (translation.get_language() or "vi").startswith("vi"):
        text = text.replace(",", ".")
    return text
