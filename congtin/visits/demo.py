"""Demo visit history: about 90 days of daily visits and article views, with
a weekly rhythm (fewer on weekends) and a few stories that drew more readers."""

import datetime
import random

from django.utils import timezone

from .models import DailyVisits, PageDailyViews, Presence, VisitorMark

DAYS = 90


def build(context):
    rng = random.Random(467)
    today = context.today
    articles = [page for page in _pages(context.articles) if page.live]
    visit_rows, view_rows = [], []
    for offset in range(DAYS, 0, -1):
        day = today - datetime.timedelta(days=offset)
        weekend = day.weekday() >= 5
        base = rng.randint(380, 520) if weekend else rng.randint(1100, 1650)
        visit_rows.append(DailyVisits(day=day, visits=base))
        for rank, article in enumerate(articles):
            age = (day - timezone.localdate(article.date)).days
            if age < 0:
                continue
            interest = max(1, 60 - 4 * rank) if age < 14 else max(1, 12 - rank // 2)
            views = rng.randint(0, interest)
            if views:
                view_rows.append(PageDailyViews(page_id=article.pk, day=day, views=views))
    DailyVisits.objects.bulk_create(visit_rows, batch_size=500)
    PageDailyViews.objects.bulk_create(view_rows, batch_size=1000)
    return {"ngày có lượt truy cập": len(visit_rows), "dòng lượt xem trang": len(view_rows)}


def reset():
    for model in (PageDailyViews, DailyVisits, VisitorMark, Presence):
        model.objects.all().delete()


def _pages(articles):
    """The core build hands over its articles as a list or as {slug: page}."""
    return list(articles.values()) if isinstance(articles, dict) else list(articles)
