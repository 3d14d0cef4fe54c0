"""Whether an uploaded file is what its name says, from its first bytes.

Uploaded documents are served under their own names: a "bao-cao.pdf" that is
really a web page, a program or an archive must not be stored as a PDF. Every
upload path that keeps a file calls `check_file_type` before storing it (the
document library's form, the legal documents' files, the citizens'
attachments); its refusal's message is for the user, in Vietnamese.

Binary types must start with their magic bytes (the same rule for .doc, .xls
and .ppt, one container; for .docx, .xlsx, .pptx, .odt and .ods, a ZIP
archive, whose parts the callers that read them check further). Plain text
(.txt, .csv) must not be binary or a web page, as a browser would take it.
An extension not listed here is left to the caller's own list.

Plain Python, no Django.
"""

import os

HEAD_BYTES = 1024

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97–2003 compound file
_ZIP = b"PK\x03\x04"
_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "doc": (_OLE,), "xls": (_OLE,), "ppt": (_OLE,),
    "docx": (_ZIP,), "xlsx": (_ZIP,), "pptx": (_ZIP,), "odt": (_ZIP,), "ods": (_ZIP,),
    "zip": (_ZIP, b"PK\x05\x06"),  # the second: an empty archive
    "rtf": (b"{\\rtf",),
    "rar": (b"Rar!\x1a\x07",),
    "7z": (b"7z\xbc\xaf\x27\x1c",),
    "jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "gif": (b"GIF87a", b"GIF89a"),
}
_TEXT = {"txt", "csv"}
_NAMES = {"doc": "Word (.doc)", "xls": "Excel (.xls)", "ppt": "PowerPoint (.ppt)",
          "docx": "Word (.docx)", "xlsx": "Excel (.xlsx)", "pptx": "PowerPoint (.pptx)",
          "odt": "ODT", "ods": "ODS", "7z": "7-Zip", "jpeg": "JPG"}

# What the content is, when it is something else: first match wins.
_FOUND = (
    (b"%PDF-", "tệp PDF"),
    (_OLE, "tệp Word/Excel/PowerPoint 97–2003"),
    (_ZIP, "tệp nén ZIP (hoặc Word/Excel/PowerPoint)"),
    (b"{\\rtf", "tệp RTF"),
    (b"Rar!\x1a\x07", "tệp nén RAR"),
    (b"7z\xbc\xaf\x27\x1c", "tệp nén 7-Zip"),
    (b"\xff\xd8\xff", "ảnh JPEG"),
    (b"\x89PNG\r\n\x1a\n", "ảnh PNG"),
    (b"GIF8", "ảnh GIF"),
    (b"MZ", "chương trình Windows (.exe)"),
    (b"\x7fELF", "chương trình (ELF)"),
)
# A browser takes a document starting with one of these for a web page
# (WHATWG MIME sniffing, "HTML"), each followed by a space or ">"; and SVG,
# which runs scripts when opened by itself.
_HTML_TAGS = (b"<!doctype html", b"<html", b"<head", b"<script", b"<iframe", b"<h1", b"<div",
              b"<font", b"<table", b"<a", b"<style", b"<title", b"<b", b"<body", b"<br",
              b"<p", b"<!--")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class FileTypeRefused(ValueError):
    """The file's content is not of the type its name says; the message says so."""


def check_file_type(name, source):
    """Refuse (FileTypeRefused) a file whose first bytes do not match its
    extension. `source` is the file's bytes or a binary file, left at its start."""
    ext = os.path.splitext(os.path.basename(name or ""))[1].lower().lstrip(".")
    if ext not in _SIGNATURES and ext not in _TEXT:
        return
    head = _head(source)
    if ext in _TEXT:
        found = _markup(head) or (_binary(head) and (_magic(head) or "dữ liệu nhị phân"))
        if found:
            raise FileTypeRefused(_refusal(name, ext, found))
        return
    if not head.startswith(_SIGNATURES[ext]):
        raise FileTypeRefused(_refusal(name, ext, _markup(head) or _magic(head)))


def _head(source):
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source[:HEAD_BYTES])
    source.seek(0)
    try:
        return source.read(HEAD_BYTES)
    finally:
        source.seek(0)


def _magic(head):
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "ảnh WebP"
    return next((found for magic, found in _FOUND if head.startswith(magic)), None)


def _markup(head):
    """"trang web (HTML)" or "ảnh SVG" when a browser would read the file so."""
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    text = head.lstrip(b" \t\r\n\x0c").lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "ảnh SVG (có thể chứa mã chạy được)"
    for tag in _HTML_TAGS:
        if text.startswith(tag) and text[len(tag):len(tag) + 1] in (b" ", b">"):
            return "trang web (HTML)"
    return None


def _binary(head):
    """NUL bytes in what should be text (UTF-16 text, with its mark, has them)."""
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _refusal(name, ext, found):
    shown = os.path.basename(name)
    if ext in _TEXT:
        start = f"Tệp “{shown}” không phải văn bản ({ext.upper()})"
    else:
        start = f"Tệp “{shown}” không phải là tệp {_NAMES.get(ext, ext.upper())} thật"
    content = f"nội dung là {found}," if found else "nội dung"
    return (f"{start}: {content} không đúng với phần mở rộng .{ext}. Tệp không được lưu; "
            "hãy mở tệp gốc, lưu lại đúng định dạng rồi tải lên lần nữa.")
