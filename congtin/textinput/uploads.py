"""Đ.7.3 for uploaded files: a .txt in a legacy encoding is stored as UTF-8
NFC; a .docx whose runs were typed in .VnTime/.VnTimeH (TCVN3) or VNI fonts
has its text repaired. Other file types are stored as they came.

The conversion is decided here from the bytes alone (no Django), and the
document form (forms.py) applies it and reports refusals in Vietnamese.
"""

import io
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape, unescape

from congtin.textinput.archives import ArchiveRefused, open_archive
from congtin.vntext import MAX_BYTES, NotText, TooLarge, UnknownEncoding, decode_bytes, repair_text
from congtin.vntext.decode import grouped

# The parts of a .docx that carry the text people read.
_TEXT_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_TEXT_NODE = re.compile(rb"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")
_RUN = re.compile(rb"<w:r(?:\s[^>]*)?>.*?</w:r>", re.DOTALL)
_RUN_FONT = re.compile(rb'<w:rFonts\b[^>]*\bw:(?:ascii|hAnsi)="([^"]*)"')
_XML_ENTITIES = {"&quot;": '"', "&apos;": "'"}


class UploadRefused(ValueError):
    """The file cannot be stored as text; the message is for the user."""


@dataclass
class Conversion:
    """New bytes for the file and what was done, for the audit log."""

    data: bytes
    kind: str  # "txt" or "docx"
    source: str  # the encoding found: "TCVN3", "VNI", "UTF-16", …
    changed: int  # characters changed (txt) or text runs repaired (docx)

    def summary(self) -> str:
        if self.kind == "txt" and not self.changed:
            return f"Tệp văn bản {self.source} đã được lưu lại bằng Unicode (UTF-8, NFC)."
        if self.kind == "txt":
            return (f"Tệp văn bản {self.source} đã được chuyển sang Unicode (UTF-8, NFC); "
                    f"{grouped(self.changed)} ký tự thay đổi.")
        return (f"Đã sửa mã tiếng Việt ({self.source}) trong {grouped(self.changed)} "
                "đoạn chữ của tệp Word.")


def convert_upload(name: str, data: bytes) -> Conversion | None:
    """The conversion a file needs, or None when it is stored as it came."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == "txt":
        return convert_txt(data)
    if extension == "docx":
        return repair_docx(data)
    return None


def convert_txt(data: bytes) -> Conversion | None:
    """A .txt of any supported encoding as UTF-8 NFC; None if it already is."""
    try:
        result = decode_bytes(data)
    except TooLarge:
        raise UploadRefused(_too_large(len(data))) from None
    except NotText:
        raise UploadRefused(
            "Tệp .txt này không phải văn bản (có dữ liệu nhị phân, có thể là ảnh, "
            "tệp nén hay tệp Word đổi đuôi). Hãy tải lên đúng tệp văn bản.") from None
    except UnknownEncoding:
        raise UploadRefused(
            "Không đọc được tệp .txt này: nội dung không đúng bảng mã UTF-8, UTF-16, "
            "TCVN3, VNI hay Windows-1258 (tệp có thể bị hỏng). Hãy mở tệp, lưu lại "
            "dưới dạng Unicode (UTF-8) rồi tải lên lần nữa.") from None
    converted = result.text.encode("utf-8")
    if converted == data:
        return None
    return Conversion(converted, "txt", result.encoding, result.changed)


def repair_docx(data: bytes) -> Conversion | None:
    """Repair legacy-encoded text runs of a .docx; every other part and every
    byte of the XML outside the repaired text nodes stay as they were."""
    archive = _open_docx(data)
    repaired, found, runs = {}, [], 0
    for info in archive.infolist():
        if not _TEXT_PARTS.match(info.filename):
            continue
        if info.file_size > MAX_BYTES:
            raise UploadRefused(_too_large(info.file_size))
        new, count, encodings = _repair_part(archive.read(info))
        if count:
            repaired[info.filename] = new
            runs += count
            found += [e for e in encodings if e not in found]
    if not repaired:
        return None
    return Conversion(_rewrite(archive, repaired), "docx", ", ".join(found), runs)


def _open_docx(data: bytes) -> zipfile.ZipFile:
    if len(data) > MAX_BYTES:
        raise UploadRefused(_too_large(len(data)))
    try:
        archive = open_archive(data)  # a "zip bomb" would fill the memory when rewritten
    except ArchiveRefused as refusal:
        raise UploadRefused(str(refusal)) from None
    except zipfile.BadZipFile:
        raise UploadRefused(_NOT_WORD) from None
    if "word/document.xml" not in archive.namelist():
        archive.close()
        raise UploadRefused(_NOT_WORD)
    return archive


_NOT_WORD = ("Tệp .docx này bị hỏng hoặc không phải tài liệu Word (không có phần nội dung "
             "word/document.xml). Hãy mở tệp bằng Word, lưu lại rồi tải lên lần nữa.")


def _repair_part(xml: bytes) -> tuple[bytes, int, list[str]]:
    found, count = [], 0

    def run(match):
        capitals = _capitals_font(match.group(0))

        def node(text_match):
            nonlocal count
            text = unescape(text_match.group(2).decode("utf-8"), _XML_ENTITIES)
            result = repair_text(text)
            repaired = result.text.upper() if capitals and result.changed else result.text
            if repaired == text:
                return text_match.group(0)
            count += 1
            found.extend(e for e in result.found if e not in found)
            return text_match.group(1) + escape(repaired).encode("utf-8") + text_match.group(3)

        return _TEXT_NODE.sub(node, match.group(0))

    try:
        new = _RUN.sub(run, xml)
    except UnicodeDecodeError:
        raise UploadRefused("Tệp .docx này có phần nội dung không đúng chuẩn (không phải "
                            "UTF-8); Word không mở được nó.") from None
    return new, count, found


def _capitals_font(run: bytes) -> bool:
    """TCVN3 capital fonts (.VnTimeH, .VnArialH…) show the lowercase codes as
    capitals: the repaired text must be upper-cased to read as it was seen."""
    font = _RUN_FONT.search(run)
    if not font:
        return False
    name = font.group(1).decode("utf-8", "replace").strip().lower()
    return name.startswith(".vn") and name.endswith("h")


def _rewrite(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> bytes:
    """The same archive, entry for entry, with `replaced` parts swapped in."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in archive.infolist():
            data = replaced[info.filename] if info.filename in replaced else archive.read(info)
            target.writestr(info, data)
    return out.getvalue()


def _too_large(size: int) -> str:
    return (f"Tệp quá lớn ({grouped(size)} byte); giới hạn là {grouped(MAX_BYTES)} byte. "
            "Hãy chia nhỏ tệp hoặc nén ảnh trong tệp rồi tải lên lần nữa.")


CONVERT_ACTION = "congtin.textinput.convert_upload"
