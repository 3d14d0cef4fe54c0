"""The page store through the real nginx with the deploy/nginx files: an
anonymous page congtin has rendered is served by nginx from a file, with the
very headers and body Django sends; anything personal, any form, any odd
address still reaches gunicorn, and no file is ever written for it."""

import http.client
import time
from urllib.parse import urlsplit

import pytest

from .test_proxy_invalidation import NEWS, fetch, wait_served_from

pytestmark = pytest.mark.usefixtures("proxied_demo")

# Headers that only say who answered and when, or that a static file adds
# (validators nginx derives from the file); everything else must match.
PER_RESPONSE = {"date", "server", "connection", "keep-alive", "x-page-cache", "x-proxy-cache",
                "etag", "last-modified", "accept-ranges"}


def request(base, method, address, headers=None):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, address, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read(), response.getheaders()
    finally:
        connection.close()


def page_headers(pairs):
    return sorted((name.lower(), value) for name, value in pairs
                  if name.lower() not in PER_RESPONSE)


def stored_files(stack):
    current = stack.store / "current"
    return {path.relative_to(current).as_posix() for path in current.rglob("*.html")}


def test_a_stored_page_has_the_headers_and_body_django_sends(proxied_demo):
    stack = proxied_demo
    for address in ("/", NEWS, "/en/"):
        assert wait_served_from(stack.nginx, address, "STORE") == "STORE", address
        status, body, headers = request(stack.nginx.url, "GET", address)
        # The Host nginx passes on; the same entry of congtin's own cache.
        direct_status, direct_body, direct_headers = request(
            stack.gunicorn_url, "GET", address, {"Host": "127.0.0.1"})
        assert status == direct_status == 200
        assert dict(headers)["X-Proxy-Cache"] == "STORE"
        assert body == direct_body, address
        assert page_headers(headers) == page_headers(direct_headers), address


def test_head_is_answered_from_the_store_without_a_body(proxied_demo):
    stack = proxied_demo
    assert wait_served_from(stack.nginx, NEWS, "STORE") == "STORE"
    _, body, headers = request(stack.nginx.url, "GET", NEWS)
    status, head_body, head_headers = request(stack.nginx.url, "HEAD", NEWS)
    assert status == 200 and head_body == b""
    assert dict(head_headers)["X-Proxy-Cache"] == "STORE"
    assert int(dict(head_headers)["Content-Length"]) == len(body)


def test_page_n_is_stored_and_odd_query_strings_go_to_gunicorn(proxied_demo):
    stack = proxied_demo
    assert wait_served_from(stack.nginx, NEWS + "?page=2", "STORE") == "STORE"
    assert "127.0.0.1/vi/tin-tuc/index+page-2.html" in stored_files(stack)
    for odd in ("?page=2&sort=old", "?utm_source=zalo", "?page=02", "?page=x"):
        for _ in range(3):
            assert fetch(stack.nginx.url, NEWS + odd)[2].get("X-Proxy-Cache") != "STORE", odd
        time.sleep(0.4)
    assert not any("page-02" in name or "utm" in name for name in stored_files(stack))
    assert fetch(stack.nginx.url, NEWS + "?page=2&sort=old")[2].get("X-Proxy-Cache") != "STORE"


def test_personal_cookies_never_get_a_stored_page(proxied_demo):
    stack = proxied_demo
    assert wait_served_from(stack.nginx, NEWS, "STORE") == "STORE"
    for cookie in ("sessionid=abc123", "messages=a-flash-message", "csrftoken=x; sessionid=y"):
        headers = fetch(stack.nginx.url, NEWS, {"Cookie": cookie})[2]
        assert headers.get("X-Proxy-Cache") == "BYPASS", cookie
    # The language and CSRF cookies leave a visitor anonymous.
    headers = fetch(stack.nginx.url, NEWS, {"Cookie": "csrftoken=x; django_language=en"})[2]
    assert headers.get("X-Proxy-Cache") == "STORE"


def test_a_post_to_a_stored_address_reaches_django(proxied_demo):
    stack = proxied_demo
    assert wait_served_from(stack.nginx, NEWS, "STORE") == "STORE"
    status, _, headers = fetch_post(stack.nginx.url, NEWS)
    assert headers.get("X-Proxy-Cache") != "STORE"
    assert status == 403  # Django's CSRF check answered, not nginx's 405 for a file


def fetch_post(base, address):
    status, body, headers = request(base, "POST", address,
                                    {"Content-Type": "application/x-www-form-urlencoded"})
    return status, body, dict(headers)


@pytest.mark.parametrize("address", [
    "/hoi-dap/gui-cau-hoi/", "/hoi-dap/tra-cuu/",  # Q&A: ask, look up an answer
    "/danh-gia/",  # rating
    "/du-thao/quy-che-cong-thong-tin-2026/",  # a draft open for comments
])
def test_forms_are_never_stored(proxied_demo, address):
    stack = proxied_demo
    for _ in range(3):
        status, body, headers = fetch(stack.nginx.url, address)
        assert status == 200, address
        assert "csrfmiddlewaretoken" in body
        assert headers.get("X-Proxy-Cache") != "STORE"
        time.sleep(0.5)
    path = address.strip("/")
    assert not any(path in name for name in stored_files(stack))


def test_a_forged_host_never_writes_a_file(proxied_demo):
    stack = proxied_demo
    for host in ("evil.example", "127.0.0.1.evil.example"):
        status = fetch(stack.nginx.url, NEWS, {"Host": host})[0]
        assert status == 400
    folders = {path.name for path in (stack.store / "current").iterdir()}
    assert folders <= {"127.0.0.1", "localhost"}
