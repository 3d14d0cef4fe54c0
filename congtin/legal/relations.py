"""Relations between documents: amends, replaces, guides.

A relation is stored once (source → target); the other document shows it in
the reverse voice ("Bị thay thế bởi…") without a second row. A relation that
would close a loop (A replaces B, B amends A) is refused: no real chain of
legal documents runs in a circle, and a loop would make validity undefined.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from . import status
from .models import REVERSE_LABELS, DocumentRelation, Publication, RelationKind

MAX_WALK = 10_000  # documents visited before giving up: far beyond any real chain


def reaches(start, goal_id):
    """True when following relations from `start` leads to the document `goal_id`."""
    seen, frontier = {start.pk}, [start.pk]
    while frontier and len(seen) < MAX_WALK:
        following = set(DocumentRelation.objects.filter(source_id__in=frontier)
                        .values_list("target_id", flat=True))
        if goal_id in following:
            return True
        frontier = list(following - seen)
        seen |= following
    return False


def check(source, target, kind):
    """Raise ValidationError with the reason a relation cannot be added."""
    if source.pk == target.pk:
        raise ValidationError("Một văn bản không thể có quan hệ với chính nó.")
    if DocumentRelation.objects.filter(source=source, target=target, kind=kind).exists():
        raise ValidationError("Quan hệ này đã có.")
    if reaches(target, source.pk):
        raise ValidationError(
            f"Không thể thêm: {target.symbol} đã (trực tiếp hoặc gián tiếp) "
            f"{RelationKind(kind).label.lower()} hoặc liên quan đến {source.symbol}; "
            "quan hệ mới sẽ tạo thành vòng lặp.")
    if kind == RelationKind.REPLACES and source.issue_date < target.issue_date:
        raise ValidationError(
            f"{source.symbol} ban hành trước {target.symbol}, nên không thể thay thế văn bản đó.")


@transaction.atomic
def add(source, target, kind, user=None, publication=Publication.PUBLIC):
    """Store a relation; a pending one (changes.relate) changes nothing the
    public sees, the target's validity included, until it is published."""
    from wagtail.log_actions import log

    check(source, target, kind)
    relation = DocumentRelation.objects.create(source=source, target=target, kind=kind,
                                               publication=publication)
    status.refresh(target)
    action = "relate" if publication == Publication.PUBLIC else "relate_pending"
    log(source, f"congtin.legal.{action}", user=user,
        data={"quan_he": RelationKind(kind).label, "van_ban": target.symbol})
    return relation


@transaction.atomic
def remove(relation, user=None):
    from wagtail.log_actions import log

    target = relation.target
    log(relation.source, "congtin.legal.unrelate", user=user,
        data={"quan_he": relation.get_kind_display(), "van_ban": target.symbol})
    relation.delete()
    status.refresh(target)


def for_display(document, public=True):
    """[(label, [documents])] in both directions, for the document page:
    only relations the public may see (a pending addition is not yet one)."""
    outgoing = document.outgoing_relations.visible().select_related("target")
    incoming = document.incoming_relations.visible().select_related("source")
    groups = {}
    for relation in outgoing:
        if not public or relation.target.is_public:
            groups.setdefault(relation.get_kind_display(), []).append(relation.target)
    for relation in incoming:
        if not public or relation.source.is_public:
            groups.setdefault(REVERSE_LABELS[relation.kind], []).append(relation.source)
    return list(groups.items())
