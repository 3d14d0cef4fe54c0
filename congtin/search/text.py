"""What of a page is searchable, and how text becomes search words.

Both sides pass through the same two steps: `vntext.fold` (no diacritics,
đ → d, lowercase, hòa = hoà) and a split into runs of letters and digits.
The index stores those words joined by single spaces, so that SQLite's FTS5
tokenizer and PostgreSQL's 'simple' parser see exactly the words a query is
split into (PostgreSQL would otherwise keep "sct@tphcm.gov.vn" or
"/van-ban/" as one token that no query word can equal).
"""

import re

from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.search.index import RelatedFields, SearchField

from congtin.vntext import fold

WORD = re.compile(r"[^\W_]+")
# A page's text beyond this is not indexed: it bounds the row size and the
# time to index one page, far above any real article (a long one is ~30,000).
MAX_INDEXED_CHARS = 200_000
EXCERPT_CHARS = 300


def search_words(text):
    """The folded words of `text`, in order: "Sở Công-Thương!" → ["so", "cong", "thuong"]."""
    return WORD.findall(fold(text or ""))


def folded_text(parts):
    """The index's text for the given pieces of a page."""
    words = []
    size = 0
    for part in parts:
        for word in search_words(part):
            size += len(word) + 1
            if size > MAX_INDEXED_CHARS:
                return " ".join(words)
            words.append(word)
    return " ".join(words)


def searchable_parts(page):
    """Every piece of text a visitor may search a page by: its declared search
    fields (title, summary, body with its StreamField blocks and tables, tags…),
    the promote tab's description, and rich-text fields the page type did not
    declare (intros, welcome texts)."""
    declared = set()
    for field in page.get_search_fields():
        declared.add(getattr(field, "field_name", None))
        yield from _field_texts(page, field)
    if page.search_description:
        yield page.search_description
    for model_field in page._meta.get_fields():
        if model_field.name in declared:
            continue
        if isinstance(model_field, (RichTextField, StreamField)):
            value = getattr(page, model_field.name)
            yield from _flatten(model_field.get_searchable_content(value))


def _field_texts(obj, field):
    if isinstance(field, SearchField):
        yield from _flatten(field.get_value(obj))
    elif isinstance(field, RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return
        items = related.all() if hasattr(related, "all") else [related]
        for item in items:
            for sub_field in field.fields:
                yield from _field_texts(item, sub_field)


def _flatten(value):
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _flatten(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _flatten(item)
    else:
        yield force_str(value)


def excerpt_of(page, parts):
    """A short text for the result line: the summary or description the
    editors wrote, else the start of the body."""
    for candidate in (getattr(page, "summary", ""), page.search_description):
        if candidate:
            return _shorten(candidate)
    body = " ".join(p for p in parts if p and p != page.title)
    return _shorten(strip_tags(body))


def _shorten(text):
    text = " ".join(text.split())
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return cut + "…"
