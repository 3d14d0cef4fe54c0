"""Site-wide data every public page draws (the menu, the department's
settings, the home page, the restricted sections, the most viewed box),
computed once per process and page-cache generation instead of once per
request.

An uncached render (a cache miss, a preview, a page with a form) otherwise
asks the database the same questions on every request. The memo lives exactly
as long as a cached page would: it belongs to the current generation
(generation.py), which any content change renews, and to a token kept in the
page cache itself, so clearing that cache (or its entry expiring) drops the
memo too.

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

_memo = {"token": None, "values": {}, "pages": OrderedDict()}
# Keys can come from the request (the Host header names the site): past this many
# entries in one generation, values are computed and not kept.
MAX_ENTRIES = 500
# Entries for one page (its rendered text, its route) are many more: they have
# their own area, so that they never crowd out the site-wide data, where the
# least recently used goes first. ~20 KB each at most: a few MB per process.
MAX_PAGE_ENTRIES = 200


# Within one request the memo's token is checked once (a file stat and a cache
# read each time otherwise, and a page asks the memo thirty times): the
# generation seen is the one at the request's first lookup, as for a cached page.
_request = threading.local()


def _request_started(**kwargs):
    _request.active, _request.token = True, None


def _request_finished(**kwargs):
    _request.active, _request.token = False, None


request_started.connect(_request_started, dispatch_uid="fragments-request-started")
request_finished.connect(_request_finished, dispatch_uid="fragments-request-finished")


def _current_memo():
    if getattr(_request, "active", False):
        if _request.token is None or _request.token != _memo["token"]:
            _request.token = _checked_token()
    else:
        _checked_token()
    return _memo


def _checked_token():
    """The memo's token, after dropping the memo if the generation changed or
    the page cache was cleared."""
    cache = caches[generation.cache_alias()]
    token_key = f"pagecache:{generation.current()}:fragments"
    token = cache.get(token_key)
    if token is None:
        from .middleware import timeout

        token = uuid.uuid4().hex
        cache.set(token_key, token, timeout())
    if token != _memo["token"]:
        _memo.update(token=token, values={}, pages=OrderedDict())
    return token


def forget():
    """Drop the whole memo now (tests: a rolled-back transaction changes the
    data without a new generation)."""
    _memo.update(token=None, values={}, pages=OrderedDict())


def forget_pages():
    """Drop the entries of single pages, keep the site-wide ones: what a page
    costs the first time it is asked for in a generation (bench/cpu.py)."""
    _memo["pages"] = OrderedDict()


def remember(key, compute):
    """compute() once per generation for `key`: a hashable tuple naming the
    data and everything it depends on (site, language…)."""
    values = _current_memo()["values"]
    if key in values:
        return values[key]
    value = compute()
    if len(values) < MAX_ENTRIES:
        values[key] = value
    return value


def remember_for_page(key, compute):
    """remember() for data about one page (one of thousands): kept in a
    separate area of the most recently used MAX_PAGE_ENTRIES."""
    pages = _current_memo()["pages"]
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
