"""Keeping the search index current: one entry per live, public page.

Called from the page signals (signals.py), from `rebuild_search_index` and
from the demo. On SQLite every change to an entry is mirrored into the FTS5
table here, in Python, in the same transaction: no database trigger to keep
in step with the code.
"""

import time

from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from . import backends
from .models import SearchEntry
from .text import excerpt_of, folded_text, searchable_parts

BATCH_SIZE = 500


def notice_paths():
    """Tree paths of the notice sections (Thông báo) of every home page:
    articles below them are notices, other articles news."""
    from congtin.content.models import HomePage

    return tuple(
        path for path in HomePage.objects.filter(notices_index__isnull=False)
        .values_list("notices_index__path", flat=True))


def restricted_paths():
    """Tree paths of pages with a view restriction: they and their
    descendants are private and stay out of the public search."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_public(page, private=None):
    private = restricted_paths() if private is None else private
    return page.live and page.depth > 1 and not (private and page.path.startswith(private))


def category_of(page, notices):
    from congtin.content.models import ArticlePage

    if not isinstance(page, ArticlePage):
        return SearchEntry.Category.PAGE
    if notices and page.path.startswith(notices):
        return SearchEntry.Category.NOTICE
    return SearchEntry.Category.NEWS


def date_of(page):
    """ArticlePage.date; otherwise when the page was last published."""
    return (getattr(page, "date", None) or page.last_published_at
            or page.first_published_at or timezone.now())


def entry_for(page, notices):
    """An unsaved SearchEntry for a live, public page (its specific instance)."""
    parts = list(searchable_parts(page))
    return SearchEntry(
        page_id=page.pk, locale_id=page.locale_id, title=page.title[:255],
        url_path=page.url_path, date=date_of(page),
        kind=str(page._meta.verbose_name)[:100], category=category_of(page, notices),
        excerpt=excerpt_of(page, parts), folded=folded_text(parts))


def fts_row(entry):
    return (entry.fts_key, entry.folded, backends.facets(entry.locale_id, entry.category),
            entry.page_id)


@transaction.atomic
def index_page(page):
    """Add, refresh or remove the page's entry after it changed."""
    page = Page.objects.filter(pk=page.pk).first()
    if page is None or not is_public(page):
        remove_pages([page.pk] if page else [])
        return None
    entry = entry_for(page.specific, notice_paths())
    old_key = (SearchEntry.objects.filter(page_id=page.pk)
               .values_list("fts_key", flat=True).first())
    entry.fts_key = backends.fts_key(entry.date, entry.page_id)
    fields = ["locale_id", "title", "url_path", "date", "kind", "category", "excerpt",
              "folded", "fts_key"]
    entry, _created = SearchEntry.objects.update_or_create(
        page_id=entry.page_id, defaults={name: getattr(entry, name) for name in fields})
    if backends.uses_fts_table():
        backends.sqlite_replace([fts_row(entry)], old_keys=[old_key])
    return entry


def index_subtree(page):
    """Re-index a page and everything below it (after a move, a slug change
    or a change of view restrictions)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).order_by("path"):
        index_page(descendant)


@transaction.atomic
def remove_pages(page_ids):
    """Drop the entries of these pages (the FTS rows go with them, see
    signals.entry_deleted)."""
    SearchEntry.objects.filter(page_id__in=list(page_ids)).delete()


def clear():
    """Empty the index without loading every row (no per-row signal)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {SearchEntry._meta.db_table}")
    if backends.uses_fts_table():
        backends.sqlite_clear()


def indexable_pages():
    return Page.objects.live().filter(depth__gt=1).order_by("pk")


@transaction.atomic
def rebuild(batch_size=BATCH_SIZE, progress=None):
    """Rebuild the whole index in batches; returns (rows, seconds)."""
    started = time.perf_counter()
    clear()
    notices, private = notice_paths(), restricted_paths()
    ids = list(indexable_pages().values_list("pk", flat=True))
    total = 0
    for start in range(0, len(ids), batch_size):
        batch = Page.objects.filter(pk__in=ids[start:start + batch_size]).specific()
        total += _write_batch([p for p in batch if is_public(p, private)], notices)
        if progress:
            progress(total, time.perf_counter() - started)
    return total, time.perf_counter() - started


def _write_batch(pages, notices):
    entries = [entry_for(page, notices) for page in pages]
    for entry in entries:
        entry.fts_key = backends.fts_key(entry.date, entry.page_id)
    SearchEntry.objects.bulk_create(entries)
    if backends.uses_fts_table():
        backends.sqlite_replace([fts_row(entry) for entry in entries])
    return len(entries)
