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
def apply_views(views):
    """Count each view once per window and record presence; return the number
    of (site, page) views counted. Runs under the database's write lock, so
    every web worker sees the same marks. Expired rows stay until prune()."""
    window = datetime.timedelta(seconds=config.window_seconds())
    _serialize_flushes()
    presence = _known_presence(views)  # visitor → [last seen, counted for the site until]
    marks, claimed = _known_marks(views), {}
    site_counts, page_counts = Counter(), Counter()
    zone = timezone.get_current_timezone()  # once: localdate() asks it for every view
    for view in sorted(views, key=lambda v: v.at):
        day = view.at.astimezone(zone).date()
        seen = presence.setdefault(view.visitor, [view.at, None])
        seen[0] = max(seen[0], view.at)
        if seen[1] is None or seen[1] <= view.at:
            seen[1] = view.at + window
            site_counts[day] += 1
        if view.page_id:
            key = f"p:{view.visitor}:{view.page_id}"
            expires = marks.get(key)
            if expires is None or expires <= view.at:
                marks[key] = claimed[key] = view.at + window
                page_counts[(view.page_id, day)] += 1
    add_counts(site_counts, page_counts)
    _upsert(Presence, "visitor", ("last_seen", "counted_until"),
            [(visitor, *moments) for visitor, moments in presence.items()])
    _upsert(VisitorMark, "key", ("expires_at",), claimed.items())
    return sum(site_counts.values()), sum(page_counts.values())


def _known_presence(views):
    visitors = {view.visitor for view in views}
    return {visitor: [last_seen, counted_until] for visitor, last_seen, counted_until
            in Presence.objects.filter(visitor__in=visitors)
            .values_list("visitor", "last_seen", "counted_until")}


def _known_marks(views):
    keys = {f"p:{view.visitor}:{view.page_id}" for view in views if view.page_id}
    return dict(VisitorMark.objects.filter(key__in=keys).values_list("key", "expires_at"))


def _upsert(model, key, columns, rows):
    """INSERT … ON CONFLICT DO UPDATE in one executemany (SQLite and
    PostgreSQL): thousands of rows per batch, without building a model
    instance for each (that was most of a flush's cost). Each row is the key
    then a datetime (or None) per column."""
    quote = connection.ops.quote_name
    table, key = quote(model._meta.db_table), quote(key)
    names = [quote(column) for column in columns]
    adapt = _datetime_adapter()
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({key}, {', '.join(names)}) "
            f"VALUES (%s{', %s' * len(names)}) ON CONFLICT ({key}) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in names),
            [(row[0], *(None if moment is None else adapt(moment) for moment in row[1:]))
             for row in rows])


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


def prune(now):
    """Delete the marks that expired and the visitors who are neither online
    nor still counted for the site: one full scan per table (no index, see
    models.py), so the store calls it once a minute, not at every batch."""
    online_since = now - datetime.timedelta(seconds=config.online_seconds())
    adapt = connection.ops.adapt_datetimefield_value
    mark, presence = VisitorMark._meta.db_table, Presence._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {mark} WHERE expires_at <= %s", [adapt(now)])
        cursor.execute(f"DELETE FROM {presence} WHERE last_seen < %s "
                       "AND (counted_until IS NULL OR counted_until <= %s)",
                       [adapt(online_since), adapt(now)])
