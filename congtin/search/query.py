"""A visitor's query, made safe: folded words only, never syntax.

Whatever arrives (quotes, `*`, NEAR, `-`, `(`, `:`, NUL bytes, 10 kB of text,
legacy-encoded Vietnamese) is cut to MAX_QUERY_CHARS, folded and split into
words of letters and digits; the backends build their own query syntax from
those words alone, so nothing a visitor types can reach FTS5 or tsquery as an
operator.
"""

from dataclasses import dataclass

from congtin.vntext import normalize

from .text import search_words

MAX_QUERY_CHARS = 200
# More words than this only narrow the result further; the cap bounds the
# query's cost (each word is one more doclist to intersect).
MAX_TERMS = 12
# A one-letter prefix would expand to a large part of the vocabulary.
MIN_PREFIX_CHARS = 2


@dataclass(frozen=True)
class SearchQuery:
    text: str  # what the visitor typed, tidied, for the form and the heading
    terms: tuple[str, ...]  # folded words; all must match
    prefix: bool  # the last term also matches longer words ("thu" → "thuong")
    cut: bool = False  # the query was longer than MAX_QUERY_CHARS
    dropped_terms: int = 0  # words beyond MAX_TERMS, left out

    def __bool__(self):
        return bool(self.terms)


def parse(raw):
    """Turn the raw `q` parameter into a SearchQuery (possibly without terms)."""
    # Normalising never lengthens text by more than a few times; reading
    # 4 × the limit keeps a 10 kB query from costing 10 kB of repair work.
    tidy = normalize((raw or "")[: MAX_QUERY_CHARS * 4], multiline=False)
    text = tidy[:MAX_QUERY_CHARS].strip()
    words = tuple(dict.fromkeys(search_words(text)))
    terms = words[:MAX_TERMS]
    prefix = bool(terms) and len(terms[-1]) >= MIN_PREFIX_CHARS
    return SearchQuery(text=text, terms=terms, prefix=prefix,
                       cut=len(tidy) > MAX_QUERY_CHARS,
                       dropped_terms=len(words) - len(terms))
