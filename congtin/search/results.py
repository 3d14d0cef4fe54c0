"""Search results as the view shows them: a sliceable sequence for
`content.listing.paginate` (which never counts), and highlighted text."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from congtin.vntext import fold

from . import backends
from .models import SearchEntry

_WORD_OR_NOT = re.compile(r"([^\W_]+)")
RESULT_FIELDS = ("id", "page_id", "locale_id", "title", "url_path", "date", "kind", "category",
                 "excerpt")


# Deeper pages cost more with every page (OFFSET); past this a visitor is
# better served by another word, and the pagination stops.
MAX_RESULTS = 500


class SearchResults:
    """The entries matching a query, newest first. Slicing runs one bounded
    query (LIMIT/OFFSET) and loads just the rows of that slice."""

    def __init__(self, query, locale_id, category=None):
        self.query = query
        self.locale_id = locale_id
        self.category = category

    def __getitem__(self, window):
        if not isinstance(window, slice):
            raise TypeError("SearchResults only supports slices")
        start = window.start or 0
        stop = min(window.stop, MAX_RESULTS)
        if start >= stop:
            return []
        page_ids = backends.match_page_ids(self.query, self.locale_id, self.category,
                                           limit=stop - start, offset=start)
        # Only what a result line shows; the page row only for its URL.
        entries = (SearchEntry.objects.filter(page_id__in=page_ids).select_related("page")
                   .only(*RESULT_FIELDS, "page__id", "page__url_path"))
        by_page = {entry.page_id: entry for entry in entries}
        return [by_page[pk] for pk in page_ids if pk in by_page]


def highlight(text, query):
    """`text`, HTML-escaped, with the words that match the query in <mark>."""
    terms = set(query.terms)
    last = query.terms[-1] if query.prefix else None
    pieces = []
    for index, piece in enumerate(_WORD_OR_NOT.split(text)):
        if index % 2 and _matches(fold(piece), terms, last):
            pieces.append(f"<mark>{escape(piece)}</mark>")
        else:
            pieces.append(escape(piece))
    return mark_safe("".join(pieces))


def _matches(folded, terms, last):
    return folded in terms or (last is not None and folded.startswith(last))
