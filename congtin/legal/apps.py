from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LegalConfig(AppConfig):
    name = "congtin.legal"
    label = "legal"
    verbose_name = "Văn bản pháp luật"

    def ready(self):
        from wagtail.models import WorkflowState
        from wagtail.signals import published, workflow_rejected

        from .models import LegalDocument

        post_migrate.connect(_ensure_fulltext, sender=self)
        published.connect(_published, sender=LegalDocument)
        workflow_rejected.connect(_returned, sender=WorkflowState)


def _ensure_fulltext(sender, using, **kwargs):
    """A migration that rebuilds the documents table on SQLite drops its
    triggers: put them back (fulltext.py)."""
    from django.db import connections

    from . import fulltext

    fulltext.restore_triggers(connections[using])


def _published(sender, instance, revision=None, **kwargs):
    from . import workflow

    workflow.on_published(instance, revision)


def _returned(sender, instance, **kwargs):
    from . import workflow
    from .models import LegalDocument

    document = instance.content_object
    if isinstance(document, LegalDocument):
        workflow.on_returned(document)
