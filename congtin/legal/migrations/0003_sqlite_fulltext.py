"""SQLite: the FTS5 table over the folded text of published documents and the
triggers that keep it exact (congtin/legal/fulltext.py). PostgreSQL keeps its
trigram index (0002)."""

from django.db import migrations


def create(apps, schema_editor):
    from congtin.legal import fulltext

    fulltext.rebuild(schema_editor.connection)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for name in ("legal_fts_insert", "legal_fts_delete", "legal_fts_update"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    schema_editor.execute("DROP TABLE IF EXISTS legal_fts")


class Migration(migrations.Migration):
    dependencies = [("legal", "0002_trigram_search")]

    operations = [migrations.RunPython(create, drop)]
