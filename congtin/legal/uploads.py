"""Refusing an oversized upload before its body is read.

Runs as a middleware ahead of everything that reads request.POST (the
text-cleaning middleware parses every form), and only for the library's
upload addresses. The declared Content-Length is checked first and the
request is answered at once; a client that lies about it or streams in
chunks is stopped by an upload handler as soon as the bytes pass the limit,
so a 200 MB file never fills memory or the disk.
"""

from django.conf import settings
from django.contrib import messages
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

from .extraction import max_upload_bytes, too_large_message

# Room for the form's other fields and the multipart boundaries.
FORM_OVERHEAD = 64 * 1024
# Address name → where to send the Office back to when the file is too large.
UPLOAD_VIEWS = {
    "legal_admin:upload": "legal_admin:edit",
    "legal_drafts:add": "legal_drafts:add",
    "legal_drafts:edit": "legal_drafts:edit",
    "legal_admin:import": "legal_admin:import",
}


def max_import_bytes():
    return getattr(settings, "LEGAL_MAX_IMPORT_BYTES", 500 * 1024 * 1024)


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


class SizeLimitHandler(FileUploadHandler):
    """Stops reading the request once the uploaded files pass the limit."""

    def __init__(self, request, limit):
        super().__init__(request)
        self.limit = limit
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.request.legal_upload_too_large = self.received
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None


class UploadLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.legal_upload_too_large = 0
        match = _upload_view(request)
        if match is not None:
            limit = max_import_bytes() if match.view_name == "legal_admin:import" \
                else max_upload_bytes()
            size = declared_length(request)
            if size > limit + FORM_OVERHEAD:
                messages.error(request, too_large_message(size, limit))
                return redirect(UPLOAD_VIEWS[match.view_name], **match.kwargs)
            request.upload_handlers.insert(0, SizeLimitHandler(request, limit))
        return self.get_response(request)


def _upload_view(request):
    if request.method != "POST" or not request.content_type.startswith("multipart/"):
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    return match if match.view_name in UPLOAD_VIEWS else None
