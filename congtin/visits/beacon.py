"""Deciding what one beacon counts, shared by the fast path in front of Django
(`fastpath.py`, the usual route) and the Django view (`views.py`, for requests
that carry a session and may come from logged-in staff).

Counting from the page rather than from the server's view function is what
lets a page served from a cache (Django's, nginx's, Varnish's) still count.
The beacon is exempt from CSRF because a cached page carries no valid token;
what a forger can do is bounded: unknown pages are refused, each visitor
counts once per window, and each address is rate-limited.
"""

import base64
import time

from django.utils import timezone

from congtin.pagecache.invalidation import figures_changed

from .apply import Beacon
from .identity import address_key, is_bot, visitor_key
from .store import get_store

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
MAX_PAGE_ID = 2**31 - 1
KNOWN_PAGE_SECONDS = 60
ACCEPTED, REFUSED, TOO_MANY = 204, 400, 429
_known_pages = {}  # page id → time it was confirmed live, per process


def page_is_live(page_id):
    """Live pages only; the answer is remembered for a minute per process, so
    the database is asked once a minute per page, not once per beacon."""
    from wagtail.models import Page

    confirmed = _known_pages.get(page_id)
    if confirmed is not None and time.monotonic() - confirmed < KNOWN_PAGE_SECONDS:
        return True
    if Page.objects.live().filter(pk=page_id).exists():
        if len(_known_pages) > 50_000:
            _known_pages.clear()
        _known_pages[page_id] = time.monotonic()
        return True
    return False


def parse_page_id(raw):
    """"" → None (the site only); a live page's id → int; anything else → ValueError."""
    raw = (raw or "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 10 or not 0 < int(raw) <= MAX_PAGE_ID:
        raise ValueError(raw)
    page_id = int(raw)
    if not page_is_live(page_id):
        raise ValueError(raw)
    return page_id


def count(raw_page, user_agent, address, prefetch=False, now=None):
    """One beacon from an anonymous reader: ACCEPTED (counted, or silently not
    counted for a robot or a prefetch), REFUSED (no such live page) or
    TOO_MANY (the address is over its rate limit)."""
    try:
        page_id = parse_page_id(raw_page)
    except ValueError:
        return REFUSED
    if prefetch or is_bot(user_agent):
        return ACCEPTED
    now = now or timezone.now()
    day = timezone.localdate(now)
    beacon = Beacon(visitor=visitor_key(address, user_agent, day), page_id=page_id, at=now)
    if not get_store().count(address_key(address, day), beacon):
        return TOO_MANY
    # Cached pages show these figures: they are redrawn within a bounded delay
    # (VISITS_FIGURES_MAX_AGE), not at every view (congtin/pagecache/invalidation.py).
    figures_changed()
    return ACCEPTED
