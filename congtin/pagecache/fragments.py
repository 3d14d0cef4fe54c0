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
"""

import uuid

from django.core.cache import caches

from . import generation

_memo = {"token": None, "values": {}}
# Keys can come from the request (the Host header names the site): past this many
# entries in one generation, values are computed and not kept.
MAX_ENTRIES = 500


def _values():
    cache = caches[generation.cache_alias()]
    token_key = f"pagecache:{generation.current()}:fragments"
    token = cache.get(token_key)
    if token is None:
        from .middleware import timeout

        token = uuid.uuid4().hex
        cache.set(token_key, token, timeout())
    if token != _memo["token"]:
        _memo["token"] = token
        _memo["values"] = {}
    return _memo["values"]


def remember(key, compute):
    """compute() once per generation for `key`: a hashable tuple naming the
    data and everything it depends on (site, language…)."""
    values = _values()
    if key in values:
        return values[key]
    value = compute()
    if len(values) < MAX_ENTRIES:
        values[key] = value
    return value
