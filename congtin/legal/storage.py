"""Where the library's files are kept.

A public file is in MEDIA_ROOT, served as is (by nginx in production, see
deploy/). A file added to a published document waits for the editorial
chain: until step 4 publishes the document it must not be reachable at any
address; so must every file of a document that is not published yet, or was
withdrawn. Such a file's name starts with PENDING_PREFIX and it lives in a private
folder outside MEDIA_ROOT (the "van-ban" folder of PRIVATE_MEDIA_ROOT, which the
Q&A app's private files share; by default var/private).
Publication moves it into MEDIA_ROOT (`make_public`); the admin reads it
through a view that checks the role (admin_views.file_download).
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils._os import safe_join

PENDING_PREFIX = "cho-duyet/"


def private_root():
    return Path(settings.PRIVATE_MEDIA_ROOT) / "van-ban"


def is_pending(name):
    return name.startswith(PENDING_PREFIX)


class LibraryStorage(FileSystemStorage):
    def path(self, name):
        if is_pending(name):
            return safe_join(private_root(), name[len(PENDING_PREFIX):])
        return super().path(name)

    def _save(self, name, content):
        saved = super()._save(name, content)  # relative to MEDIA_ROOT: "../…" for a pending one
        if not is_pending(name):
            return saved
        full_path = os.path.normpath(os.path.join(self.location, saved))
        return PENDING_PREFIX + os.path.relpath(full_path, private_root()).replace("\\", "/")

    def url(self, name):
        if is_pending(name):
            raise ValueError("Tệp chờ duyệt không có địa chỉ công khai.")
        return super().url(name)


storage = LibraryStorage()


def make_private(field_file):
    """Copy a public file into the private folder and return its pending name
    (a withdrawn document's files); the caller removes the public copy."""
    with storage.open(field_file.name, "rb") as content:
        return storage.save(PENDING_PREFIX + field_file.name, content)


def make_public(field_file):
    """Copy a pending file into MEDIA_ROOT and return its public name; the
    private copy is removed by the caller once the transaction commits."""
    public_name = field_file.name[len(PENDING_PREFIX):]
    with storage.open(field_file.name, "rb") as content:
        return storage.save(public_name, content)
