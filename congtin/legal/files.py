"""Keeping an uploaded file of a document (the original, unchanged) and
queueing the extraction of its text."""

from django.db import transaction
from wagtail.log_actions import log

from . import extraction
from .models import DocumentFile, Publication


def store_file(document, uploaded, kind, user, publication=Publication.PUBLIC):
    """Keep the original, then extract its text in the background. A
    pending file (changes.attach) is kept out of MEDIA_ROOT (storage.py)."""
    with transaction.atomic():
        item = DocumentFile.objects.create(
            document=document, file=uploaded, original_name=uploaded.name[:255],
            size=uploaded.size, kind=kind, publication=publication)
        action = "attach" if publication == Publication.PUBLIC else "attach_pending"
        log(document, f"congtin.legal.{action}", user=user, data={"tep": item.original_name})
        # Enqueued in the same transaction: the task row commits with the file row.
        extraction.extract_document_file.enqueue(item.pk)
    return item
