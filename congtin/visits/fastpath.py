"""The beacon answered in front of Django.

A beacon arrives with every page view, so it must cost far less than the
view itself. Django's middleware stack and URL resolution cost more than the
counting, so `BeaconFastPath` wraps the WSGI application (congtin/wsgi.py)
and answers POST/GET /luot-xem/ (and /en/luot-xem/) itself: read at most a
small body, validate, rate-limit, queue, answer. Same rules as the Django
view (`beacon.count`).

Only anonymous beacons take this path: a request carrying a session cookie
may come from logged-in staff, whose views are not counted, and deciding
that needs Django's sessions and authentication — it goes to the view.
"""

import logging
from urllib.parse import parse_qs

from django.conf import settings
from django.db import close_old_connections, connections

from . import beacon as counting
from .identity import address_from_environ, is_prefetch_environ

logger = logging.getLogger(__name__)

# The script sends "p=<id>"; anything much longer is not a beacon.
MAX_BODY = 1024
FORM_TYPE = "application/x-www-form-urlencoded"
COMMON_HEADERS = [
    ("X-Robots-Tag", "noindex"),
    ("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
]
TEXTS = {
    counting.REFUSED: ("400 Bad Request", "Trang không hợp lệ."),
    counting.TOO_MANY: ("429 Too Many Requests", "Quá nhiều yêu cầu."),
    413: ("413 Request Entity Too Large", "Yêu cầu quá lớn."),
    503: ("503 Service Unavailable", "Tạm thời chưa đếm được lượt xem."),
}


def beacon_paths():
    """/luot-xem/ for the default language, /<code>/luot-xem/ for the others
    (the same addresses as the i18n URL patterns give the view)."""
    paths = {"/luot-xem/"}
    for code, _ in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            paths.add(f"/{code}/luot-xem/")
    return frozenset(paths)


class BeaconFastPath:
    def __init__(self, application):
        self.application = application
        self.paths = beacon_paths()
        self.session_cookie = settings.SESSION_COOKIE_NAME + "="

    def __call__(self, environ, start_response):
        if not self._takes(environ):
            return self.application(environ, start_response)
        try:
            status = self._count(environ)
        except RequestTooLarge:
            status = 413
        except Exception:  # Redis or the database is down: say so, never a 500
            logger.exception("visits: a beacon could not be counted")
            status = 503
        finally:
            _release_database()
        return _answer(environ, status, start_response)

    def _takes(self, environ):
        if environ.get("PATH_INFO") not in self.paths:
            return False
        method = environ.get("REQUEST_METHOD")
        if method == "POST":
            content_type = environ.get("CONTENT_TYPE", "")
            if content_type and not content_type.startswith(FORM_TYPE):
                return False  # unusual encodings: Django's parser answers
        elif method != "GET":
            return False  # Django answers 405
        return self.session_cookie not in environ.get("HTTP_COOKIE", "")

    def _count(self, environ):
        if environ["REQUEST_METHOD"] == "POST":
            query = _read_body(environ).decode("utf-8", errors="replace")
        else:
            query = environ.get("QUERY_STRING", "")
        if len(query) > MAX_BODY:
            raise RequestTooLarge
        try:
            raw_page = parse_qs(query, max_num_fields=10).get("p", [""])[-1]
        except ValueError:  # dozens of fields: not what the page's script sends
            return counting.REFUSED
        return counting.count(raw_page, environ.get("HTTP_USER_AGENT", ""),
                              address_from_environ(environ),
                              prefetch=is_prefetch_environ(environ))


class RequestTooLarge(Exception):
    pass


def _read_body(environ):
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY:
        raise RequestTooLarge
    # Without a length (chunked), read one byte more than allowed to notice.
    body = environ["wsgi.input"].read(length if length else MAX_BODY + 1)
    if len(body) > MAX_BODY:
        raise RequestTooLarge
    return body


def _release_database():
    """Outside Django's request cycle nobody closes connections: the rare
    beacon that touched the database (a page not seen for a minute, a Redis
    flush) closes its thread's connection as a request would."""
    connection = connections["default"]
    if connection.connection is not None and not connection.in_atomic_block:
        close_old_connections()


def _answer(environ, status, start_response):
    headers = list(COMMON_HEADERS)
    if status in TEXTS:
        line, text = TEXTS[status]
        body = text.encode()
        headers.append(("Content-Type", "text/plain; charset=utf-8"))
    elif environ["REQUEST_METHOD"] == "GET":
        line, body = "200 OK", counting.PIXEL
        headers.append(("Content-Type", "image/gif"))
    else:
        line, body = "204 No Content", b""
    headers.append(("Content-Length", str(len(body))))
    start_response(line, headers)
    return [body]
