"""Site-wide data every public page draws (the menu, the department's
settings, the home page, the restricted sections, the most viewed box),
computed once per process and page-cache generation instead of once per
request.

An uncached render (a cache miss, a preview, a page with a form) otherwise
asks the database the same questions on every request. The memo lives exactly
as long as a cached page would: it belongs to the current content generation
(generation.py), which any content change renews, and to a token kept in the
page cache itself, so clearing that cache (or its entry expiring) drops the
memo too. What shows visit figures (remember_figures) also belongs to the
figures generation, renewed every VISITS_FIGURES_MAX_AGE seconds under
traffic: a figures change drops only those entries, and an article's text,
the menus and the listings rendered before it are used again.

It is private to the process and holds live objects, not pickles: reading it
costs a dictionary lookup and one small cache read. Only data that are the
same for every visitor may go in, never anything that depends on the user.

`rendered` keeps HTML the same way (the site's chrome, an article's text):
the render cache of an uncached page, with the page cache's freshness.
"""

import threading
import uuid
from collections import OrderedDict

from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from . import generation


def _empty_figures():
    return {"figures_token": None, "figures": {}, "figure_pages": OrderedDict()}


def _empty():
    return {"token": None, "values": {}, "pages": OrderedDict(), **_empty_figures()}


# "values" and "pages" live as long as the content generation; "figures" and
# "figure_pages" (what shows visit figures) also end with the figures generation.
_memo = _empty()
# Keys can come from the request (the Host header names the site): past this many
# entries in one generation, values are computed and not kept.
MAX_ENTRIES = 500
# Entries for one page (its rendered text, its route) are many more: they have
# their own area, so that they never crowd out the site-wide data, where the
# least recently used goes first. ~20 KB each at most: a few MB per process.
MAX_PAGE_ENTRIES = 200


# Within one request the memo's tokens are checked once (file stats and a cache
# read each time otherwise, and a page asks the memo thirty times): the
# generation seen is the one at the request's first lookup, as for a cached page.
_request = threading.local()


def _request_started(**kwargs):
    _request.active, _request.tokens = True, None


def _request_finished(**kwargs):
    _request.active, _request.tokens = False, None


request_started.connect(_request_started, dispatch_uid="fragments-request-started")
request_finished.connect(_request_finished, dispatch_uid="fragments-request-finished")


def _current_memo():
    if getattr(_request, "active", False):
        if _request.tokens != (_memo["token"], _memo["figures_token"]):
            _request.tokens = _checked_tokens()
    else:
        _checked_tokens()
    return _memo


def _checked_tokens():
    """The memo's tokens, after dropping the memo if the content generation
    changed or the page cache was cleared, and its figures if the figures
    generation changed."""
    content, figures = generation.parts()
    cache = caches[generation.cache_alias()]
    token_key = f"pagecache:{content}:fragments"
    token = cache.get(token_key)
    if token is None:
        from .middleware import timeout

        token = uuid.uuid4().hex
        cache.set(token_key, token, timeout())
    if token != _memo["token"]:
        _memo.update(_empty(), token=token, figures_token=figures)
    elif figures != _memo["figures_token"]:
        _memo.update(_empty_figures(), figures_token=figures)
    return token, figures


def forget():
    """Drop the whole memo now (tests: a rolled-back transaction changes the
    data without a new generation)."""
    _memo.update(_empty())


def forget_pages():
    """Drop the entries of single pages, keep the site-wide ones: what a page
    costs the first time it is asked for in a generation (bench/cpu.py)."""
    _memo.update(pages=OrderedDict(), figure_pages=OrderedDict())


def forget_figures():
    """Drop what shows visit figures, keep the rest: what a figures-only
    change drops (bench/cpu.py)."""
    _memo.update(_empty_figures(), figures_token=_memo["figures_token"])


def _kept(area, key, compute):
    values = _current_memo()[area]
    if key in values:
        return values[key]
    value = compute()
    if len(values) < MAX_ENTRIES:
        values[key] = value
    return value


def _kept_recent(area, key, compute):
    pages = _current_memo()[area]
    # Another thread may drop the key at any point: a miss is then recomputed.
    try:
        pages.move_to_end(key)
        return pages[key]
    except KeyError:
        pass
    value = compute()
    pages[key] = value
    while len(pages) > MAX_PAGE_ENTRIES:
        try:
            pages.popitem(last=False)
        except KeyError:
            break
    return value


def remember(key, compute):
    """compute() once per content generation for `key`: a hashable tuple
    naming the data and everything it depends on (site, language…). Never
    for data that show visit figures: remember_figures() is for those."""
    return _kept("values", key, compute)


def remember_for_page(key, compute):
    """remember() for data about one page (one of thousands): kept in a
    separate area of the most recently used MAX_PAGE_ENTRIES."""
    return _kept_recent("pages", key, compute)


def remember_figures(key, compute):
    """remember() for visit figures: also computed again in each figures
    generation (at most VISITS_FIGURES_MAX_AGE seconds old)."""
    return _kept("figures", key, compute)


def remember_figures_for_page(key, compute):
    """remember_figures() for one page's figures (its view count)."""
    return _kept_recent("figure_pages", key, compute)


class SiteOnlyRequest(HttpRequest):
    """All that a fragment shared by every visitor may know of the request: its
    site (for page addresses). It has no user, session, cookies, query string
    or host, and no CSRF token reaches the template, so nothing personal or
    request-specific can be rendered into the shared HTML; a template that
    tries fails loudly instead."""

    def __init__(self, site):
        super().__init__()
        self._wagtail_site = site
        # Where Wagtail's page URLs look first, instead of a cache read per fragment.
        self._wagtail_cached_site_root_paths = remember(
            ("site_root_paths",), Site.get_site_root_paths)


def render_shared(template_name, values, site):
    """`template_name` rendered with only `values` (no context processors) and a
    SiteOnlyRequest: HTML that may be shown to any visitor of the site."""
    return mark_safe(render_to_string(template_name, {**values, "request": SiteOnlyRequest(site)}))


def rendered(key, template_name, values, site, for_page=False):
    """render_shared() once per generation, site and language.

    `key` names what `values` depend on besides those three; it must be
    bounded (page ids, a page number, a menu mark), never free text from the
    request. `values` may be a function, called only when the HTML is
    missing. `for_page`: the HTML belongs to one page (remember_for_page)."""
    language = translation.get_language()
    site_id = site.pk if site is not None else None

    def render():
        return render_shared(template_name, values() if callable(values) else values, site)

    store = remember_for_page if for_page else remember
    return store(("html", template_name, site_id, language, *key), render)
