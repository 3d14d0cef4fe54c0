"""The generation counter: every cached page belongs to one generation, and a
content change starts a new one, so no stale page can ever be served.

Bumping one number instead of finding every address a change touches (the
page, its parents' listings, the home page, feeds, the sitemap) is the
simplest rule that is always right; the measured hit rate stays high because
content changes are rare next to page views.

Where the cache is shared between processes (Redis), the counter lives in it.
The in-process cache of the embedded profile is private to each gunicorn
worker, so there the counter is a small file in the var folder: one `stat`
per request, seen by every worker at once.
"""

import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

from . import store

CACHE_KEY = "pagecache:generation"


def cache_alias():
    return getattr(settings, "PAGECACHE_ALIAS", "default")


def _counter_file():
    return Path(getattr(settings, "PAGECACHE_GENERATION_FILE",
                        Path(settings.VAR_DIR) / "pagecache-generation"))


def _is_private_cache():
    return isinstance(caches[cache_alias()], LocMemCache)


def current():
    """The generation new cache entries belong to (a short string)."""
    if _is_private_cache():
        try:
            stat = os.stat(_counter_file())
        except FileNotFoundError:
            return "0"
        return f"{stat.st_ino:x}.{stat.st_mtime_ns:x}"
    value = caches[cache_alias()].get(CACHE_KEY)
    return "0" if value is None else str(value)


def bump():
    """Start a new generation: every page cached before is now out of reach,
    in the cache and in the page store nginx serves (store.py)."""
    _count_up()
    store.switch_to()


def _count_up():
    if _is_private_cache():
        path = _counter_file()
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(str(time.time_ns()))
        # A new file (new inode) replaces the old one atomically, so two bumps
        # in the same clock tick still give two different generations.
        os.replace(temporary, path)
        return
    cache = caches[cache_alias()]
    if not cache.add(CACHE_KEY, 1, timeout=None):
        cache.incr(CACHE_KEY)
