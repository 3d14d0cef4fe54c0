"""Writing a batch of counted views into the database in one transaction.

Both profiles end here: the embedded profile with the views themselves
(deduplicated against the marks in the database), the production profile
with counts that Redis already deduplicated.
"""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from . import config
from .models import DailyVisits, PageDailyViews, Presence, VisitorMark


@dataclass(frozen=True)
class PageView:
    """One view to count: who (hashed), which page (None: the site only), when."""

    visitor: str
    page_id: int | None
    at: datetime.datetime


def add_counts(site_counts, page_counts):
    """Add {day: n} to the site's days and {(page_id, day): n} to the pages' days."""
    existing_pages = set(Page.objects.filter(
        pk__in={page_id for page_id, _ in page_counts}).values_list("pk", flat=True))
    for day, count in site_counts.items():
        if not DailyVisits.objects.filter(day=day).update(visits=F("visits") + count):
            DailyVisits.objects.create(day=day, visits=count)
    for (page_id, day), count in page_counts.items():
        if page_id not in existing_pages:
            continue  # the page was deleted meanwhile: its views go with it
        updated = PageDailyViews.objects.filter(page_id=page_id, day=day).update(
            views=F("views") + count)
        if not updated:
            PageDailyViews.objects.create(page_id=page_id, day=day, views=count)


@transaction.atomic
def apply_views(views, now=None):
    """Count each view once per window and record presence; return the number
    of (site, page) views counted. Runs under the database's write lock, so
    every web worker sees the same marks."""
    now = now or timezone.now()
    window = datetime.timedelta(seconds=config.window_seconds())
    _serialize_flushes()
    marks = _current_marks(views)
    site_counts, page_counts, seen = Counter(), Counter(), {}
    zone = timezone.get_current_timezone()  # once: localdate() asks it for every view
    for view in sorted(views, key=lambda v: v.at):
        day = view.at.astimezone(zone).date()
        seen[view.visitor] = max(seen.get(view.visitor, view.at), view.at)
        if _claim(marks, f"s:{view.visitor}", view.at, window):
            site_counts[day] += 1
        if view.page_id and _claim(marks, f"p:{view.visitor}:{view.page_id}",
                                     view.at, window):
            page_counts[(view.page_id, day)] += 1
    add_counts(site_counts, page_counts)
    _save_marks(marks, seen)
    _prune(now)
    return sum(site_counts.values()), sum(page_counts.values())


def _current_marks(views):
    keys = set()
    for view in views:
        keys.add(f"s:{view.visitor}")
        if view.page_id:
            keys.add(f"p:{view.visitor}:{view.page_id}")
    return {"known": dict(VisitorMark.objects.filter(key__in=keys)
                          .values_list("key", "expires_at")), "changed": {}}


def _claim(marks, key, at, window):
    """True when the key is not marked at `at`; marks it for one window."""
    expires = marks["changed"].get(key) or marks["known"].get(key)
    if expires is not None and expires > at:
        return False
    marks["changed"][key] = at + window
    return True


def _save_marks(marks, seen):
    _upsert(VisitorMark, "key", "expires_at", marks["changed"].items())
    _upsert(Presence, "visitor", "last_seen", seen.items())


def _upsert(model, key, value, rows):
    """INSERT … ON CONFLICT DO UPDATE in one executemany (SQLite and
    PostgreSQL): thousands of rows per batch, without building a model
    instance for each (that was most of a flush's cost)."""
    quote = connection.ops.quote_name
    table, key, value = quote(model._meta.db_table), quote(key), quote(value)
    adapt = _datetime_adapter()
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({key}, {value}) VALUES (%s, %s) "
            f"ON CONFLICT ({key}) DO UPDATE SET {value} = excluded.{value}",
            [(name, adapt(moment)) for name, moment in rows])


def _datetime_adapter():
    """Django's adapter reads settings for every value, and a batch of new
    visitors writes thousands; on SQLite it is this (naive, in the
    connection's zone, as text)."""
    if connection.vendor == "sqlite":
        zone = connection.timezone
        return lambda moment: str(moment.astimezone(zone).replace(tzinfo=None))
    return connection.ops.adapt_datetimefield_value


def _serialize_flushes():
    """Two web workers flushing at once must not both miss each other's marks
    and count one visitor twice. SQLite's IMMEDIATE transactions already
    serialize writers; PostgreSQL is told to (until this transaction ends)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {VisitorMark._meta.db_table} IN SHARE ROW EXCLUSIVE MODE")


def _prune(now):
    """Expired marks and presences go in one statement each: a QuerySet delete
    would load every row and send a signal per row (the page cache listens)."""
    online_since = now - datetime.timedelta(seconds=config.online_seconds())
    with connection.cursor() as cursor:
        for model, condition, cutoff in ((VisitorMark, "expires_at <=", now),
                                         (Presence, "last_seen <", online_since)):
            cursor.execute(f"DELETE FROM {model._meta.db_table} WHERE {condition} %s",
                           [connection.ops.adapt_datetimefield_value(cutoff)])
