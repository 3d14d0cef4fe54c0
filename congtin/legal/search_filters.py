"""The public search's filters, read from the query string.

Unknown or malformed values are ignored rather than refused: a visitor with a
stale link still gets a listing. Each filter matches one of the library's
indexes (models.LegalDocument.Meta.indexes).
"""

import datetime
from dataclasses import dataclass, fields
from urllib.parse import urlencode

from django.utils import timezone

from congtin.vntext import normalize

from .models import DocumentType, Validity

MAX_QUERY = 200
EARLIEST_YEAR = 1945
LARGEST_ID = 2**63 - 1  # a BigAutoField; SQLite refuses a larger integer outright


def _int_or_none(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        return None


def _id_or_none(raw):
    """A row id from the query string, or None for anything no row can have
    (not a number, zero or less, beyond the database's integers)."""
    number = _int_or_none(raw)
    return number if number is not None and 1 <= number <= LARGEST_ID else None


@dataclass
class SearchFilters:
    query: str = ""
    doc_type: str = ""
    issuer: int | None = None
    field: int | None = None
    year: int | None = None
    status: str = ""

    @classmethod
    def from_request(cls, request):
        get = request.GET
        year = _int_or_none(get.get("nam"))
        if year is not None and not EARLIEST_YEAR <= year <= timezone.localdate().year + 1:
            year = None
        return cls(
            query=normalize(get.get("q", ""), multiline=False).strip()[:MAX_QUERY],
            doc_type=get.get("loai", "") if get.get("loai") in DocumentType.values else "",
            issuer=_id_or_none(get.get("co_quan")),
            field=_id_or_none(get.get("linh_vuc")),
            year=year,
            status=get.get("hieu_luc", "") if get.get("hieu_luc") in Validity.values else "",
        )

    def apply(self, queryset):
        if self.doc_type:
            queryset = queryset.filter(doc_type=self.doc_type)
        if self.issuer:
            queryset = queryset.filter(issuer_id=self.issuer)
        if self.field:
            queryset = queryset.filter(field_id=self.field)
        if self.year:
            # A date range, not __year, so the issue_date index serves it.
            queryset = queryset.filter(issue_date__gte=datetime.date(self.year, 1, 1),
                                       issue_date__lte=datetime.date(self.year, 12, 31))
        if self.status:
            queryset = queryset.filter(status=self.status)
        return queryset

    def query_string(self):
        names = {"query": "q", "doc_type": "loai", "issuer": "co_quan", "field": "linh_vuc",
                 "year": "nam", "status": "hieu_luc"}
        pairs = [(names[f.name], getattr(self, f.name)) for f in fields(self)]
        return urlencode([(name, value) for name, value in pairs if value])

    @property
    def active(self):
        return any(getattr(self, f.name) for f in fields(self))

    @staticmethod
    def year_choices():
        this_year = timezone.localdate().year
        return list(range(this_year, 1990, -1))
