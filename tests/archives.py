"""Hostile ZIP archives made from a real .docx or .xlsx: the same file with one
part that would unpack far beyond its size (no Django import)."""

import io
import struct
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rebuilt(original, replace=None, extra=()):
    """`original` entry for entry, `replace` {name: bytes} swapped in, `extra`
    [(name, bytes)] added, every entry deflated."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info)))
        for name, data in extra:
            target.writestr(name, data)
    return out.getvalue()


def repeated_text_xml(size):
    """A document.xml whose one paragraph is a run of `size` bytes of one word."""
    run = "bom " * (size // 4)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{run}</w:t></w:r></w:p>'
            f'</w:body></w:document>').encode()


def ratio_bomb(original, name="word/document.xml", size=3 * 1024 * 1024):
    """The file (a few KB more) with its part `name` unpacking ~1000 times larger."""
    return _rebuilt(original, {name: repeated_text_xml(size)})


def spread_bomb(original, parts=60, part_size=1_000_000):
    """Many parts, each too small to matter alone, that together unpack to
    `parts` × `part_size` bytes."""
    return _rebuilt(original, extra=[(f"customXml/phan{i}.xml", b"\0" * part_size)
                                     for i in range(parts)])


def many_entries(original, count=1200):
    """The file with `count` tiny parts more."""
    return _rebuilt(original, extra=[(f"customXml/muc{i}.xml", b"<a/>") for i in range(count)])


def lying_sizes(original, name="word/document.xml", size=3 * 1024 * 1024, declared=1000):
    """`name` holds `size` bytes but its headers (local and central) say `declared`."""
    data = bytearray(_rebuilt(original, {name: repeated_text_xml(size)}))
    encoded = name.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(encoded)] == encoded:
                struct.pack_into("<L", data, at + size_at, declared)
            at = data.find(signature, at + 4)
    return bytes(data)
