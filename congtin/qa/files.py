"""Which attachments a question may carry: the type is read from the file's
first bytes, not from its name or the browser's word, and must agree with the
extension (a .pdf that is really a program is refused: the project's one
check, congtin.textinput.filetypes); a .docx or .xlsx must also hold a Word
document or an Excel workbook."""

import io
import zipfile

from django.conf import settings

from congtin.textinput.filetypes import FileTypeRefused, check_file_type

ALLOWED = ("pdf", "doc", "docx", "xls", "xlsx", "jpg", "png")
MAX_FILES = 3


def max_bytes():
    return int(getattr(settings, "QA_MAX_ATTACHMENT_MB", 10)) * 1024 * 1024


def _office_zip(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def extension(filename):
    name = (filename or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return "jpg" if ext == "jpeg" else ext


def check(filename, data):
    """Return (kind, None) for an acceptable file, or (None, reason) in
    Vietnamese the asker can read."""
    ext = extension(filename)
    if ext not in ALLOWED:
        return None, (f"Tệp “{filename}” có loại không được nhận; chỉ nhận "
                      "PDF, DOC, DOCX, XLS, XLSX, JPG, PNG.")
    if len(data) > max_bytes():
        limit = max_bytes() // (1024 * 1024)
        return None, f"Tệp “{filename}” lớn hơn {limit} MB."
    if not data:
        return None, f"Tệp “{filename}” rỗng."
    try:
        check_file_type(filename, data)
    except FileTypeRefused as refusal:
        return None, str(refusal)
    if ext in {"docx", "xlsx"} and _office_zip(data) != ext:
        return None, (f"Nội dung tệp “{filename}” không đúng với phần mở rộng .{ext}; "
                      "tệp không được nhận.")
    return ext, None
