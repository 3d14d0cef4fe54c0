"""Checking uploaded files and extracting their text (issue 6 §4).

An upload is checked before it is kept: size first (from the request's
declared length, then the file's own size, never by reading it), then the
extension against the first bytes (congtin.textinput.filetypes, as every
upload), then — for a PDF — that it opens without a password. Text is
extracted in a background task (django-tasks): PDF with pypdf, DOCX with
python-docx. A PDF whose pages yield no text is a scan without a text layer
and is flagged for the Office.
"""

import io
import zipfile
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django_tasks import task

from congtin.textinput.archives import ArchiveRefused, open_archive
from congtin.textinput.filetypes import FileTypeRefused, check_file_type
from congtin.vntext import normalize

KINDS = {"pdf", "doc", "docx"}
# Fewer readable characters than this per page: a scan, not a text PDF.
MIN_CHARS_PER_PAGE = 20


class FileRefused(ValueError):
    """The upload cannot be kept; the message tells the Office why."""


def max_upload_bytes():
    return getattr(settings, "LEGAL_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)


def too_large_message(size, limit=None):
    limit = (limit or max_upload_bytes()) // (1024 * 1024)
    return (f"Tệp quá lớn ({size / (1024 * 1024):.0f} MB); giới hạn là {limit} MB. "
            "Hãy nén hoặc tách tệp rồi tải lại.")


def check_upload(uploaded):
    """Return the file's kind ("pdf", "doc", "docx") or raise FileRefused."""
    if uploaded.size > max_upload_bytes():
        raise FileRefused(too_large_message(uploaded.size))
    if uploaded.size == 0:
        raise FileRefused("Tệp rỗng.")
    kind = Path(uploaded.name).suffix.lower().lstrip(".")
    if kind not in KINDS:
        raise FileRefused("Chỉ nhận tệp PDF, DOC hoặc DOCX.")
    try:
        check_file_type(uploaded.name, uploaded)
    except FileTypeRefused as refusal:
        raise FileRefused(str(refusal)) from None
    if kind == "pdf":
        _check_pdf(uploaded)
    if kind == "docx":
        _check_docx(uploaded)
    return kind


def _check_pdf(uploaded):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(uploaded)
        locked = reader.is_encrypted and not reader.decrypt("")
        pages = None if locked else len(reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise FileRefused(f"Tệp PDF “{uploaded.name}” bị hỏng, không mở được.") from error
    finally:
        uploaded.seek(0)
    if locked:
        raise FileRefused(f"Tệp PDF “{uploaded.name}” có mật khẩu: người xem sẽ không mở "
                          "được. Hãy tải lên bản không đặt mật khẩu.")
    if not pages:
        raise FileRefused(f"Tệp PDF “{uploaded.name}” không có trang nào.")


def _check_docx(uploaded):
    """Not a Word file, or one that would unpack too far (a "zip bomb"): refused
    before the extraction task's python-docx parses it."""
    try:
        with open_archive(uploaded) as archive:
            if "word/document.xml" not in archive.namelist():
                raise FileRefused(f"Tệp “{uploaded.name}” không phải văn bản Word (DOCX).")
    except ArchiveRefused as refusal:
        raise FileRefused(f"Tệp “{uploaded.name}”: {refusal}") from None
    except zipfile.BadZipFile as error:
        raise FileRefused(f"Tệp DOCX “{uploaded.name}” bị hỏng, không mở được.") from error
    finally:
        uploaded.seek(0)


def extract(data, kind):
    """(status, text, message) for the bytes of a file of `kind`."""
    from .models import DocumentFile

    if kind == "pdf":
        return _extract_pdf(data)
    if kind == "docx":
        return _extract_docx(data)
    return (DocumentFile.Text.UNSUPPORTED, "",
            "Tệp .doc (Word 97–2003) được lưu nguyên bản; hãy tải thêm bản DOCX hoặc PDF "
            "để tìm kiếm theo nội dung.")


def _extract_pdf(data):
    from pypdf import PdfReader

    from .models import DocumentFile

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return DocumentFile.Text.FAILED, "", "PDF có mật khẩu."
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # pypdf raises many kinds on broken files
        return DocumentFile.Text.FAILED, "", f"Không đọc được PDF: {error.__class__.__name__}."
    text = normalize("\n".join(pages), multiline=True) if pages else ""
    readable = sum(1 for char in text if char.isalnum())
    if readable < MIN_CHARS_PER_PAGE * max(len(pages), 1):
        return (DocumentFile.Text.NO_TEXT_LAYER, text,
                "PDF là bản quét, không có lớp chữ: Văn phòng cần nhập toàn văn hoặc "
                "tải bản có lớp chữ.")
    return DocumentFile.Text.OK, text, ""


def _extract_docx(data):
    import docx

    from .models import DocumentFile

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on broken files
        return DocumentFile.Text.FAILED, "", f"Không đọc được DOCX: {error.__class__.__name__}."
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return DocumentFile.Text.OK, normalize("\n".join(lines), multiline=True), ""


@task()
def extract_document_file(file_id):
    """Background: extract one file's text, then re-index its document."""
    from . import indexing
    from .models import DocumentFile

    item = DocumentFile.objects.select_related("document").filter(pk=file_id).first()
    if item is None:
        return
    with item.file.open("rb") as handle:
        data = handle.read()
    item.text_status, item.extracted_text, item.text_message = extract(data, item.kind)
    with transaction.atomic():
        item.save(update_fields=["text_status", "extracted_text", "text_message"])
        indexing.reindex(item.document)
