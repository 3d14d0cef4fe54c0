"""Filling a benchmark database fast: rows by bulk insert, never through
Wagtail's page creation (85–170 ms a page)."""

import json
import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from congtin.search import backends
from congtin.search.models import SearchEntry

from . import corpus

BATCH = 2000
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def _step(number):
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def _pages(start, count, model, locale, rng, now):
    """Unsaved live pages directly below the root (after the pages it has)."""
    root = Page.get_first_root_node()
    content_type = ContentType.objects.get_for_model(model)
    first_step = root.numchild + 1
    pages = []
    for number in range(start, start + count):
        date = now - timedelta(minutes=rng.randrange(10 * 365 * 24 * 60))
        pages.append(Page(
            title=f"Trang {number}", draft_title=f"Trang {number}", slug=f"trang-{number}",
            path=root.path + _step(first_step + number), depth=2, numchild=0,
            content_type=content_type, locale=locale, url_path=f"/trang-{number}/",
            live=True, translation_key=uuid.uuid4(), first_published_at=date,
            last_published_at=date))
    return pages


def fill_entries(rows, seed=1):
    """`rows` pages with their SearchEntry (and FTS5 row on SQLite)."""
    rng = random.Random(seed)
    locale = Locale.get_default()
    now = timezone.now()
    for start in range(0, rows, BATCH):
        with transaction.atomic():
            pages = Page.objects.bulk_create(
                _pages(start, min(BATCH, rows - start), Page, locale, rng, now))
            entries = []
            for page in pages:
                number = int(page.slug.rsplit("-", 1)[1])
                title, folded, excerpt = corpus.document(rng, number)
                category = ("news", "notice", "page")[number % 3]
                entries.append(SearchEntry(
                    page_id=page.pk, locale_id=locale.pk, title=title, url_path=page.url_path,
                    date=page.last_published_at, kind="bài viết", category=category,
                    excerpt=excerpt, folded=folded,
                    fts_key=backends.fts_key(page.last_published_at, page.pk)))
            SearchEntry.objects.bulk_create(entries)
            if backends.uses_fts_table():
                backends.sqlite_replace(
                    [(e.fts_key, e.folded, backends.facets(e.locale_id, e.category), e.page_id)
                     for e in entries])
    analyze()
    return locale.pk


def fill_standard_pages(rows, seed=2):
    """`rows` real StandardPages (page row + content row), for the stock
    backend and our rebuild to index the same text."""
    from congtin.content.models import StandardPage

    rng = random.Random(seed)
    locale = Locale.get_default()
    now = timezone.now()
    table = StandardPage._meta.db_table
    for start in range(0, rows, BATCH):
        with transaction.atomic():
            pages = Page.objects.bulk_create(
                _pages(start, min(BATCH, rows - start), StandardPage, locale, rng, now))
            values = []
            for page in pages:
                number = int(page.slug.rsplit("-", 1)[1])
                body = [{"type": "paragraph", "value": corpus.body_html(rng, number),
                         "id": str(uuid.uuid4())}]
                summary = corpus.TITLES[number % len(corpus.TITLES)]
                values.append((page.pk, summary, json.dumps(body, ensure_ascii=False)))
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {table} (page_ptr_id, summary, body) VALUES (%s, %s, %s)",
                    values)
    analyze()
    return locale.pk


def analyze():
    """Word statistics and the visibility map, as autovacuum leaves them on
    a running site (the PostgreSQL plan choice reads the statistics)."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
