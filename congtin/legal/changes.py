"""Files and relations of a published document wait for the editorial chain.

On a published document, a file or relation the Office adds is stored as
"chờ duyệt" (pending_add) and a removal is "sẽ gỡ khi duyệt"
(pending_remove): the public page, the other document's reverse relations,
derived validity and the full-text search keep what was approved until
step 4 publishes the document (`apply`, from workflow.on_published). Adding
or removing starts the chain for the document, or joins its open run, as a
field edit does (documents.save_draft). A return leaves the changes pending;
the Office may withdraw one (`withdraw`) before resubmitting.

A document that is not published yet takes its files and relations with its
first publication, so they are public rows at once, as before; the bulk
import and the demo use files.store_file and relations.add directly.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from wagtail.log_actions import log

from congtin.editorial import chain
from congtin.editorial import services as chain_services

from . import indexing, relations, status, workflow
from .files import store_file
from .models import DocumentFile, DocumentRelation, LegalDocument, Publication
from .storage import PENDING_PREFIX, is_pending, make_private, make_public, storage

logger = logging.getLogger(__name__)


def waits_for_chain(document):
    """True when a change of this document's files and relations must be approved."""
    return LegalDocument.objects.filter(pk=document.pk,
                                        state=LegalDocument.State.PUBLISHED).exists()


def may_change(user, document):
    """The Office; on a published document in the chain, only while the run
    is at step 1. The Office adds files and relations one at a time and the
    first one starts the run, so the others join it before the Office's own
    member of the board has reviewed anything; from step 2 on, Đ.8.3 holds
    (only that step's people change the item, as for its fields)."""
    if not workflow.can_enter(user):
        return False
    if not waits_for_chain(document) or not workflow.locked_for(document, user):
        return True
    return chain_services.current_step(document) == chain.UNIT


def _require(user, document):
    if not may_change(user, document):
        raise PermissionDenied(
            "Văn bản đang ở một bước của quy trình duyệt; chỉ người của bước này xử lý.")


def _join_chain(document, user):
    """A pending change is content: it needs a run of the chain (a new
    revision, so step 4 cannot publish what step 3 approved without it)."""
    draft = document.get_latest_revision_as_object()
    draft.save_revision(user=user, clean=False)
    if not workflow.in_chain(draft):
        workflow.submit(draft, user)


@transaction.atomic
def attach(document, uploaded, kind, user):
    _require(user, document)
    if not waits_for_chain(document):
        return store_file(document, uploaded, kind, user)
    item = store_file(document, uploaded, kind, user, publication=Publication.PENDING_ADD)
    _join_chain(document, user)
    return item


@transaction.atomic
def detach(item, user):
    """Remove a file: at once on a document not yet published (or for an
    addition still pending: the Office withdraws it), else when approved."""
    document = item.document
    _require(user, document)
    if item.publication == Publication.PENDING_ADD or not waits_for_chain(document):
        return _delete_file(item, user, "detach")
    if item.publication == Publication.PENDING_REMOVE:
        return None
    item.publication = Publication.PENDING_REMOVE
    item.save(update_fields=["publication"])
    log(document, "congtin.legal.detach_pending", user=user, data={"tep": item.original_name})
    _join_chain(document, user)
    return None


def _delete_file(item, user, action):
    document = item.document
    log(document, f"congtin.legal.{action}", user=user, data={"tep": item.original_name})
    name = item.file.name
    item.delete()
    transaction.on_commit(lambda: storage.delete(name))
    indexing.reindex(document)


@transaction.atomic
def relate(source, target, kind, user):
    _require(user, source)
    if not waits_for_chain(source):
        return relations.add(source, target, kind, user)
    relation = relations.add(source, target, kind, user, publication=Publication.PENDING_ADD)
    _join_chain(source, user)
    return relation


@transaction.atomic
def unrelate(relation, user):
    source = relation.source
    _require(user, source)
    if relation.publication == Publication.PENDING_ADD or not waits_for_chain(source):
        return relations.remove(relation, user)
    if relation.publication == Publication.PENDING_REMOVE:
        return None
    relation.publication = Publication.PENDING_REMOVE
    relation.save(update_fields=["publication"])
    log(source, "congtin.legal.unrelate_pending", user=user,
        data={"quan_he": relation.get_kind_display(), "van_ban": relation.target.symbol})
    _join_chain(source, user)
    return None


@transaction.atomic
def keep(item, user):
    """Cancel a pending removal (of a file or a relation): it stays public."""
    document = item.document if isinstance(item, DocumentFile) else item.source
    _require(user, document)
    if item.publication != Publication.PENDING_REMOVE:
        return
    item.publication = Publication.PUBLIC
    item.save(update_fields=["publication"])
    log(document, "congtin.legal.keep", user=user, data={"muc": str(item)})


def apply(document):
    """Step 4 published the document: pending additions become public,
    pending removals go, and the other document of every changed relation
    gets its validity and search column refreshed (this document's follow
    in workflow.on_published). Called inside the publication's transaction;
    private copies of moved files are removed once it commits. The files of
    a document published for the first time (or again, after a withdrawal)
    were kept private too (storage.py): they become public now."""
    files = list(document.files.filter(~Q(publication=Publication.PUBLIC)
                                       | Q(file__startswith=PENDING_PREFIX)))
    links = list(document.outgoing_relations.exclude(publication=Publication.PUBLIC)
                 .select_related("target"))
    if not files and not links:
        return
    done = {"tep_cong_bo": [], "tep_go": [], "quan_he_cong_bo": [], "quan_he_go": []}
    for item in files:
        _apply_file(item, done)
    for relation in links:
        _apply_relation(relation, done)
    for target in {relation.target_id: relation.target for relation in links}.values():
        status.refresh(target)
        indexing.reindex(target)
    log(document, "congtin.legal.apply_changes", data=done)


def _apply_file(item, done):
    if item.publication == Publication.PENDING_REMOVE:
        done["tep_go"].append(item.original_name)
        name = item.file.name
        item.delete()
        transaction.on_commit(lambda: storage.delete(name))
        return
    done["tep_cong_bo"].append(item.original_name)
    if is_pending(item.file.name):
        _move(item, make_public)
    item.publication = Publication.PUBLIC
    item.save(update_fields=["file", "publication"])


def _apply_relation(relation, done):
    label = f"{relation.get_kind_display()} {relation.target.symbol}"
    if relation.publication == Publication.PENDING_REMOVE:
        done["quan_he_go"].append(label)
        DocumentRelation.objects.filter(pk=relation.pk).delete()
    else:
        done["quan_he_cong_bo"].append(label)
        DocumentRelation.objects.filter(pk=relation.pk).update(publication=Publication.PUBLIC)


def hide_files(document):
    """The document was withdrawn: its files leave MEDIA_ROOT (a bookmarked
    or guessed address then answers 404) and come back with a new
    publication (`apply`). Public copies are removed once this commits."""
    for item in document.files.exclude(file__startswith=PENDING_PREFIX):
        _move(item, make_private)
        item.save(update_fields=["file"])


def _move(item, copy):
    """Copy the item's file to the other folder and point the row at the copy;
    the old copy goes once the transaction commits. A file already missing
    from the disk (restored from an old backup, removed by hand) must not
    stop a publication or a withdrawal: it is logged and the row kept as is
    (the admin then says "Không tìm thấy tệp.")."""
    old = item.file.name
    try:
        item.file.name = copy(item.file)
    except FileNotFoundError:
        logger.warning("legal: file %s of document %s is missing on disk", old, item.document_id)
        return
    transaction.on_commit(lambda: storage.delete(old))
