"""Vietnamese text for congtin: NFC, legacy encodings, search folding, collation.

Plain Python with no Django import, so it can be used and tested alone.

    normalize(text, multiline=True) -> str      every text that enters congtin
    repair_text(text) -> RepairResult           TCVN3/VNI/VIQR/NFD passages in Unicode text
    decode_bytes(data, *, encoding=None, capitals=False) -> DecodeResult
                                                bytes of unknown encoding -> Unicode
    fold(text) -> str                           search key: "Công Thương" -> "cong thuong"
    unify_tone_placement(text) -> str           hòa -> hoà, thúy -> thuý, qủa -> quả
    sort_key(text), name_sort_key(full_name)    Vietnamese alphabetical order
    is_syllable(word) -> bool                   is this a Vietnamese syllable?

Errors derive from VntextError (a ValueError): NotText, TooLarge,
UnknownEncoding, CannotEncode. Inputs over MAX_BYTES are refused unread.

Every function takes time linear in the length of its input, hostile input
included (runs of any whitespace, of combining marks, endless tokens): no
pattern is retried from each character of a run, no diff or cache is given a
whole token (tests/vntext/test_vntext_hostile_input.py, bench/vntext_whitespace.py).
"""

from .collate import name_sort_key, sort_key
from .decode import MAX_BYTES, DecodeResult, decode_bytes
from .errors import CannotEncode, NotText, TooLarge, UnknownEncoding, VntextError
from .fold import fold, unify_tone_placement
from .legacy import decode_tcvn3, decode_vni, encode_vn3, encode_vni
from .normalize import normalize
from .repair import RepairResult, repair_text
from .syllable import is_syllable
from .viqr import decode_viqr, encode_viqr

__all__ = [
    "MAX_BYTES",
    "CannotEncode",
    "DecodeResult",
    "NotText",
    "RepairResult",
    "TooLarge",
    "UnknownEncoding",
    "VntextError",
    "decode_bytes",
    "decode_tcvn3",
    "decode_viqr",
    "decode_vni",
    "encode_viqr",
    "encode_vn3",
    "encode_vni",
    "fold",
    "is_syllable",
    "name_sort_key",
    "normalize",
    "repair_text",
    "sort_key",
    "unify_tone_placement",
]
