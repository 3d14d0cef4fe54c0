"""Stored visit figures: daily totals for the site and for each page, plus the
short-lived marks that make one visitor count once per window.

Raw IP addresses are never stored: a visitor is a daily-salted hash
(`identity.py`), and the marks expire after the counting window.
"""

from django.db import models


class DailyVisits(models.Model):
    """Visits to the whole site on one day (Asia/Ho_Chi_Minh)."""

    day = models.DateField("ngày", unique=True)
    visits = models.PositiveIntegerField("lượt truy cập", default=0)

    class Meta:
        verbose_name = "lượt truy cập trong ngày"
        verbose_name_plural = "lượt truy cập theo ngày"
        ordering = ["-day"]

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.visits}"


class PageDailyViews(models.Model):
    """Views of one page on one day: the source of "views per article" and
    "most viewed"."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name="trang", on_delete=models.CASCADE,
                             related_name="+")
    day = models.DateField("ngày")
    views = models.PositiveIntegerField("lượt xem", default=0)

    class Meta:
        verbose_name = "lượt xem trang trong ngày"
        verbose_name_plural = "lượt xem trang theo ngày"
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="visits_page_day")]
        indexes = [models.Index(fields=["day", "page"], name="visits_day_page")]

    def __str__(self):
        return f"trang #{self.page_id}, {self.day:%d/%m/%Y}: {self.views}"


# The two tables below take a row for every new visitor (VisitorMark: only
# from their second page on) and are pruned by
# full scans once a minute (apply.prune), so they have no index besides their
# key: each index cost another B-tree insert per view, and with a few hundred
# thousand rows that was most of what counting added to a cached page view.


class VisitorMark(models.Model):
    """"This visitor was counted for this page until expires_at" (for the
    site, and for the first page they viewed in the window: their Presence row).

    The embedded profile keeps these in the database so that every web worker
    sees the same marks; production keeps them in Redis instead."""

    key = models.CharField(max_length=96, primary_key=True)
    expires_at = models.DateTimeField()

    def __str__(self):
        return self.key


class Presence(models.Model):
    """When a (hashed) visitor was last seen (the "online now" figure), until
    when their visit to the site is counted (one per window), and the same
    for one page: most visitors read a single page, and a row less per new
    visitor halved what SQLite writes for them (bench/visits/README.md).
    Kept one window after the last view, so it outlives the visitor's marks."""

    visitor = models.CharField(max_length=64, primary_key=True)
    last_seen = models.DateTimeField()
    counted_until = models.DateTimeField(null=True)
    # A page id, not a foreign key: no index or constraint to maintain for a
    # row that lives half an hour (a deleted page's mark just expires).
    page_id = models.IntegerField(null=True)
    page_counted_until = models.DateTimeField(null=True)

    def __str__(self):
        return self.visitor
