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


class Seen:
    """A visitor's presence row while a batch is applied (see models.Presence)."""

    __slots__ = ("last_seen", "counted_until", "page_id", "page_counted_until")
    COLUMNS = __slots__

    def __init__(self, last_seen, counted_until=None, page_id=None, page_counted_until=None):
        self.last_seen, self.counted_until = last_seen, counted_until
        self.page_id, self.page_counted_until = page_id, page_counted_until

    def row(self, visitor):
        return (visitor, self.last_seen, self.counted_until, self.page_id,
                self.page_counted_until)


@transaction.atomic
def apply_views(views):
    """Count each view once per window and record presence; return the number
    of (site, page) views counted. Runs under the database's write lock, so
    every web worker sees the same marks. Expired rows stay until prune()."""
    window = datetime.timedelta(seconds=config.window_seconds())
    _serialize_flushes()
    presence = _known_presence(views)
    marks, claimed = _known_marks(views, presence), {}
    site_counts, page_counts = Counter(), Counter()
    zone = timezone.get_current_timezone()  # once: localdate() asks it for every view
    for view in sorted(views, key=lambda v: v.at):
        day = view.at.astimezone(zone).date()
        seen = presence.get(view.visitor)
        if seen is None:
            seen = presence[view.visitor] = Seen(view.at)
        seen.last_seen = max(seen.last_seen, view.at)
        if seen.counted_until is None or seen.counted_until <= view.at:
            seen.counted_until = view.at + window
            site_counts[day] += 1
        if view.page_id and _claim_page(seen, view, marks, claimed, window):
            page_counts[(view.page_id, day)] += 1
    add_counts(site_counts, page_counts)
    _upsert(Presence, "visitor", Seen.COLUMNS,
            [seen.row(visitor) for visitor, seen in presence.items()])
    _upsert(VisitorMark, "key", ("expires_at",), claimed.items())
    return sum(site_counts.values()), sum(page_counts.values())


def _claim_page(seen, view, marks, claimed, window):
    """Whether this view of a page counts (once per visitor, page and window).
    The first page's mark is kept in the visitor's presence row, so a reader
    of one page (most visitors) costs one row; each further page a mark row."""
    if seen.page_id == view.page_id:
        if seen.page_counted_until > view.at:
            return False
        seen.page_counted_until = view.at + window
        return True
    key = mark_key(view.visitor, view.page_id)
    expires = marks.get(key)
    if expires is not None and expires > view.at:
        return False
    if seen.page_id is None or seen.page_counted_until <= view.at:
        seen.page_id, seen.page_counted_until = view.page_id, view.at + window
    else:
        marks[key] = claimed[key] = view.at + window
    return True


def mark_key(visitor, page_id):
    return f"p:{visitor}:{page_id}"


def _known_presence(views):
    rows = _select(Presence, "visitor", Seen.COLUMNS, {view.visitor for view in views})
    return {visitor: Seen(*values) for visitor, *values in rows}


def _known_marks(views, presence):
    """The mark rows these views may need. None for a visitor without a
    presence row (prune keeps the row as long as any of its marks: one window
    after the last view) or for the page marked in it."""
    keys = set()
    for view in views:
        seen = presence.get(view.visitor)
        if view.page_id and seen is not None and seen.page_id != view.page_id:
            keys.add(mark_key(view.visitor, view.page_id))
    return dict(_select(VisitorMark, "key", ("expires_at",), keys))


# Keys per SELECT: SQLite takes at most 999 parameters in older builds.
SELECT_CHUNK = 900


def _select(model, key, columns, keys):
    """The rows (key, *columns) of these keys, in plain SQL: the ORM's
    `key__in` prepared each of thousands of keys one by one and converted
    every datetime through settings lookups, most of a batch's cost."""
    quote = connection.ops.quote_name
    names = ", ".join(quote(name) for name in (key, *columns))
    table, key = quote(model._meta.db_table), quote(key)
    aware = _datetime_reader()
    keys, rows = list(keys), []
    with connection.cursor() as cursor:
        for start in range(0, len(keys), SELECT_CHUNK):
            chunk = keys[start:start + SELECT_CHUNK]
            cursor.execute(f"SELECT {names} FROM {table} WHERE {key} IN "
                           f"({', '.join(['%s'] * len(chunk))})", chunk)
            rows.extend((row[0], *map(aware, row[1:])) for row in cursor.fetchall())
    return rows


def _datetime_reader():
    """SQLite gives naive datetimes in the connection's zone (as Django's
    own converter reads them); PostgreSQL aware ones. Other values as they are."""
    zone = connection.timezone

    def aware(value):
        if isinstance(value, datetime.datetime) and value.tzinfo is None:
            return value.replace(tzinfo=zone)
        return value

    return aware


def _upsert(model, key, columns, rows):
    """INSERT … ON CONFLICT DO UPDATE in one executemany (SQLite and
    PostgreSQL): thousands of rows per batch, without building a model
    instance for each (that was most of a flush's cost). Each row is the key
    then a value per column."""
    quote = connection.ops.quote_name
    table, key = quote(model._meta.db_table), quote(key)
    names = [quote(column) for column in columns]
    adapt = _datetime_adapter()
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({key}, {', '.join(names)}) "
            f"VALUES (%s{', %s' * len(names)}) ON CONFLICT ({key}) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in names),
            [(row[0], *(adapt(value) if isinstance(value, datetime.datetime) else value
                        for value in row[1:]))
             for row in rows])


def _datetime_adapter():
    """Django's adapter reads settings for every value, and a batch of new
    visitors writes thousands; on SQLite it is this (naive, in the
    connection's zone, as text)."""
    if connection.vendor != "sqlite":
        return connection.ops.adapt_datetimefield_value
    zone = connection.timezone
    if zone is datetime.UTC:  # always, unless DATABASES sets a TIME_ZONE
        # The aware text without its "+00:00": a third less than dropping the zone first.
        return lambda moment: moment.astimezone(zone).isoformat(" ")[:-6]
    return lambda moment: str(moment.astimezone(zone).replace(tzinfo=None))


def _serialize_flushes():
    """Two web workers flushing at once must not both miss each other's marks
    and count one visitor twice. SQLite's IMMEDIATE transactions already
    serialize writers; PostgreSQL is told to (until this transaction ends)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {VisitorMark._meta.db_table} IN SHARE ROW EXCLUSIVE MODE")


def prune(now):
    """Delete the marks that expired, and the visitors last seen longer ago
    than both the counting window and the online time: a presence row outlives
    every mark of its visitor (each set at a view, for one window), which is
    what lets a batch skip looking up the marks of visitors without one. One
    full scan per table (no index, see models.py), so the store calls it once
    a minute, not at every batch."""
    seconds = max(config.window_seconds(), config.online_seconds())
    adapt = connection.ops.adapt_datetimefield_value
    mark, presence = VisitorMark._meta.db_table, Presence._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {mark} WHERE expires_at <= %s", [adapt(now)])
        cursor.execute(f"DELETE FROM {presence} WHERE last_seen <= %s",
                       [adapt(now - datetime.timedelta(seconds=seconds))])
