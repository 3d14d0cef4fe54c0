import io
from urllib.parse import urlencode

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from congtin.visits.store import get_store, reset_store


@pytest.fixture
def store(settings):
    """The embedded store, flushed by the test itself (no background timer)."""
    settings.VISITS_REDIS_URL = ""
    settings.VISITS_FLUSH_SECONDS = 3600
    reset_store()
    current = get_store()
    current.clear()
    yield current
    current.clear()
    reset_store()


@pytest.fixture
def article():
    from congtin.content.models import ArticlePage

    return ArticlePage.objects.live().filter(locale__language_code="vi").order_by("-date").first()


BROWSER_UA = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/131.0 Safari/537.36")


class WsgiResponse:
    """What the WSGI application answered: status, headers, body."""

    def __init__(self, status, headers, content):
        self.status_code = int(status.split()[0])
        self.headers = dict(headers)
        self.content = content

    def __getitem__(self, name):
        return self.headers[name]


@pytest.fixture
def wsgi():
    """Call congtin.wsgi.application — what gunicorn calls, fast path included —
    inside the test's transaction. As Django's test client does, requests that
    reach Django must not close the test's database connection."""
    from congtin.wsgi import application

    def call(method, path, body=b"", query="", content_type="application/x-www-form-urlencoded",
             content_length=None, **extra):
        environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
                   "SERVER_NAME": "localhost", "SERVER_PORT": "80", "HTTP_HOST": "localhost",
                   "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
                   "wsgi.input": io.BytesIO(body), "wsgi.errors": io.StringIO(),
                   "CONTENT_TYPE": content_type if method == "POST" else "",
                   "CONTENT_LENGTH": str(len(body) if content_length is None else content_length),
                   **extra}
        answered = {}

        def start_response(status, headers, exc_info=None):
            answered.update(status=status, headers=headers)

        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            result = application(environ, start_response)
            content = b"".join(result)
            if hasattr(result, "close"):
                result.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        return WsgiResponse(answered["status"], answered["headers"], content)

    return call


@pytest.fixture
def beacon(wsgi):
    """Send a beacon as a browser's script would, through the WSGI application
    gunicorn serves: beacon(page_id, ua=…, ip=…, **headers)."""

    def send(page_id="", ua=BROWSER_UA, ip="203.0.113.7", path="/luot-xem/", **headers):
        return wsgi("POST", path, urlencode({"p": page_id}).encode(), HTTP_USER_AGENT=ua,
                    REMOTE_ADDR=ip, **headers)

    return send


@pytest.fixture(autouse=True)
def no_cached_pages():
    """Each test changes figures inside its own transaction, where the page
    cache's on-commit invalidation never runs: start from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
