"""What counts as a view, one rule for both counters: the middleware (a
Django request and its response, `middleware.py`) and the collector (a line
of nginx's log, `collector.py`).

A view is a GET answered 200 with an HTML page of the public site, by a
reader: not a robot, not a speculative load (prefetch, prerender). Logged-in
staff are left out by the callers, who know about sessions.
"""

from django.conf import settings

from .identity import is_bot, is_prefetch_environ

# Addresses that answer HTML but are not the public site.
DEFAULT_EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/static/", "/media/")


def excluded_prefixes():
    return tuple(getattr(settings, "VISITS_EXCLUDED_PREFIXES", DEFAULT_EXCLUDED_PREFIXES))


def is_public_page(method, status, content_type, path, excluded=None):
    """A GET answered 200 with HTML, outside the admin and the file addresses
    (`excluded`: excluded_prefixes(), read once by a caller that asks often)."""
    return (method == "GET" and status == 200 and content_type.startswith("text/html")
            and not path.startswith(excluded or excluded_prefixes()))


def is_reader(user_agent, purpose_headers):
    """A browser showing the page: a User-Agent that names no robot and no
    Sec-Purpose/Purpose announcing a prefetch or prerender (WSGI names)."""
    return not is_bot(user_agent) and not is_prefetch_environ(purpose_headers)
