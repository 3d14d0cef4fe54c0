from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LegalConfig(AppConfig):
    name = "congtin.legal"
    label = "legal"
    verbose_name = "Văn bản pháp luật"

    def ready(self):
        post_migrate.connect(_ensure_fulltext, sender=self)


def _ensure_fulltext(sender, using, **kwargs):
    """A migration that rebuilds the documents table on SQLite drops its
    triggers: put them back (fulltext.py)."""
    from django.db import connections

    from . import fulltext

    fulltext.restore_triggers(connections[using])
