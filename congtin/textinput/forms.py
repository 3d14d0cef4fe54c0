"""The document library's form (WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail's
own form, plus a file whose content is not what its name says refused
(filetypes.py), plus Đ.7.3 for .txt and .docx files (see uploads.py).

Both the single upload and the multiple uploader build their form from this
base, so every new or replaced file passes clean_file(). The conversion is
remembered on the document and written to the audit log once the document
has been saved (signals.py), because only then does it have an id.
"""

import os

from django import forms
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from .filetypes import FileTypeRefused, check_file_type
from .uploads import UploadRefused, convert_upload


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        self.uploading_user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # no new file on this edit
        name = os.path.basename(upload.name)
        try:
            check_file_type(name, upload)
        except FileTypeRefused as refusal:
            raise forms.ValidationError(str(refusal), code="wrong_file_type") from None
        upload.seek(0)
        try:
            conversion = convert_upload(name, upload.read())
        except UploadRefused as refusal:
            raise forms.ValidationError(str(refusal), code="not_unicode_text") from None
        upload.seek(0)
        if conversion is None:
            return upload
        self.instance._congtin_conversion = (conversion, name, self.uploading_user)
        return ContentFile(conversion.data, name=name)

    def _post_clean(self):
        # When the file itself was refused, Wagtail's model check of the file
        # extension runs on an empty file and adds "File extension “” is not
        # allowed" under the real reason; keep only the real reason.
        refused = list(self.errors.get("file", []))
        super()._post_clean()
        if refused:
            self.errors["file"] = self.error_class(refused)
