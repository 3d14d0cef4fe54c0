"""Text cleaning on top of vntext.normalize() for the shapes text takes in a
web application: a plain value, a fragment between HTML tags, a Draftail
block with styled ranges, a table of cells.

Đ.7.3: "Bộ mã tiếng Việt thống nhất dùng là mã Unicode." Whatever arrives
(NFD, TCVN3/VNI pasted from old documents, VIQR, zero-width characters) is
stored as NFC Unicode. Everything here is pure and works on plain Python
values, so the middleware, the upload converter and the repair action share
one definition of "clean".
"""

import html
import re
from bisect import bisect_left

from congtin.vntext import normalize

# The whitespace vntext itself recognises. Python's \s would also match
# U+001C–U+001F and U+0085, which are letters of mis-decoded TCVN3.
_WS = "\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WS_CHARS = "\t\n\x0b\x0c\r \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) \
    + "\u2028\u2029\u202f\u205f\u3000"  # the same, for str.strip
_WORD = re.compile(f"[^{_WS}]+")
_NEWLINE = re.compile("[\r\n\u2028\u2029\x0b\x0c]")


def clean_text(value: str, multiline: bool | None = None) -> str:
    """Return `value` as congtin stores text (NFC, legacy passages repaired).

    The public helper for every app whose text does not come through a web
    form: e-mail bodies and subjects, imported files, API payloads. With
    multiline=None the value decides: text with a line break keeps its lines
    (multi-line rules), text without one is a single line (runs of spaces
    become one, ends are stripped, as Django's CharField does anyway).
    """
    if not value:
        return value
    if multiline is None:
        multiline = bool(_NEWLINE.search(value))
    return normalize(value, multiline=multiline)


def clean_fragment(text: str) -> str:
    """Clean a piece of text that sits between other pieces (an HTML text
    node, a Word run): its leading and trailing whitespace belong to the
    neighbours and are kept as they are. Multi-line rules inside: a no-break
    space between a number and its unit is meant and stays."""
    # str.strip, not a pattern: "^(ws*)(.*?)(ws*)$" retries the tail from
    # every character and is quadratic in a text full of spaces.
    start = len(text) - len(text.lstrip(_WS_CHARS))
    end = len(text.rstrip(_WS_CHARS))
    if start >= end:
        return text
    return text[:start] + normalize(text[start:end], multiline=True) + text[end:]


def clean_html(markup: str) -> str:
    """Clean the text nodes of a rich-text HTML string; tags and attributes
    are left byte for byte. Entities are decoded for the check and the node
    is rewritten only when its text actually changes."""
    parts = _split_tags(markup)
    for k in range(0, len(parts), 2):  # even indexes: text between tags
        raw = parts[k]
        if not raw:
            continue
        text = html.unescape(raw)
        cleaned = clean_fragment(text)
        if cleaned != text:
            parts[k] = html.escape(cleaned, quote=False)
    return "".join(parts)


def _split_tags(markup: str) -> list[str]:
    """Text and tags alternately, as re.split(r"(<[^>]*>)") gives them, in
    linear time: the pattern scans to the end again from every "<" that no
    ">" closes ("<" * 100_000 would take minutes)."""
    parts, last = [], 0
    while (start := markup.find("<", last)) != -1:
        end = markup.find(">", start)
        if end == -1:
            break  # no tag closes after here
        parts += [markup[last:start], markup[start : end + 1]]
        last = end + 1
    parts.append(markup[last:])
    return parts


def clean_table(table: dict) -> dict:
    """Clean a Wagtail TableBlock value: every cell and the caption."""
    result = dict(table)
    data = table.get("data")
    if isinstance(data, list):
        result["data"] = [
            [clean_text(cell) if isinstance(cell, str) else cell for cell in row]
            if isinstance(row, list) else row
            for row in data
        ]
    caption = table.get("table_caption")
    if isinstance(caption, str):
        result["table_caption"] = clean_text(caption, multiline=False)
    return result


def is_contentstate(value) -> bool:
    """A Draftail editor value: {"blocks": [...], "entityMap": {...}}."""
    return isinstance(value, dict) and isinstance(value.get("blocks"), list) \
        and "entityMap" in value


def clean_contentstate(state: dict) -> dict:
    """Clean the text of every Draftail block and move its style and link
    ranges along, so that a bold word stays bold after repair."""
    result = dict(state)
    result["blocks"] = [_clean_block(block) for block in state["blocks"]]
    return result


def _clean_block(block):
    text = block.get("text") if isinstance(block, dict) else None
    if not isinstance(text, str) or not text:
        return block
    new = normalize(text, multiline=True)
    if new == text:
        return block
    mapper = OffsetMap(text, new)
    result = dict(block, text=new)
    for key in ("inlineStyleRanges", "entityRanges"):
        ranges = block.get(key)
        if isinstance(ranges, list):
            result[key] = [mapper.range(r) for r in ranges]
    return result


class OffsetMap:
    """Map character positions of a text to the same places in its
    normalised form, in linear time.

    normalize() changes text word by word (and whitespace between words), so
    the words of the two texts are paired in order; inside a changed word the
    common prefix and suffix keep their places and the changed middle maps to
    its new extent. When dropping invisible characters made the word counts
    differ, positions are scaled to the new length (a best effort for a rare
    case; a general diff is quadratic and a hostile paragraph would stall the
    request).
    """

    def __init__(self, old: str, new: str):
        self.old, self.new = old, new
        self.old_words = [m.span() for m in _WORD.finditer(old)]
        self.new_words = [m.span() for m in _WORD.finditer(new)]
        self.paired = len(self.old_words) == len(self.new_words)
        self.old_stops = [stop for _start, stop in self.old_words]

    def range(self, entry):
        if not isinstance(entry, dict):
            return entry
        offset, length = entry.get("offset"), entry.get("length")
        if not isinstance(offset, int) or not isinstance(length, int):
            return entry
        start = self.position(offset, end=False)
        stop = self.position(offset + length, end=True)
        return dict(entry, offset=start, length=max(0, stop - start))

    def position(self, index: int, end: bool) -> int:
        index = max(0, min(index, len(self.old)))
        if not self.paired:
            return round(index * len(self.new) / max(1, len(self.old)))
        # The first word that ends at or after `index`.
        k = bisect_left(self.old_stops, index)
        if k == len(self.old_words):  # trailing whitespace
            return self.new_words[-1][1] if end and self.new_words else len(self.new)
        o_start, o_stop = self.old_words[k]
        n_start, n_stop = self.new_words[k]
        if index < o_start:  # in the whitespace before word k
            if end:
                return self.new_words[k - 1][1] if k else 0
            return n_start
        return n_start + _inside(self.old[o_start:o_stop], self.new[n_start:n_stop],
                                 index - o_start, end)


def _inside(old: str, new: str, index: int, end: bool) -> int:
    """Position `index` of word `old` within its cleaned form `new`."""
    if old == new:
        return index
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    if index <= prefix:
        return index
    if index >= len(old) - suffix:
        return len(new) - (len(old) - index)
    return len(new) - suffix if end else prefix
