"""The counting beacon as a Django view. Most beacons never get here: the
fast path in front of Django (`fastpath.py`) answers those without a session
cookie; this view answers the rest, where the session may be a logged-in
staff member's, whose views are not counted."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import beacon as counting
from .identity import client_address, is_prefetch, is_staff

MESSAGES = {
    counting.REFUSED: "Trang không hợp lệ.",
    counting.TOO_MANY: "Quá nhiều yêu cầu.",
}


def _answer(request, status):
    if status in MESSAGES:
        response = HttpResponse(MESSAGES[status], status=status,
                                content_type="text/plain; charset=utf-8")
    elif request.method == "GET":
        response = HttpResponse(counting.PIXEL, content_type="image/gif")
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
    raw_page = data.get("p")
    if is_staff(request):
        # Still refuse a forged page, as for everyone; count nothing.
        try:
            counting.parse_page_id(raw_page)
        except ValueError:
            return _answer(request, counting.REFUSED)
        return _answer(request, counting.ACCEPTED)
    status = counting.count(raw_page, request.headers.get("User-Agent", ""),
                            client_address(request), prefetch=is_prefetch(request))
    return _answer(request, status)
