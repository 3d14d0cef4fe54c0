"""Refusing an oversized upload before its body is read.

The declared Content-Length is checked first; a client that lies about it or
streams in chunks is stopped by an upload handler as soon as the bytes pass
the limit, so a 200 MB file never fills memory or the disk.
"""

from django.core.files.uploadhandler import FileUploadHandler, StopUpload

from .extraction import max_upload_bytes

# Room for the form's other fields and the multipart boundaries.
FORM_OVERHEAD = 64 * 1024


def declared_too_large(request):
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return declared > max_upload_bytes() + FORM_OVERHEAD


class SizeLimitHandler(FileUploadHandler):
    """Stops reading the request once an uploaded file passes the limit."""

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > max_upload_bytes():
            self.request.legal_upload_too_large = self.received
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None


def guard(request):
    """Install the handler; call before anything touches request.POST/FILES."""
    request.legal_upload_too_large = 0
    request.upload_handlers.insert(0, SizeLimitHandler(request))
