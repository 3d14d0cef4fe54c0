"""The full-text index over SearchEntry.folded, per database vendor:
an FTS5 table on SQLite, a GIN index on to_tsvector('simple', folded) on
PostgreSQL (see congtin/search/backends.py)."""

from django.db import migrations

from congtin.search.backends import schema_sql


def create(apps, schema_editor):
    for statement in schema_sql(schema_editor.connection.vendor, create=True):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    for statement in schema_sql(schema_editor.connection.vendor, create=False):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
