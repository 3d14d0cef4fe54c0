"""Validity (tình trạng hiệu lực) derived from dates and relations.

The national database's statuses follow from facts the library holds:
a future effective date means Chưa có hiệu lực; a past expiry date, or a
replacement that is in force, means Hết hiệu lực toàn bộ (from the
replacement's effective date); an amendment in force means Hết hiệu lực một
phần. Suspension (Ngưng hiệu lực) is a decision, so the Office records it.
The result is stored in `LegalDocument.status` for the search filter and
refreshed when a document or relation changes, and once a day for dates
that have passed.
"""

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from .models import LegalDocument, RelationKind, Validity


@dataclass(frozen=True)
class Derivation:
    status: str
    since: datetime.date | None = None
    because: object = None  # the replacing or amending document, when there is one

    @property
    def label(self):
        return Validity(self.status).label


def in_force_from(document):
    return document.effective_date or document.issue_date


def derive(document, today=None):
    """The document's validity on `today`, with the date and the cause."""
    today = today or timezone.localdate()
    if document.suspended:
        return Derivation(Validity.SUSPENDED)
    if document.effective_date and document.effective_date > today:
        return Derivation(Validity.NOT_YET, document.effective_date)
    if document.expiry_date and document.expiry_date <= today:
        return Derivation(Validity.EXPIRED, document.expiry_date)
    acting = _acting_on(document, today)
    replacements = [source for kind, source in acting if kind == RelationKind.REPLACES]
    if replacements:
        first = min(replacements, key=in_force_from)
        return Derivation(Validity.EXPIRED, in_force_from(first), first)
    amendments = [source for kind, source in acting if kind == RelationKind.AMENDS]
    if amendments:
        first = min(amendments, key=in_force_from)
        return Derivation(Validity.PARTLY_EXPIRED, in_force_from(first), first)
    if document.partly_expired:
        return Derivation(Validity.PARTLY_EXPIRED)
    return Derivation(Validity.IN_FORCE, document.effective_date)


def _acting_on(document, today):
    """(kind, source) of replacing/amending documents already in force and not suspended."""
    if document.pk is None:
        return []
    relations = document.incoming_relations.visible().filter(
        kind__in=[RelationKind.REPLACES, RelationKind.AMENDS]).select_related("source")
    return [(r.kind, r.source) for r in relations
            if not r.source.suspended and in_force_from(r.source) <= today]


def refresh(document, today=None):
    """Store the derived status; return True when it changed."""
    status = derive(document, today).status
    if status == document.status:
        return False
    document.status = status
    LegalDocument.objects.filter(pk=document.pk).update(status=status)
    return True


def refresh_due(today=None):
    """Re-derive the documents whose status may have changed with the date:
    effective or expiry dates reached, or a replacement/amendment come into
    force. Touches only those rows, so it is cheap on a large library."""
    today = today or timezone.localdate()
    came_into_force = Q(effective_date__lte=today) | Q(effective_date=None, issue_date__lte=today)
    affected = LegalDocument.objects.filter(
        Q(status=Validity.NOT_YET, effective_date__lte=today)
        | (Q(expiry_date__lte=today) & ~Q(status=Validity.EXPIRED))
        | Q(effective_date__gt=today) & ~Q(status=Validity.NOT_YET)
        | Q(pk__in=_targets_of_sources_in_force(came_into_force))
    )
    return sum(refresh(document, today) for document in affected.distinct())


def _targets_of_sources_in_force(came_into_force):
    from .models import DocumentRelation

    source_ids = LegalDocument.objects.filter(came_into_force).values("pk")
    stale = (Q(kind=RelationKind.REPLACES) & ~Q(target__status=Validity.EXPIRED)
             | Q(kind=RelationKind.AMENDS, target__status=Validity.IN_FORCE))
    return DocumentRelation.objects.visible().filter(stale, source__in=source_ids).values("target")


def refresh_once_a_day():
    """Run `refresh_due` at most once a day per cache (the public search calls it)."""
    today = timezone.localdate()
    key = f"legal:status-refreshed:{today.isoformat()}"
    if cache.add(key, True, timeout=26 * 3600):
        refresh_due(today)
