"""The full-text index over SearchEntry.folded, per database vendor:
an FTS5 table on SQLite (kept in sync by congtin/search/indexing.py), a GIN
index on to_tsvector('simple', folded) on PostgreSQL (0003 replaces it with
a stored column)."""

from django.db import migrations

SQLITE = ("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
          "body, facets, page_id UNINDEXED, "
          "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4', detail=column)")
POSTGRES = ("CREATE INDEX IF NOT EXISTS search_folded_tsv ON search_searchentry "
            "USING gin (to_tsvector('simple', folded))")


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_folded_tsv")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
