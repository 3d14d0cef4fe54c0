"""decode_bytes(): bytes of unknown encoding (an uploaded file, an e-mail part)
to NFC Unicode, with the encoding it found.

Order: size limit, byte-order marks, binary refusal, UTF-8, then the legacy
Vietnamese encodings scored by how many of the words they produce are valid
Vietnamese syllables, then Windows-1252 for plain Western text. Broken UTF-8
is an error, not a guess: reading it as TCVN3 would silently garble it.
"""

import codecs
import re
from dataclasses import dataclass, field

from .errors import NotText, TooLarge, UnknownEncoding, VntextError
from .legacy import decode_cp1258, decode_tcvn3, decode_vni
from .nfc import nfc
from .repair import repair_text
from .syllable import is_syllable
from .viqr import decode_viqr

MAX_BYTES = 50 * 1024 * 1024


def grouped(n: int) -> str:
    """1234567 -> "1.234.567", the Vietnamese way of grouping digits."""
    return f"{n:,}".replace(",", ".")


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "audio or video"),
)
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH = re.compile(rb"[\x80-\xff]")
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT_OK = frozenset("\u00a0–—‘’‚“”„…•«»°©®™€£§¶·×÷±²³¹½¼¾¿¡ªºµ†‡‰‹›")
_SAMPLE = 64 * 1024
_CONTROL_OK = frozenset(b"\t\n\r\x0c\x1a\x1b") | frozenset(
    [0x01, 0x02, 0x04, 0x05, 0x06, *range(0x11, 0x18)]
)  # TCVN3 capitals live there


@dataclass
class DecodeResult:
    """text: NFC Unicode; encoding: what the bytes were; changed: characters
    that differ from a plain reading; found: legacy passages repaired inside
    Unicode input (e.g. ["TCVN3"])."""

    text: str
    encoding: str
    changed: int = 0
    found: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for people: "TCVN3 → Unicode, 1.234 characters changed"."""
        if not self.changed:
            return "already Unicode, unchanged"
        label = self.encoding
        if self.found:
            label += " with " + ", ".join(self.found) + " passages"
        noun = "character" if self.changed == 1 else "characters"
        count = grouped(self.changed)
        return f"{label} → Unicode, {count} {noun} changed"


_LEGACY = {
    "tcvn3": ("TCVN3", lambda b: decode_tcvn3(b)),
    "vn3": ("TCVN3", lambda b: decode_tcvn3(b, vn1=False)),
    "vni": ("VNI", decode_vni),
    "cp1258": ("Windows-1258", decode_cp1258),
}
_ALIASES = {
    "tcvn": "tcvn3",
    "abc": "tcvn3",
    "tcvn5712-1": "tcvn3",
    "vni-windows": "vni",
    "windows-1258": "cp1258",
    "utf8": "utf-8",
    "cp1252": "windows-1252",
    "latin-1": "windows-1252",
}


def decode_bytes(
    data: bytes, *, encoding: str | None = None, capitals: bool = False
) -> DecodeResult:
    """Decode bytes of unknown encoding to NFC Unicode and say what they were.

    encoding forces one of: utf-8, utf-16, tcvn3, vn3, vni, cp1258, viqr,
    windows-1252. capitals=True reads TCVN3 set in a .VnTimeH font (capitals
    on the lowercase codes). Raises TooLarge (over MAX_BYTES), NotText (binary
    data) or UnknownEncoding (bytes valid in no supported encoding).
    """
    if len(data) > MAX_BYTES:
        raise TooLarge(f"input is {grouped(len(data))} bytes; the limit is {grouped(MAX_BYTES)}")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _unicode(_strict(data, codec, name), name)
    if encoding and _ALIASES.get(encoding.lower(), encoding.lower()) == "utf-16":
        return _forced(data, "utf-16")  # UTF-16 without BOM is full of NUL bytes
    _refuse_binary(data)
    if capitals:
        return _finish(decode_tcvn3(data, capitals=True), "TCVN3")
    if encoding:
        return _forced(data, encoding.lower())
    try:
        return _unicode(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as exc:
        if _looks_like_utf8(data):
            raise UnknownEncoding(_broken_utf8(exc)) from None
        bad = exc.start
    return _guess_legacy(data, bad)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UnknownEncoding(
            f"starts as {name} but byte {grouped(exc.start)} is invalid"
        ) from None


def _unicode(text: str, name: str) -> DecodeResult:
    repaired = repair_text(text)
    if repaired.found == ["VIQR"] and text.isascii():
        return DecodeResult(repaired.text, "VIQR", repaired.changed)
    return DecodeResult(repaired.text, name, repaired.changed, repaired.found)


def _finish(text: str, name: str) -> DecodeResult:
    text = nfc(text)
    return DecodeResult(text, name, sum(1 for ch in text if not ch.isascii()))


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"not text: this is {what}")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise NotText(f"not text: binary data (NUL byte at offset {grouped(nul)})")
    sample = data[:_SAMPLE]
    odd = sum(1 for b in sample if b < 0x20 and b not in _CONTROL_OK)
    if odd > max(8, len(sample) // 100):
        raise NotText(
            f"not text: binary data ({odd} control bytes in the first {grouped(len(sample))})"
        )


def _looks_like_utf8(data: bytes) -> bool:
    sample = data[: 4 * _SAMPLE]
    high = len(_HIGH.findall(sample))
    in_seqs = sum(len(m) for m in _UTF8_SEQ.findall(sample))
    return high > 0 and in_seqs >= high / 2


def _broken_utf8(exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start]
    return (
        f"invalid byte sequence: the text is UTF-8 but byte 0x{byte:02X} at offset "
        f"{grouped(exc.start)} is not valid UTF-8 (damaged or truncated file?)"
    )


def _forced(data: bytes, encoding: str) -> DecodeResult:
    encoding = _ALIASES.get(encoding, encoding)
    if encoding in _LEGACY:
        name, decode = _LEGACY[encoding]
        return _finish(_decode_or_fail(decode, data, name), name)
    if encoding == "viqr":
        text = _strict(data, "ascii", "VIQR")
        converted = decode_viqr(text)
        return DecodeResult(converted, "VIQR", sum(1 for ch in converted if not ch.isascii()))
    if encoding in ("utf-8", "utf-16", "windows-1252"):
        return _unicode(
            _strict(data, encoding.replace("windows-", "cp"), encoding.upper()), encoding.upper()
        )
    raise VntextError(f"unknown encoding name {encoding!r}")


def _decode_or_fail(decode, data: bytes, name: str) -> str:
    try:
        return decode(data)
    except UnicodeDecodeError as exc:
        raise UnknownEncoding(f"byte {grouped(exc.start)} is not valid {name}") from None


def _sample(data: bytes) -> bytes:
    """Up to four slices across the file, cut at spaces, for scoring."""
    if len(data) <= 4 * _SAMPLE:
        return data
    step = len(data) // 4
    parts = [data[k * step : k * step + _SAMPLE] for k in range(4)]
    return b" ".join(p[p.find(b" ") + 1 : p.rfind(b" ")] for p in parts)


def _score(text: str) -> tuple[float, int]:
    """(share of non-ASCII words that are Vietnamese syllables, how many)."""
    words = [w for w in _WORD.findall(text) if not w.isascii() and len(w) > 1]
    junk = sum(
        1
        for ch in text
        if not ch.isascii() and not ch.isalpha() and ch not in _PUNCT_OK and not ch.isspace()
    )
    valid = sum(1 for w in words if is_syllable(w))
    return valid / max(1, len(words) + junk), valid


def _guess_legacy(data: bytes, bad: int) -> DecodeResult:
    sample, best = _sample(data), None
    for key in ("vn3", "tcvn3", "vni", "cp1258"):
        name, decode = _LEGACY[key]
        try:
            score, valid = _score(decode(sample))
        except UnicodeDecodeError:
            continue
        if valid and score >= 0.6 and (best is None or score > best[0]):
            best = (score, key)
    if best:
        name, decode = _LEGACY[best[1]]
        return _finish(decode(data), name)
    if _plausible_western(data):
        return _finish(data.decode("cp1252"), "Windows-1252")
    raise UnknownEncoding(
        f"invalid byte sequence: byte 0x{data[bad]:02X} at offset {grouped(bad)} is not UTF-8, and the "
        "text does not read as TCVN3, VNI, Windows-1258 or Windows-1252"
    )


def _plausible_western(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in text if not ch.isascii()]
    fine = sum(1 for ch in high if ch.isalpha() or ch in _PUNCT_OK)
    runs = re.findall(r"[^\x00-\x7f]{4,}", text)
    return fine >= 0.9 * len(high) and not runs
