"""Audit log of upload conversions (Đ.7.3): the document form converts the
file before the document exists; once it is saved, the conversion is logged
against it with what was found and changed."""

from wagtail.log_actions import log

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
