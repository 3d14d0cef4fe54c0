"""Wagtail and Django signals that keep the search index current."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import backends, indexing
from .models import SearchEntry


def page_published_handler(sender, instance, **kwargs):
    indexing.index_page(instance)


def page_withdrawn(sender, instance, **kwargs):
    """Unpublished — or about to be deleted: Wagtail sends page_unpublished from
    pre_delete, while the row is still live. Indexing it then would add an
    entry after Django collected the rows to cascade, and the deleted page
    would leave it behind; so this only ever removes."""
    indexing.remove_pages([instance.pk])


def subtree_changed(sender, instance, **kwargs):
    """Moved or renamed: the url paths (and maybe the section) of the whole
    subtree changed."""
    indexing.index_subtree(instance)


def restriction_changed(sender, instance, **kwargs):
    """A view restriction added or lifted: the subtree turns private or public.

    Re-indexed after the commit: a restriction is also deleted when its page
    is, and indexing the page then would add entries that the page's own
    deletion no longer removes."""
    page_id = instance.page_id

    def reindex():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            indexing.index_subtree(page)

    if page_id:
        transaction.on_commit(reindex)


def entry_deleted(sender, instance, **kwargs):
    """Every way an entry goes (its page deleted, its locale deleted, removed
    after unpublishing) also removes its FTS5 row."""
    if backends.uses_fts_table():
        backends.sqlite_delete([instance.fts_key])


def connect():
    page_published.connect(page_published_handler, dispatch_uid="congtin.search.published")
    page_unpublished.connect(page_withdrawn, dispatch_uid="congtin.search.unpublished")
    post_page_move.connect(subtree_changed, dispatch_uid="congtin.search.moved")
    page_slug_changed.connect(subtree_changed, dispatch_uid="congtin.search.slug")
    post_save.connect(restriction_changed, sender=PageViewRestriction,
                      dispatch_uid="congtin.search.restricted")
    post_delete.connect(restriction_changed, sender=PageViewRestriction,
                        dispatch_uid="congtin.search.unrestricted")
    post_delete.connect(entry_deleted, sender=SearchEntry, dispatch_uid="congtin.search.entry")
