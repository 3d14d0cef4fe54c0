"""The figures the public sees: online now, today, this month, total, views
per page, most viewed news. Stored days plus what waits in Redis."""

import datetime

from django.db.models import Sum
from django.utils import timezone

from . import config
from .models import DailyVisits, PageDailyViews
from .store import get_store


def site_figures(now=None):
    """{"online", "today", "month", "total"} as integers."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    store = get_store()
    pending_site, _ = store.pending()
    stored = DailyVisits.objects.aggregate(total=Sum("visits"))["total"] or 0
    month = DailyVisits.objects.filter(
        day__gte=today.replace(day=1), day__lte=today).aggregate(n=Sum("visits"))["n"] or 0
    day = DailyVisits.objects.filter(day=today).values_list("visits", flat=True).first() or 0
    waiting_today = pending_site.get(today, 0)
    waiting_month = sum(n for d, n in pending_site.items()
                        if (d.year, d.month) == (today.year, today.month))
    return {
        "online": store.online(now),
        "today": day + waiting_today,
        "month": month + waiting_month,
        "total": stored + sum(pending_site.values()),
    }


def page_views(page_id):
    """All counted views of one page."""
    stored = PageDailyViews.objects.filter(page_id=page_id).aggregate(n=Sum("views"))["n"] or 0
    _, pending_pages = get_store().pending()
    return stored + sum(n for (pid, _), n in pending_pages.items() if pid == page_id)


def daily_series(days, now=None):
    """[(day, visits)] for the last `days` days, oldest first, zeros included."""
    today = timezone.localdate(now or timezone.now())
    start = today - datetime.timedelta(days=days - 1)
    stored = dict(DailyVisits.objects.filter(day__gte=start, day__lte=today)
                  .values_list("day", "visits"))
    return [(start + datetime.timedelta(days=i), stored.get(start + datetime.timedelta(days=i), 0))
            for i in range(days)]


def top_pages(days, count, queryset=None, now=None):
    """The `count` pages with most views in the last `days` days, as
    [(page, views)]; `queryset` narrows the pages (e.g. live news of a locale).

    The views are ranked first and only the leading candidates are checked
    against `queryset`, a batch at a time: filtering the views by
    `page_id IN (every live article)` cost more than rendering the page."""
    from wagtail.models import Page

    today = timezone.localdate(now or timezone.now())
    start = today - datetime.timedelta(days=days - 1)
    ranked = (PageDailyViews.objects.filter(day__gte=start, day__lte=today)
              .values("page_id").annotate(total=Sum("views")).order_by("-total", "-page_id"))
    pages = queryset if queryset is not None else Page.objects.all()
    batch_size = max(count * 5, 20)
    found = []
    for offset in range(0, MAX_CANDIDATES, batch_size):
        batch = list(ranked[offset:offset + batch_size])
        by_id = pages.in_bulk([row["page_id"] for row in batch])
        found += [(by_id[row["page_id"]], row["total"]) for row in batch
                  if row["page_id"] in by_id]
        if len(found) >= count or len(batch) < batch_size:
            break
    return found[:count]


# Enough for a site where most views go to pages other than news.
MAX_CANDIDATES = 2000


def most_viewed_news(locale=None, days=None, count=None, now=None):
    """Most viewed live articles of the last N days in one language (Tin xem nhiều)."""
    from congtin.content.models import ArticlePage

    articles = ArticlePage.objects.live().public()
    if locale is not None:
        articles = articles.filter(locale=locale)
    return top_pages(days or config.most_viewed_days(), count or config.most_viewed_count(),
                     queryset=articles, now=now)
