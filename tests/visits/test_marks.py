"""The marks that make a visitor count once per window: kept until the window
ends even when the visitor is no longer online, pruned after, and carried
over from the older layout (site marks as rows, 64-digit visitor keys). The
first page's mark lives in the visitor's presence row."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone

from congtin.visits.apply import PageView, apply_views, prune
from congtin.visits.identity import visitor_key
from congtin.visits.models import Presence, VisitorMark

pytestmark = pytest.mark.django_db

MINUTE = datetime.timedelta(minutes=1)


def test_a_visitor_gone_offline_is_still_counted_once_until_the_window_ends(
        settings, store, article):
    settings.VISITS_WINDOW_SECONDS, settings.VISITS_ONLINE_SECONDS = 1800, 300
    start, visitor = timezone.now(), "d" * 32
    assert apply_views([PageView(visitor, article.pk, start)]) == (1, 1)
    prune(start + 10 * MINUTE)
    assert store.online(start + 10 * MINUTE) == 0
    assert apply_views([PageView(visitor, article.pk, start + 10 * MINUTE)]) == (0, 0)
    assert store.online(start + 10 * MINUTE) == 1
    assert apply_views([PageView(visitor, article.pk, start + 31 * MINUTE)]) == (1, 1)


def test_a_reader_of_one_page_costs_one_row_and_each_further_page_a_mark(
        settings, store, article):
    settings.VISITS_WINDOW_SECONDS = 1800
    start, visitor, section = timezone.now(), "a" * 32, article.get_parent()
    assert apply_views([PageView(visitor, article.pk, start)]) == (1, 1)
    assert Presence.objects.count() == 1 and not VisitorMark.objects.exists()
    assert apply_views([PageView(visitor, section.pk, start + MINUTE),
                        PageView(visitor, article.pk, start + 2 * MINUTE)]) == (0, 1)
    assert VisitorMark.objects.count() == 1
    assert apply_views([PageView(visitor, section.pk, start + 3 * MINUTE)]) == (0, 0)


def test_a_visitor_is_kept_while_any_of_their_marks_holds(settings, store, article):
    """A batch does not look up the marks of visitors it does not know: prune
    keeps a visitor one window after their last view, as long as their marks."""
    settings.VISITS_WINDOW_SECONDS, settings.VISITS_ONLINE_SECONDS = 1800, 300
    start, visitor, section = timezone.now(), "b" * 32, article.get_parent()
    apply_views([PageView(visitor, article.pk, start),
                 PageView(visitor, section.pk, start + 20 * MINUTE)])  # a mark until +50
    prune(start + 45 * MINUTE)  # offline, no longer counted for the site
    assert apply_views([PageView(visitor, section.pk, start + 46 * MINUTE)]) == (1, 0)
    assert apply_views([PageView(visitor, article.pk, start + 47 * MINUTE)]) == (0, 1)
    prune(start + 78 * MINUTE)
    assert not Presence.objects.exists() and not VisitorMark.objects.exists()


def test_prune_deletes_only_what_neither_counts_nor_shows_online(settings, store, article):
    settings.VISITS_WINDOW_SECONDS, settings.VISITS_ONLINE_SECONDS = 1800, 300
    start = timezone.now()
    apply_views([PageView("e" * 32, article.pk, start),
                 PageView("f" * 32, None, start + 25 * MINUTE)])
    prune(start + 31 * MINUTE)
    assert list(Presence.objects.values_list("visitor", flat=True)) == ["f" * 32]
    assert not VisitorMark.objects.exists()
    prune(start + 56 * MINUTE)
    assert not Presence.objects.exists()


def test_the_store_prunes_at_most_once_a_minute(settings, store, view, article):
    settings.VISITS_WINDOW_SECONDS = 1800
    view(article.url, ip="198.51.100.40")
    start = timezone.now()
    store.flush(start)
    gone = start - 31 * MINUTE
    Presence.objects.update(last_seen=gone)  # as if the window had passed
    view(article.url, ip="198.51.100.41")
    store.flush(start + 30 * datetime.timedelta(seconds=1))
    assert Presence.objects.filter(last_seen=gone).exists()
    view(article.url, ip="198.51.100.42")
    store.flush(start + 61 * datetime.timedelta(seconds=1))
    assert not Presence.objects.filter(last_seen=gone).exists()
    assert Presence.objects.count() == 2


def test_the_upgrade_keeps_the_marks_of_visitors_counted_before_it(settings, store, article):
    """Rows as the first layout wrote them: a site mark of its own and keys
    with the whole 64-digit hash."""
    settings.VISITS_WINDOW_SECONDS = 1800
    migration = importlib.import_module("congtin.visits.migrations.0002_site_mark_in_presence")
    now = timezone.now()
    day = timezone.localdate(now)
    online = visitor_key("203.0.113.50", "Firefox", day)
    gone = visitor_key("203.0.113.51", "Firefox", day)
    full = {key: key + "0" * 32 for key in (online, gone)}  # the digits cut off later
    until = now + 20 * MINUTE
    VisitorMark.objects.bulk_create([
        VisitorMark(key=f"s:{full[online]}", expires_at=until),
        VisitorMark(key=f"p:{full[online]}:{article.pk}", expires_at=until),
        VisitorMark(key=f"s:{full[gone]}", expires_at=until)])
    Presence.objects.create(visitor=full[online], last_seen=now - MINUTE)

    migration.move_site_marks(apps, None)
    # Not entered: SQLite refuses a schema editor inside the test's transaction,
    # and these statements need none of what entering prepares.
    migration.shorten_visitor_keys(apps, connection.schema_editor())

    assert set(Presence.objects.values_list("visitor", "counted_until")) == {
        (online, until), (gone, until)}
    assert store.online(now) == 1  # the visitor without a presence row was not made online
    assert apply_views([PageView(online, article.pk, now), PageView(gone, None, now)]) == (0, 0)
    assert apply_views([PageView(gone, article.pk, now)]) == (0, 1)


def test_a_batch_larger_than_one_lookup_finds_every_mark(settings, store, article):
    """A writer that was behind writes tens of thousands of views at once:
    the marks are looked up in chunks (SQLite takes at most 999 parameters
    per statement in older builds), and a visitor in any chunk counts once."""
    settings.VISITS_WINDOW_SECONDS = 1800
    start = timezone.now()
    views = [PageView(f"{i:032x}", article.pk, start) for i in range(2_500)]
    assert apply_views(views) == (2_500, 2_500)
    again = [PageView(view.visitor, view.page_id, start + MINUTE) for view in views]
    assert apply_views(again[::-1]) == (0, 0)
    assert store.online(start + MINUTE) == 2_500
    assert Presence.objects.get(visitor=f"{1_234:032x}").last_seen == start + MINUTE
