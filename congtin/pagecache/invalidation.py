"""Drop cached pages whenever something a visitor could see changes.

Pages: published, unpublished, moved, deleted (Wagtail's signals; a move
updates rows in bulk, so post_save alone would miss it). Everything else the
pages draw from (settings, menus, units, snippets, other apps' data) changes
through ordinary saves and deletes, so any saved model counts, except the
bookkeeping ones listed below that change on every login, render or view.

The new generation and the purge of the caching proxy (Varnish, through
Wagtail's frontend-cache HTTP backend) happen after the transaction commits:
earlier, a request could cache the old content again in between.

Visit figures (the visits app: online now, today, views, most viewed) are
the exception: they change with every page view, and dropping every cached
page at each change would leave no cached page under traffic. A change of
those figures starts a new figures generation VISITS_FIGURES_MAX_AGE seconds
later instead (one pending at a time per process), so pages keep being served
from the cache and the figures they show are at most that old. A figures
generation drops the cached pages but, of the render cache (fragments.py),
only the parts that show figures.
"""

import atexit
import logging
import threading

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import generation

logger = logging.getLogger(__name__)

# Written often and never shown on public pages as such.
IGNORED_APPS = {"sessions", "contenttypes", "admin", "auth", "wagtailsearch", "wagtailadmin",
                "wagtailusers", "django_tasks_db", "taggit"}
IGNORED_MODELS = {"wagtailimages.rendition", "wagtailcore.revision",
                  "wagtailcore.pagelogentry", "wagtailcore.modellogentry",
                  "wagtailcore.taskstate", "wagtailcore.workflowstate",
                  "wagtailcore.pagesubscription", "wagtailcore.uploadedfile",
                  "wagtailcore.comment", "wagtailcore.commentreply",
                  "wagtailcore.referenceindex", "wagtailcore.pagelock",
                  # Ratings are confidential: no public page shows them.
                  "participation.rating"}
# Figures that may be shown up to VISITS_FIGURES_MAX_AGE seconds old (see above).
FIGURES_APPS = {"visits"}


def is_ignored(model):
    meta = model._meta
    extra = set(getattr(settings, "PAGECACHE_IGNORED_MODELS", ()))
    return (meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS
            or meta.label_lower in extra)


def content_changed():
    """A new generation at once (this process sees its own change, even inside a
    transaction that is not committed yet) and again, with the proxy purge, when
    the change is committed (pages cached in between are dropped then)."""
    generation.bump()
    transaction.on_commit(_apply, robust=True)


def _apply():
    generation.bump()
    purge_proxies()


def figures_max_age():
    return float(getattr(settings, "VISITS_FIGURES_MAX_AGE", 60))


_figures_timer = None
_figures_lock = threading.Lock()


def figures_changed():
    """Visit figures changed: a new figures generation within figures_max_age()
    seconds. Called for every batch of counted views, so the usual case (a
    bump is already pending) costs one attribute read; no database is touched."""
    global _figures_timer
    if _figures_timer is not None:
        return
    with _figures_lock:
        if _figures_timer is None:
            _figures_timer = start_timer(figures_max_age(), _figures_due)


def start_timer(seconds, action):
    """Run `action` in `seconds` on a daemon thread; returns what cancels it
    (tests put their own clock here instead of waiting)."""
    timer = threading.Timer(seconds, action)
    timer.daemon = True
    timer.start()
    return timer


def _figures_due():
    global _figures_timer
    with _figures_lock:
        _figures_timer = None
    try:
        generation.bump_figures()
        purge_proxies()
    except Exception:  # the next change schedules another; never kill the process for it
        logger.exception("pagecache: could not start a new generation for visit figures")


@atexit.register
def bump_pending_figures():
    """Do a pending figures bump now (a process that stops does it rather than
    never; tests start from no pending bump)."""
    timer = _figures_timer
    if timer is not None:
        timer.cancel()
        _figures_due()


def purge_proxies():
    """Tell the caching proxy to drop its pages. The Varnish configuration in
    deploy/ treats any PURGE as "ban every cached page" (the same generation
    rule as here), so one request to the site's base address is enough, and
    it needs no database (it also runs during migrations)."""
    from wagtail.contrib.frontend_cache.utils import get_backends

    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "http://localhost")
    for backend in get_backends().values():
        backend.purge(base_url.rstrip("/") + "/")


def on_page_signal(sender, **kwargs):
    content_changed()


def on_model_change(sender, **kwargs):
    if sender._meta.app_label in FIGURES_APPS:
        figures_changed()
    elif not is_ignored(sender):
        content_changed()


def connect():
    page_published.connect(on_page_signal, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_signal, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(on_page_signal, dispatch_uid="pagecache_moved")
    post_save.connect(on_model_change, dispatch_uid="pagecache_saved")
    post_delete.connect(on_model_change, dispatch_uid="pagecache_deleted")
