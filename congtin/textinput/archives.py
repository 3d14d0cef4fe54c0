"""Opening an uploaded ZIP archive (.docx, .xlsx, a bundle of files) only once
it is known not to unpack into more than it may.

A .docx of 16 KB can hold a document.xml of 16 MB of one repeated word (deflate
packs up to ~1000:1), and the reader that parses it needs a hundred times that
in memory. `open_archive` decides from the archive's own records before any
parser sees it: the end record (how many entries, how large the directory,
read before zipfile builds one object per entry), then the central directory
(the entries' declared sizes: their total and each one's compression ratio),
then — unless told not to — it inflates every entry once, counting the bytes,
and stops as soon as an entry gives more than it declared or the total passes
the limit (a header that lies about its sizes; a CRC that does not match).

Plain Python, no Django: the callers turn `ArchiveRefused` into their own
form or import error; its message is for the user, in Vietnamese. A file that
is not a ZIP archive at all raises zipfile.BadZipFile, which each caller words
for its own kind of file.
"""

import io
import lzma
import os
import struct
import zipfile
import zlib

MAX_ENTRIES = 1000  # a Word or Excel file has a few dozen, plus one per picture
MAX_UNPACKED = 50 * 1024 * 1024
MAX_RATIO = 100  # what Apache POI allows for OOXML files
RATIO_GRACE = 1024 * 1024  # an entry this small cannot hurt, whatever its ratio
# Room in the central directory per entry: 46 bytes, the name, extra fields.
DIRECTORY_BYTES_PER_ENTRY = 1024
CHUNK = 64 * 1024

_END = struct.Struct("<4s4H2LH")  # end of central directory record
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
_DECOMPRESSION_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError,
                         zlib.error, lzma.LZMAError)


class ArchiveRefused(ValueError):
    """The archive would unpack into more than allowed; the message says why."""


def open_archive(source, *, max_entries=MAX_ENTRIES, max_unpacked=MAX_UNPACKED,
                 max_ratio=MAX_RATIO, read=True):
    """The archive in `source` (bytes, a binary file or a path) as an open
    zipfile.ZipFile, or ArchiveRefused. A file object is left at its start.

    `read=False` skips inflating the entries (a bundle of hundreds of MB of
    PDFs checked in a request); whoever reads an entry later relies on zipfile
    stopping at the entry's declared size, which was checked here.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = io.BytesIO(source)
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            _check_end_record(handle, max_entries)
        return _checked(_zip(source), max_entries, max_unpacked, max_ratio, read)
    try:
        _check_end_record(source, max_entries)
        return _checked(_zip(source), max_entries, max_unpacked, max_ratio, read)
    finally:
        source.seek(0)


def _zip(source):
    try:
        return zipfile.ZipFile(source)
    except (OSError, ValueError, EOFError, KeyError, struct.error) as error:
        raise zipfile.BadZipFile(str(error)) from error


def _check_end_record(handle, max_entries):
    """Refuse an archive whose end record announces too many entries or too
    large a directory, before zipfile reads that directory into memory."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    start = max(0, size - _END.size - 0xFFFF)  # the record, then a comment of ≤ 64 KB
    handle.seek(start)
    tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + _END.size > len(tail):
        raise zipfile.BadZipFile("no end of central directory record")
    entries, directory = _END.unpack_from(tail, at)[4:6]
    if entries == 0xFFFF or directory == 0xFFFFFFFF:  # ZIP64: the real figures are elsewhere
        entries, directory = _zip64_figures(handle, start + at)
    if entries > max_entries or directory > max_entries * DIRECTORY_BYTES_PER_ENTRY:
        raise ArchiveRefused(_too_many(entries, max_entries))


def _zip64_figures(handle, end_at):
    handle.seek(max(0, end_at - _END64_LOCATOR.size))
    locator = handle.read(_END64_LOCATOR.size)
    if len(locator) < _END64_LOCATOR.size or locator[:4] != b"PK\x06\x07":
        raise zipfile.BadZipFile("no ZIP64 end record locator")
    handle.seek(_END64_LOCATOR.unpack(locator)[2])
    record = handle.read(_END64.size)
    if len(record) < _END64.size or record[:4] != b"PK\x06\x06":
        raise zipfile.BadZipFile("no ZIP64 end record")
    fields = _END64.unpack(record)
    return fields[7], fields[8]


def _checked(archive, max_entries, max_unpacked, max_ratio, read):
    try:
        infos = archive.infolist()
        if len(infos) > max_entries:
            raise ArchiveRefused(_too_many(len(infos), max_entries))
        total = sum(info.file_size for info in infos)
        if total > max_unpacked:
            raise ArchiveRefused(_too_large(total, max_unpacked))
        for info in infos:
            if (info.file_size > RATIO_GRACE
                    and info.file_size > max_ratio * max(info.compress_size, 1)):
                raise ArchiveRefused(_ratio(info, max_ratio))
        if read:
            _read_counting(archive, infos, max_unpacked)
    except Exception:
        archive.close()
        raise
    return archive


def _read_counting(archive, infos, max_unpacked):
    """Inflate every entry, counting: no more than declared, nor in total."""
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        count = 0
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    count += len(chunk)
                    total += len(chunk)
                    if count > info.file_size or total > max_unpacked:
                        raise ArchiveRefused(_lying(info))
        except RuntimeError:  # zipfile: "password required for extraction"
            raise ArchiveRefused(
                f"Phần “{_name(info)}” của tệp được đặt mật khẩu. Hãy tải lên bản không đặt "
                "mật khẩu.") from None
        except _DECOMPRESSION_ERRORS:  # a CRC that does not match, a cut stream…
            raise ArchiveRefused(_lying(info)) from None
        if count != info.file_size:
            raise ArchiveRefused(_lying(info))


def _name(info):
    name = info.filename
    return name if len(name) <= 80 else name[:77] + "…"


def _mb(size):
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def _too_many(count, limit):
    return (f"Tệp chứa quá nhiều thành phần bên trong ({count}; tối đa {limit}). Hãy mở tệp, "
            "lưu lại hoặc chia thành nhiều tệp rồi tải lên lần nữa.")


def _too_large(size, limit):
    return (f"Tệp khi giải nén quá lớn ({_mb(size)}; tối đa {_mb(limit)}). Hãy nén ảnh trong "
            "tệp hoặc chia thành nhiều tệp rồi tải lên lần nữa.")


def _ratio(info, limit):
    times = info.file_size // max(info.compress_size, 1)
    return (f"Tệp bị nén bất thường: phần “{_name(info)}” nở ra gấp {times} lần khi giải nén "
            f"(tối đa {limit} lần), dấu hiệu của một “quả bom nén”. Tệp không được nhận.")


def _lying(info):
    return (f"Tệp bị hỏng hoặc đã bị sửa: nội dung phần “{_name(info)}” không khớp với kích "
            "thước ghi trong tệp. Tệp không được nhận.")
