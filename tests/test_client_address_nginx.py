"""Behind the real nginx (the production example's locations, which append the
client's address to X-Forwarded-For) with TRUSTED_PROXIES=127.0.0.1, citizens
connecting from other loopback addresses (127.0.0.2…): each has a rating of
their own, and one who writes a new X-Forwarded-For with every request is
still one client (issue 20, item 3: 5/5 forged ratings were accepted)."""

import http.client
import re
import shutil
import signal
import tempfile
import urllib.parse
from pathlib import Path

import pytest

from congtin.pagecache import localproxy
from tests.support import missing
from tests.visits.proxy_site import start_site


@pytest.fixture(scope="module")
def nginx_url():
    if not localproxy.available(localproxy.NGINX):
        missing("thiếu nginx (apt-get install -y nginx)")
    workdir = Path(tempfile.mkdtemp(prefix="congtin-client-address-"))
    gunicorn = nginx = None
    try:
        # VISITS_CLIENT_IP_HEADER: what an operator set before there was one function.
        _, _, gunicorn, port = start_site(
            workdir, VISITS_COUNTER="off", TRUSTED_PROXIES="127.0.0.1,::1",
            VISITS_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR")
        nginx = localproxy.start_nginx(workdir / "nginx", backend_port=port)
        yield nginx.url
    finally:
        if nginx:
            nginx.stop()
        if gunicorn:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def rate_the_site(url, source, forged=None):
    """From the loopback address `source` (a citizen: not a trusted proxy), GET
    the confirmation form and POST a rating of the whole site; the status."""
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    headers = {"User-Agent": "Mozilla/5.0 Firefox/133.0"}
    if forged:
        headers["X-Forwarded-For"] = forged
    query = urllib.parse.urlencode({"page": "", "score": "5", "next": "/"})

    def send(method, path, body=None, extra=()):
        connection = http.client.HTTPConnection(host, port, timeout=20,
                                                source_address=(source, 0))
        try:
            connection.request(method, path, body=body, headers={**headers, **dict(extra)})
            response = connection.getresponse()
            return response.status, response.getheader("Set-Cookie", ""), response.read()
        finally:
            connection.close()

    _, cookie, page = send("GET", "/danh-gia/?" + query)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.decode()).group(1)
    csrf = re.search(r"csrftoken=([^;]+)", cookie).group(1)
    status, _, _ = send("POST", "/danh-gia/", body=query + "&csrfmiddlewaretoken=" + token,
                        extra={"Cookie": f"csrftoken={csrf}",
                               "Content-Type": "application/x-www-form-urlencoded"})
    return status


def test_citizens_through_nginx_rate_once_each_whatever_they_forge(nginx_url):
    assert rate_the_site(nginx_url, "127.0.0.2") == 302
    assert rate_the_site(nginx_url, "127.0.0.3") == 302
    statuses = [rate_the_site(nginx_url, "127.0.0.4", f"192.0.2.{n}") for n in range(3)]
    assert statuses == [302, 429, 429]
