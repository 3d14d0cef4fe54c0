"""Audit log of upload conversions (Đ.7.3): the document form converts the
file before the document exists; once it is saved, the conversion is logged
against it with what was found and changed. And every new image file leaves
its camera metadata behind before it is written (images.py)."""

import io
import os

from django.core.files.base import ContentFile
from wagtail.log_actions import log
from wagtail.utils.file import hash_filelike

from .images import clean_image
from .uploads import CONVERT_ACTION


def log_document_conversion(sender, instance, created, **kwargs):
    pending = instance.__dict__.pop("_congtin_conversion", None)
    if pending is None:
        return
    conversion, file_name, user = pending
    log(instance, CONVERT_ACTION, user=user or instance.uploaded_by_user, data={
        "file": file_name,
        "kind": conversion.kind,
        "source": conversion.source,
        "changed": conversion.changed,
        "summary": conversion.summary(),
    })


def strip_new_image_file(sender, instance, **kwargs):
    """pre_save of the image model: a file not written yet (a new image, or a
    new file for one) is swapped for its clean copy, with its dimensions,
    size and hash, before the file field writes it."""
    new = instance.file
    if not new or new._committed:
        return
    new.seek(0)
    cleaned = clean_image(new.read())
    new.seek(0)
    if cleaned is None:
        return
    instance.file = ContentFile(cleaned, name=os.path.basename(new.name))  # width and height too
    instance.file_size = len(cleaned)
    instance.file_hash = hash_filelike(io.BytesIO(cleaned))
