"""Update deadlines for legal documents (Decree 43/2011 Art. 17).

A document must be online within 2 working days of its issue date when the
department issued it, within 10 when another body did. The deadline is kept
on the row so the late list is one indexed query, not a loop over the library.
"""

from django.db.models import F, Q
from django.utils import timezone

from congtin.workdays import add_working_days, working_days_between

from .models import LegalDocument

OWN_DAYS = 2
OTHERS_DAYS = 10


def due_date_for(document):
    days = OWN_DAYS if document.issuer.is_own else OTHERS_DAYS
    return add_working_days(document.issue_date, days)


def late_documents(today=None):
    """Tracked documents published after their deadline, or still not public past it."""
    today = today or timezone.localdate()
    published_late = Q(state=LegalDocument.State.PUBLISHED,
                       published_at__date__gt=F("due_date"))
    still_waiting = (Q(due_date__lt=today)
                     & ~Q(state__in=[LegalDocument.State.PUBLISHED,
                                     LegalDocument.State.WITHDRAWN]))
    return (LegalDocument.objects.filter(deadline_tracked=True)
            .filter(published_late | still_waiting)
            .select_related("issuer").order_by("due_date", "id"))


def days_late(document, today=None):
    end = timezone.localtime(document.published_at).date() if document.published_at else (
        today or timezone.localdate())
    return working_days_between(document.due_date, end)
