"""The page store of the production profile: every anonymous page the page
cache keeps is also written as a plain file that nginx serves by itself
(try_files, deploy/nginx/pagestore-location.conf), at static-file speed,
the way Drupal's Boost or WP Super Cache do.

Layout, which nginx computes from the request alone:

    PAGECACHE_STORE_DIR/current -> <generation>/
        <host>/<language>/<path>/index.html          (no query string)
        <host>/<language>/<path>/index+page-<N>.html (exactly ?page=N)

`current` is a symbolic link to the folder of the current page-cache
generation (generation.py); a content change makes a new generation, the
link is swapped to its (empty) folder in one rename and the old folders are
deleted, so no page stored before the change can be served after it.

Only what is sure to be the same page for every anonymous visitor is
written: an HTML page that the page cache stored, for a host this site
serves (never a forged Host), at a plain address. The headers Django adds
are added back by nginx (deploy/nginx/pagestore-location.conf; a test
compares a page served both ways).
"""

import fcntl
import os
import re
import shutil
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http.request import split_domain_port
from django.utils.translation import get_language_from_path

CURRENT = "current"
LOCK = ".lock"
# The one page type nginx serves from the store (it adds the same header).
HTML = "text/html; charset=utf-8"
# Letters of a host name nginx hands over as $host (lower case, no port).
HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")
PAGE_QUERY_RE = re.compile(r"^page=([1-9][0-9]{0,5})$")
# A path segment nginx and Django read the same way (no dot segments, no
# percent sign left after decoding, no control characters, no backslash).
UNSAFE_SEGMENTS = {".", ".."}
UNSAFE_CHARACTERS = re.compile(r"[\x00-\x1f\x7f%\\]")


def root():
    """The store's folder, or None when the store is off (the embedded profile)."""
    folder = getattr(settings, "PAGECACHE_STORE_DIR", "")
    return Path(folder) if folder else None


def max_files():
    return int(getattr(settings, "PAGECACHE_STORE_MAX_FILES", 50_000))


def relative_path(request, language):
    """Where nginx looks for this request's page (see the module docstring), or
    None for an address the store never holds."""
    path, query = request.path, request.META.get("QUERY_STRING", "")
    if not path.startswith("/") or not path.endswith("/"):
        return None
    segments = path.split("/")[1:-1]
    if any(not part or part in UNSAFE_SEGMENTS or UNSAFE_CHARACTERS.search(part)
           for part in segments):
        return None
    if query == "":
        name = "index.html"
    elif match := PAGE_QUERY_RE.match(query):
        name = f"index+page-{match.group(1)}.html"
    else:
        return None
    host = served_host(request)
    if host is None:
        return None
    return Path(host, language, *segments, name)


def served_host(request):
    """The host name as nginx's $host has it, when this site really serves it:
    listed in ALLOWED_HOSTS (not by a wildcard) or a Wagtail site's host.
    A Host with a port is never stored: the page's absolute links carry that
    port, and nginx's $host (the file's folder) has none."""
    host = request.get_host()
    domain, _port = split_domain_port(host)
    if host != domain or not HOST_RE.match(domain):
        return None
    if domain in settings.ALLOWED_HOSTS:
        return domain
    from wagtail.models import Site

    return domain if Site.objects.filter(hostname=domain).exists() else None


def page_language(request, response):
    """The language of the page: Django chooses it from the address alone
    (/en/... or the default language), as nginx's map does."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    return language if response.get("Content-Language") == language else None


def save(request, response, generation):
    """Write the page the page cache has just stored, if the store holds it."""
    folder = root()
    if folder is None or response.get("Content-Type") != HTML:
        return
    language = page_language(request, response)
    relative = relative_path(request, language) if language else None
    if relative is None or not room_for_one_more(generation):
        return
    if _link_target(folder) != generation:
        switch_to()
        if _link_target(folder) != generation:
            return  # a newer generation began while this page was rendered
    _write_atomically(folder / generation, relative, response.content)


def room_for_one_more(generation):
    """At most max_files() pages per generation (counted in the shared cache),
    so no crawler can fill the disk with ?page= variants or odd addresses."""
    cache = caches[getattr(settings, "PAGECACHE_ALIAS", "default")]
    key = f"pagecache:store-files:{generation}"
    cache.add(key, 0, timeout=getattr(settings, "PAGECACHE_TIMEOUT", 3600))
    try:
        return cache.incr(key) <= max_files()
    except ValueError:  # expired between add and incr: count again from one
        cache.add(key, 1)
        return True


def _write_atomically(base, relative, content):
    """A temporary file renamed into place: nginx never sees half a page.
    Folders and file are readable by nginx's user whatever the umask."""
    target = base / relative
    try:
        _make_folders(base, relative.parent)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    except OSError:  # the folder went away with its generation, or a name clash
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError:
        _remove_quietly(temporary)


def _make_folders(base, relative):
    folder = base
    for part in relative.parts:
        folder = folder / part
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        folder.chmod(0o755)


def _remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass


def _link_target(folder):
    try:
        return os.readlink(folder / CURRENT)
    except OSError:
        return None


@contextmanager
def _locked(folder):
    """One switch at a time on this machine: each one reads the generation
    inside the lock, so the last switch always leaves the newest one."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    with open(folder / LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def switch_to():
    """Point `current` at a new, empty folder for the current generation and
    delete every other generation's folder. Called after each new
    generation (generation.bump) and by a writer that finds the link behind."""
    folder = root()
    if folder is None:
        return
    from . import generation as generations

    with _locked(folder):
        newest = generations.current()
        if _link_target(folder) == newest:
            return
        # Every folder there is older, including one of the new name that a
        # late writer may have left: all go before the link moves.
        _drop_generations(folder)
        (folder / newest).mkdir()
        (folder / newest).chmod(0o755)
        temporary = folder / f".{CURRENT}-{os.getpid()}-{threading.get_ident()}"
        _remove_quietly(temporary)
        os.symlink(newest, temporary)
        os.replace(temporary, folder / CURRENT)


def _drop_generations(folder):
    """Old folders are renamed away at once (nginx no longer finds them) and
    deleted in the background (a big store takes a while to delete; the
    editor who published should not wait for it)."""
    doomed = []
    for entry in folder.iterdir():
        if entry.name in (CURRENT, LOCK) or entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            trash = folder / f".trash-{entry.name}-{os.getpid()}-{threading.get_ident()}"
            try:
                entry.rename(trash)
            except OSError:
                continue
            doomed.append(trash)
    doomed += [entry for entry in folder.glob(".trash-*") if entry not in doomed]
    if doomed:
        threading.Thread(target=_delete_trees, args=(doomed,), daemon=True).start()


def _delete_trees(trees):
    for tree in trees:
        shutil.rmtree(tree, ignore_errors=True)
