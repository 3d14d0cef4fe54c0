"""Saving a document: the derived columns that follow from what was entered.

Number, type code, issuer code and numbering year come from the số ký hiệu;
the address (slug) too; then the update deadline, the validity status and the
search column. Every save is logged and kept as a Wagtail revision.

A published document is not changed in place: the edit becomes a new revision
and goes to the editorial chain, and the public keeps the approved version
(the row) until step 4 publishes the revision (workflow.on_published).
"""

from django.db import transaction
from wagtail.log_actions import log

from . import deadlines, indexing, status
from .models import LegalDocument
from .symbols import parse_symbol, slug_for


def apply_symbol(document, symbol=None):
    symbol = symbol or parse_symbol(document.symbol)
    document.symbol = str(symbol)
    document.number = symbol.number
    document.type_code = symbol.type_code or (symbol.drafting_unit and "CV")
    document.issuer_code = symbol.issuer
    document.numbering_year = symbol.year or document.issue_date.year


def duplicate_of(document):
    """Another document with the same number, type and issuer in the same year."""
    return (LegalDocument.objects.filter(
        issuer_code=document.issuer_code, type_code=document.type_code,
        number=document.number, numbering_year=document.numbering_year)
        .exclude(pk=document.pk).first())


def unique_slug(document):
    base = slug_for(document.symbol)
    taken = LegalDocument.objects.exclude(pk=document.pk)
    if not taken.filter(slug=base).exists():
        return base
    return f"{base}-{document.numbering_year}"


@transaction.atomic
def save(document, user, action):
    """Save with every derived column; `action` is "create", "edit" or
    "import" for the log. Returns the document (for a published one: the
    draft, not saved to the row)."""
    apply_symbol(document)
    if document.pk is None:
        document.entered_by = user
        document.live = False
        document.has_unpublished_changes = True
    document.slug = unique_slug(document)
    document.due_date = deadlines.due_date_for(document)
    if document.pk and document.state == LegalDocument.State.PUBLISHED:
        return save_draft(document, user)
    document.save()
    document.save_revision(user=user, clean=False)
    refresh_derived(document)
    log(document, f"congtin.legal.{action}", user=user, data={"so_ky_hieu": document.symbol})
    return document


def refresh_derived(document):
    """Validity, the validity of what it acts on, and the search column, from
    the row (after a save, or when step 4 publishes a revision)."""
    status.refresh(document)
    # A changed effective date or suspension changes what this document replaces.
    for relation in document.outgoing_relations.select_related("target"):
        status.refresh(relation.target)
    indexing.reindex(document)


def save_draft(document, user):
    """A change to a published document: a new revision sent to the chain
    (or added to the one already there); the row — the public page, the
    search index — stays as approved."""
    from . import workflow

    document.save_revision(user=user, clean=False)
    log(document, "congtin.legal.edit_draft", user=user, data={"so_ky_hieu": document.symbol})
    if not workflow.in_chain(document):
        workflow.submit(document, user)
    return document
