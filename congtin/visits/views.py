"""The counting beacon: the page asks to be counted after it has loaded.

Counting from the page rather than from the server's view function is what
lets a page served from a cache (Django's, nginx's, Varnish's) still count.
The beacon is exempt from CSRF because a cached page carries no valid token;
what a forger can do is bounded: unknown pages are refused, each visitor
counts once per window, and each address is rate-limited.
"""

import base64
import time

from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from .apply import Beacon
from .identity import address_hash, is_bot, is_prefetch, is_staff, visitor_hash
from .store import get_store

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
MAX_PAGE_ID = 2**31 - 1
_known_pages = {}  # page id → time it was confirmed live, per process
KNOWN_PAGE_SECONDS = 60


def page_is_live(page_id):
    """Live pages only; the answer is remembered for a minute per process."""
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


def _answer(request, status=204):
    if request.method == "GET" and status == 204:
        response = HttpResponse(PIXEL, content_type="image/gif")
    else:
        response = HttpResponse(status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt
@never_cache
@require_http_methods(["POST", "GET"])
def beacon(request):
    """POST p=<page id> (the script) or GET ?p=<page id> (the <noscript> image)."""
    data = request.POST if request.method == "POST" else request.GET
    try:
        page_id = parse_page_id(data.get("p"))
    except ValueError:
        return HttpResponseBadRequest("Trang không hợp lệ.", content_type="text/plain; charset=utf-8")
    if is_bot(request.headers.get("User-Agent", "")) or is_prefetch(request) or is_staff(request):
        return _answer(request)
    now = timezone.now()
    day = timezone.localdate(now)
    store = get_store()
    if not store.allow(address_hash(request, day), now):
        return HttpResponse("Quá nhiều yêu cầu.", status=429,
                            content_type="text/plain; charset=utf-8")
    store.record(Beacon(visitor=visitor_hash(request, day), page_id=page_id, at=now))
    return _answer(request)
