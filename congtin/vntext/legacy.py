"""Legacy Vietnamese encodings: tables, decoders and encoders.

Three families survive in old documents:

* TCVN3 (TCVN 5712:1993, the "ABC" fonts). VN1 gives every letter its own
  byte, capitals included (glibc's TCVN5712-1). VN3 is what the .VnTime fonts
  use: the same lowercase codes, capitals only for Ă Â Ê Ô Ơ Ư Đ, and toned
  capitals written with the .VnTimeH font on the *lowercase* codes; bytes
  0x80–0x9F are then ordinary Windows punctuation (curly quotes, dashes).
* VNI-Windows: an ASCII base letter followed by a modifier byte
  ("aù" = á, "oâ" = ô, "Coâng" = Công); a few letters are single bytes.
* Windows-1258: precomposed base letters plus combining tone marks.

Text pasted from such documents reaches us already mis-decoded through
Windows-1252 or Latin-1 ("Së C«ng Th\\u00ad¬ng"), so each table also exists as a
"view": the characters Windows-1252 shows for the legacy bytes.
"""

import codecs
import re

from .errors import CannotEncode
from .letters import ALL_TONED, HOI, HUYEN, NANG, NGA, NGANG, SAC, SPLIT
from .nfc import nfc

# --- TCVN3 -------------------------------------------------------------------

_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xB0: tone marks, then letters
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)
# VN1 also puts twelve capitals on unused control codes.
_TCVN3_LOW = {
    0x01: "Ú",
    0x02: "Ụ",
    0x04: "Ừ",
    0x05: "Ử",
    0x06: "Ữ",
    0x11: "Ứ",
    0x12: "Ự",
    0x13: "Ỳ",
    0x14: "Ỷ",
    0x15: "Ỹ",
    0x16: "Ý",
    0x17: "Ỵ",
}


def _cp1252_char(b: int) -> str:
    """What Windows shows for byte b (undefined bytes come through as C1 codes)."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


def _table(vn1: bool) -> str:
    low = "".join(_TCVN3_LOW.get(b, chr(b)) if vn1 else chr(b) for b in range(128))
    c1 = _TCVN3_HIGH[:32] if vn1 else "".join(_cp1252_char(b) for b in range(0x80, 0xA0))
    return low + c1 + _TCVN3_HIGH[32:]


TCVN3_VN1_TABLE = _table(vn1=True)
TCVN3_VN3_TABLE = _table(vn1=False)


def decode_tcvn3(data: bytes, *, vn1: bool = True, capitals: bool = False) -> str:
    """Decode TCVN3 bytes. vn1=False reads 0x80–0x9F as punctuation (.VnTime);
    capitals=True means the text was set in a .VnTimeH font (all capitals)."""
    table = TCVN3_VN3_TABLE if (capitals or not vn1) else TCVN3_VN1_TABLE
    text = nfc(codecs.charmap_decode(data, "strict", table)[0])
    return text.upper() if capitals else text


def _vn3_encoding_map() -> dict[str, int]:
    # 0x80–0x9F keep their Windows punctuation (… – “ ”) in .VnTime documents.
    table = {ch: b for b, ch in enumerate(TCVN3_VN3_TABLE) if b >= 0x80 and ch >= "\u00a0"}
    for b in range(0xB0, 0xB5):  # the bare tone marks are not letters
        del table[TCVN3_VN3_TABLE[b]]
    return table


_VN3_ENCODE = _vn3_encoding_map()


def encode_vn3(text: str, *, capitals: bool = False) -> bytes:
    """Encode to TCVN3 as a .VnTime document stores it (capitals=True: .VnTimeH,
    where the lowercase codes are shown as capitals)."""
    text = nfc(text.lower() if capitals else text)
    out = bytearray()
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ord(ch))
        elif ch in _VN3_ENCODE:
            out.append(_VN3_ENCODE[ch])
        else:
            raise CannotEncode(
                f"TCVN3 (VN3) has no code for {ch!r} at position {i}"
                " (toned capitals need the .VnTimeH font: capitals=True)"
            )
    return bytes(out)


# --- VNI-Windows ----------------------------------------------------------------

# Modifier characters as Windows-1252 shows them, by tone.
_VNI_PLAIN = {HUYEN: "ø", HOI: "û", NGA: "õ", SAC: "ù", NANG: "ï"}
_VNI_CIRCUMFLEX = {NGANG: "â", HUYEN: "à", HOI: "å", NGA: "ã", SAC: "á", NANG: "ä"}
_VNI_BREVE = {NGANG: "ê", HUYEN: "è", HOI: "ú", NGA: "ü", SAC: "é", NANG: "ë"}
_VNI_I = {NGANG: "i", HUYEN: "ì", HOI: "æ", NGA: "ó", SAC: "í", NANG: "ò"}


def _vni_lower(base: str, tone: int) -> str:
    if base == "i":
        return _VNI_I[tone]
    if base == "y" and tone == NANG:
        return "î"  # ỵ is a single byte
    if base in "âêô":
        return {"â": "a", "ê": "e", "ô": "o"}[base] + _VNI_CIRCUMFLEX[tone]
    if base == "ă":
        return "a" + _VNI_BREVE[tone]
    head = {"ơ": "ô", "ư": "ö"}.get(base, base)  # ơ and ư are single bytes
    return head + _VNI_PLAIN.get(tone, "")


def _vni_table() -> dict[str, str]:
    table = {"đ": "ñ", "Đ": "Ñ"}
    for letter in ALL_TONED:
        if letter in table:
            continue
        base, tone = SPLIT[letter]
        seq = _vni_lower(base.lower(), tone)
        table[letter] = seq.upper() if letter.isupper() else seq
    return table


# Unicode letter -> the VNI sequence as Windows-1252 shows it.
VNI_VIEW = {k: v for k, v in _vni_table().items() if k != v}
_VNI_DECODE = {v: k for k, v in VNI_VIEW.items()}
# Capitalised words sometimes carry a lowercase modifier ("Aù"); read the case
# from the base letter.
for _seq, _letter in list(_VNI_DECODE.items()):
    if len(_seq) == 2 and _seq[0].isupper():
        _VNI_DECODE.setdefault(_seq[0] + _seq[1].lower(), _letter)
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI_DECODE), key=len, reverse=True)))


def vni_from_view(text: str) -> str:
    """Convert VNI as Windows-1252 shows it ("Coâng") to Unicode ("Công")."""
    return _VNI_RE.sub(lambda m: _VNI_DECODE[m.group()], text)


def cp1252_view(data: bytes) -> str:
    """Bytes as Windows shows them in a Western locale (the paste path)."""
    return data.decode("latin-1").translate(_C1_TO_CP1252)


_C1_TO_CP1252 = {b: _cp1252_char(b) for b in range(0x80, 0xA0)}


def decode_vni(data: bytes) -> str:
    """Decode VNI-Windows bytes to NFC Unicode."""
    return nfc(vni_from_view(cp1252_view(data)))


def encode_vni(text: str) -> bytes:
    """Encode Unicode to VNI-Windows bytes (for tests and round trips)."""
    text = nfc(text)
    view = "".join(VNI_VIEW.get(ch, ch) for ch in text)
    try:
        return view.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise CannotEncode(f"VNI has no code for {exc.object[exc.start]!r}") from None


# --- Windows-1258 ----------------------------------------------------------------


def decode_cp1258(data: bytes) -> str:
    """Decode Windows-1258; its tones are combining marks, so compose to NFC."""
    return nfc(data.decode("cp1258"))


# --- TCVN3 as Windows-1252 shows it (the paste path) --------------------------------


def _tcvn3_view() -> dict[int, str]:
    view = {}
    for b in list(range(0x80, 0x100)) + list(_TCVN3_LOW):
        letter = TCVN3_VN1_TABLE[b]
        view[ord(_cp1252_char(b))] = letter
        view[b] = letter  # the same byte through Latin-1 (a C1 control code)
    return view


TCVN3_VIEW = _tcvn3_view()


def tcvn3_from_view(text: str) -> str:
    """Convert TCVN3 as Windows-1252 shows it ("C«ng") to Unicode ("Công")."""
    return nfc(text.translate(TCVN3_VIEW))


# VNI sequences that produce ă â ê ô ơ ư or đ: Western text never has them
# ("oâ", "aê", "öô"), so one of them is strong evidence of VNI.
VNI_MARKED_RE = re.compile(
    "|".join(
        sorted(
            (
                re.escape(seq)
                for seq, letter in _VNI_DECODE.items()
                if SPLIT.get(letter, ("", 0))[0].lower() in "ăâêôơư" or letter in "đĐ"
            ),
            key=len,
            reverse=True,
        )
    )
)
