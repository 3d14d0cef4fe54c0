"""The folded search column of a document (search without diacritics).

`search_text` holds fold(number, summary, issuer, signer, full text), so
"quyet dinh 467" finds "Quyết định 467/QĐ-SCT" with a plain LIKE that needs
no search engine. The full text is the one the Office typed, or else what was
extracted from the attached files.
"""

from congtin.vntext import fold

from .models import DocumentFile, LegalDocument

MAX_WORDS = 8  # more words than this add nothing but cost


def full_text_of(document):
    if document.full_text.strip():
        return document.full_text
    # A file waiting for approval is not searchable yet (changes.py).
    texts = DocumentFile.objects.visible().filter(document=document).values_list(
        "extracted_text", flat=True)
    return "\n".join(text for text in texts if text)


def search_text_for(document):
    parts = [document.symbol, document.summary, document.issuer.name, document.issuer.code,
             document.signer, full_text_of(document)]
    return fold(" ".join(part for part in parts if part))


def reindex(document):
    document.search_text = search_text_for(document)
    LegalDocument.objects.filter(pk=document.pk).update(search_text=document.search_text)


def query_words(query):
    """The folded words of a visitor's query, at most MAX_WORDS of them."""
    return [word for word in fold(query or "").split() if word][:MAX_WORDS]


def filter_by_text(queryset, query):
    for word in query_words(query):
        queryset = queryset.filter(search_text__contains=word)
    return queryset
