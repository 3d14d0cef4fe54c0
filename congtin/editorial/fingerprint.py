"""The fingerprint of an item's content: its visible text and its set of images.

What the Head approves is the content (Đ.7.1.a); presentation — block order,
heading levels, image layout and size, link formatting — belongs to the
technical department (Đ.7.1.b). So the fingerprint keeps the words of each
block (tags stripped, whitespace folded, NFC) as a sorted multiset, and the
set of image ids; it ignores every presentation field of `content/blocks.py`.
"""

import difflib
import hashlib
import json
import re
from collections import Counter

from django.utils.html import strip_tags

from congtin.vntext import normalize

PRESENTATION_FIELDS = {"level", "layout", "display"}
_SPACE = re.compile(r"\s+")


def _text(value):
    return _SPACE.sub(" ", normalize(strip_tags(str(value)))).strip()


def _walk(value, texts, images):
    """Collect texts and image ids from raw StreamField data."""
    if isinstance(value, dict):
        if "type" in value and "value" in value:
            _block(value["type"], value["value"], texts, images)
            return
        for key, item in value.items():
            if key not in PRESENTATION_FIELDS:
                _walk(item, texts, images)
    elif isinstance(value, list):
        for item in value:
            _walk(item, texts, images)


def _block(kind, value, texts, images):
    if kind == "figure":
        image = value.get("image") or {}
        image_id = image.get("image") if isinstance(image, dict) else image
        if image_id:
            images.add(int(image_id))
        parts = [value.get("caption", ""), value.get("credit", "")]
        if isinstance(image, dict):
            parts.append(image.get("alt_text", ""))
        texts.append(_text(" ".join(p for p in parts if p)))
    elif kind == "table":
        rows = (value or {}).get("data") or []
        cells = [_text(cell) for row in rows for cell in row if cell]
        texts.append(" | ".join(cells + [_text((value or {}).get("table_caption", ""))]))
    elif kind in {"paragraph"}:
        texts.append(_text(value))
    elif isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if key not in PRESENTATION_FIELDS and isinstance(item, str):
                parts.append(_text(item))
        texts.append(" ".join(p for p in parts if p))
    else:
        texts.append(_text(value))


def snapshot_of(page):
    """The content of a page (a revision's object) that the Head approves."""
    texts, images = [], set()
    _walk(list(page.body.raw_data), texts, images)
    if getattr(page, "listing_image_id", None):
        images.add(page.listing_image_id)
    heading = [_text(page.title), _text(getattr(page, "summary", ""))]
    return {"texts": heading + [t for t in texts if t], "images": sorted(images)}


def fingerprint_of(page):
    snapshot = snapshot_of(page)
    canonical = json.dumps({"texts": sorted(snapshot["texts"]), "images": snapshot["images"]},
                           ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def diff_snapshots(before, after):
    """What changed, for the Head: text lines added or removed, images added
    or removed. Reordering alone is not a change; a line that appears twice
    (a summary repeating the lead) counts twice."""
    removed = sorted((Counter(before["texts"]) - Counter(after["texts"])).elements())
    added = sorted((Counter(after["texts"]) - Counter(before["texts"])).elements())
    lines = list(difflib.unified_diff(removed, added, "đã duyệt", "hiện tại", lineterm="", n=0))
    return {
        "text_removed": removed,
        "text_added": added,
        "unified": lines,
        "images_added": sorted(set(after["images"]) - set(before["images"])),
        "images_removed": sorted(set(before["images"]) - set(after["images"])),
    }


_TOKENS = re.compile(r"\s+|[^\s]+")
PAIRING_THRESHOLD = 0.4


def _words(text):
    return _TOKENS.findall(text)


def _similarity(a, b):
    return difflib.SequenceMatcher(None, _words(a), _words(b), autojunk=False).ratio()


def _segments(before, after):
    """Word by word: [("equal"|"delete"|"insert", text), …], runs merged."""
    a, b = _words(before), _words(after)
    segments = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(("insert", "".join(b[j1:j2])))
    return segments


def word_diff(diff):
    """The Head's view of a text change (Đ.9.2.c): each changed line paired with
    the line that replaced it, marked word by word; a line only removed or
    only added is one deleted or inserted run. Works on stored diffs too."""
    added = list(diff.get("text_added", []))
    lines = []
    for removed in diff.get("text_removed", []):
        best = max(added, key=lambda line: _similarity(removed, line), default=None)
        if best is not None and _similarity(removed, best) >= PAIRING_THRESHOLD:
            added.remove(best)
            lines.append(_segments(removed, best))
        else:
            lines.append([("delete", removed)])
    lines += [[("insert", line)] for line in added]
    return lines
