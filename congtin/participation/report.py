"""Aggregates of the ratings for the admin report (and, for the public, only
counts and averages: never a comment)."""

from django.db.models import Avg, Count
from django.db.models.functions import TruncMonth

from .models import Rating


def summary(queryset=None):
    rows = queryset if queryset is not None else Rating.objects.all()
    totals = rows.aggregate(count=Count("pk"), average=Avg("score"))
    distribution = dict(rows.values_list("score").annotate(n=Count("pk")).order_by())
    return {"count": totals["count"], "average": totals["average"],
            "distribution": [(score, distribution.get(score, 0)) for score in range(5, 0, -1)]}


def monthly_trend(months=12):
    """[(first day of month, count, average)] for the months that have ratings."""
    rows = (Rating.objects.annotate(month=TruncMonth("created_at")).values("month")
            .annotate(count=Count("pk"), average=Avg("score")).order_by("-month")[:months])
    return [(row["month"], row["count"], row["average"]) for row in reversed(list(rows))]


def by_page(limit=20):
    """Pages with the most ratings: [(page id, title, count, average)]."""
    from wagtail.models import Page

    rows = list(Rating.objects.exclude(page=None).values("page").annotate(
        count=Count("pk"), average=Avg("score")).order_by("-count")[:limit])
    titles = dict(Page.objects.filter(pk__in=[r["page"] for r in rows])
                  .values_list("pk", "title"))
    return [(r["page"], titles.get(r["page"], ""), r["count"], r["average"]) for r in rows]
