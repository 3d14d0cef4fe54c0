"""Keeping an uploaded file of a document (the original, unchanged) and
queueing the extraction of its text."""

from django.db import transaction
from wagtail.log_actions import log

from . import extraction
from .models import DocumentFile


def store_file(document, uploaded, kind, user):
    """Keep the original, then extract its text in the background."""
    with transaction.atomic():
        item = DocumentFile.objects.create(
            document=document, file=uploaded, original_name=uploaded.name[:255],
            size=uploaded.size, kind=kind)
        log(document, "congtin.legal.attach", user=user, data={"tep": item.original_name})
        # Enqueued in the same transaction: the task row commits with the file row.
        extraction.extract_document_file.enqueue(item.pk)
    return item
