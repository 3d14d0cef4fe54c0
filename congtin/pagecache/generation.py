"""The generation counters: every cached page belongs to one generation, and a
change starts a new one, so no stale page can ever be served.

Bumping one number instead of finding every address a change touches (the
page, its parents' listings, the home page, feeds, the sitemap) is the
simplest rule that is always right; the measured hit rate stays high because
content changes are rare next to page views.

There are two counters. The content counter moves with any content change;
the figures counter moves when the visit figures shown on pages (online now,
today, most viewed) are due to be redrawn (invalidation.figures_changed). A
cached page shows both, so the page cache and the page store use the two
together (current()); the render cache (fragments.py) keeps what shows no
figures across a figures-only change, since only content() moved for it.

Where the cache is shared between processes (Redis), the counters live in it.
The in-process cache of the embedded profile is private to each gunicorn
worker, so there each counter is a small file in the var folder: one `stat`
per request and counter, seen by every worker at once.
"""

import functools
import os
import time
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from . import store

CACHE_KEY = "pagecache:generation"
FIGURES_CACHE_KEY = "pagecache:generation:figures"
FIGURES_FILE_SUFFIX = ".figures"


def cache_alias():
    return _where().alias


@functools.cache
def _where():
    """Which cache holds the counters, and the counter files: read from the
    settings once, not for every request (building the two paths and asking
    the cache handler cost ~22 µs, most of a cached page view's own work)."""
    alias = getattr(settings, "PAGECACHE_ALIAS", "default")
    content = Path(getattr(settings, "PAGECACHE_GENERATION_FILE",
                           Path(settings.VAR_DIR) / "pagecache-generation"))
    backend = import_string(settings.CACHES[alias]["BACKEND"])
    return _Where(alias, issubclass(backend, LocMemCache), content,
                  content.with_name(content.name + FIGURES_FILE_SUFFIX))


class _Where(NamedTuple):
    alias: str
    private: bool  # a cache of this process only: the counters are files
    content_file: Path
    figures_file: Path


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    if setting in ("PAGECACHE_ALIAS", "PAGECACHE_GENERATION_FILE", "VAR_DIR", "CACHES"):
        _where.cache_clear()


def _counter_file():
    return _where().content_file


def _figures_counter_file():
    return _where().figures_file


def _is_private_cache():
    return _where().private


def _file_value(path):
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return "0"
    return f"{stat.st_ino:x}.{stat.st_mtime_ns:x}"


def parts():
    """(content generation, figures generation), each a short string."""
    where = _where()
    if where.private:
        return _file_value(where.content_file), _file_value(where.figures_file)
    values = caches[where.alias].get_many([CACHE_KEY, FIGURES_CACHE_KEY])
    return str(values.get(CACHE_KEY, 0)), str(values.get(FIGURES_CACHE_KEY, 0))


def current():
    """The generation new cached pages belong to: content and figures together."""
    return "-".join(parts())


def bump():
    """Start a new content generation: every page cached before is now out of
    reach, in the cache and in the page store nginx serves (store.py), and so
    is every rendered fragment (fragments.py)."""
    _count_up(_counter_file(), CACHE_KEY)
    store.switch_to()


def bump_figures():
    """Start a new figures generation: cached pages are dropped as by bump(),
    but of the render cache only the entries that show figures."""
    _count_up(_figures_counter_file(), FIGURES_CACHE_KEY)
    store.switch_to()


def _count_up(path, cache_key):
    if _is_private_cache():
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(str(time.time_ns()))
        # A new file (new inode) replaces the old one atomically, so two bumps
        # in the same clock tick still give two different generations.
        os.replace(temporary, path)
        return
    cache = caches[cache_alias()]
    if not cache.add(cache_key, 1, timeout=None):
        cache.incr(cache_key)
