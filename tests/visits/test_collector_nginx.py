"""Production profile with the real nginx (deploy/nginx/visits-http.conf, the
page store and the page cache configuration) in front of gunicorn, and the collector
(`manage.py collect_visits`) as its own process following nginx's visits log:
views nginx answers from its cache count, staff do not, hostile requests never
stop the count, and the log is handed over (rotated) without losing a view."""

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from congtin.pagecache import localproxy
from tests.support import missing
from tests.visits.proxy_site import ROOT, Stack, start_site

DEPLOY_CONF = ROOT / "deploy" / "nginx" / "visits-http.conf"
LOG_IN_DEPLOY = "/run/congtin-visits/visits.log"


def visits_http(log_file):
    """deploy/nginx/visits-http.conf, writing the test's log (given inline: the
    runner then leaves out its own "access_log off")."""
    text = DEPLOY_CONF.read_text()
    assert LOG_IN_DEPLOY in text
    return text.replace(LOG_IN_DEPLOY, str(log_file))


@pytest.fixture(scope="module")
def stack():
    if not localproxy.available(localproxy.NGINX):
        missing("thiếu nginx (apt-get install -y nginx)")
    workdir = Path(tempfile.mkdtemp(prefix="congtin-visits-nginx-"))
    processes, nginx = [], None
    try:
        env, database, gunicorn, web_port = start_site(
            workdir, PAGECACHE_STORE_DIR=str(workdir / "pages"))
        processes.append(gunicorn)
        log_file = workdir / "visits" / "visits.log"
        log_file.parent.mkdir()
        processes.append(subprocess.Popen(
            [sys.executable, "manage.py", "collect_visits", "--log-file", str(log_file)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True))
        assert str(log_file) in processes[1].stdout.readline()  # following
        nginx = localproxy.start_nginx(workdir / "nginx", backend_port=web_port,
                                       extra_http=visits_http(log_file),
                                       store_dir=workdir / "pages")
        stack = Stack(env, database, nginx)
        stack.log_file = log_file
        yield stack
    finally:
        if nginx:
            nginx.stop()
        for process in reversed(processes):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def test_views_nginx_answers_from_its_cache_still_count(stack):
    before = stack.counted()
    tag = time.time_ns()
    first = stack.get("/", f"a{tag}")
    second = stack.get("/", f"b{tag}")
    # nginx answered (a file of the page store, or its cache): Django never saw it.
    assert second[0] == 200 and second[1] in {"STORE", "HIT"}
    assert first[0] == 200
    assert stack.wait_for((before[0] + 2, before[1] + 2)) == (before[0] + 2, before[1] + 2)
    stack.get("/", f"a{tag}")  # the same reader again: once per window
    time.sleep(2)
    assert stack.counted() == (before[0] + 2, before[1] + 2)


def test_logged_in_staff_do_not_count(stack):
    opener = stack.login()
    before = stack.counted()
    for n in range(3):
        status, cache = stack.get("/", f"staff-{n}-{time.time_ns()}", opener=opener)
        assert status == 200 and cache not in {"STORE", "HIT"}  # personal: from Django
    stack.get("/", f"after-staff-{time.time_ns()}")  # an anonymous reader, to see the batch
    assert stack.wait_for((before[0] + 1, before[1] + 1)) == (before[0] + 1, before[1] + 1)


def raw_request(stack, request_bytes):
    port = int(stack.proxy.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request_bytes)
        return sock.recv(200)


def test_hostile_requests_and_forged_lines_never_stop_the_count(stack):
    before = stack.counted()
    tag = time.time_ns()
    stack.get("/?q=%22%7D%2C%22a%22%3A%221.2.3.4%22", f"quotes-{tag}")  # a JSON injection try
    stack.get("/", "x" * 6000)  # a huge User-Agent
    raw_request(stack, b"GET /tin-t\xfac/ HTTP/1.1\r\nHost: localhost\r\n"
                       b"User-Agent: Mozilla/5.0 legacy\r\n\r\n")  # a legacy-encoded path
    raw_request(stack, b'GET /"\xff\xfe HTTP/1.1\r\nHost: localhost\r\n\r\n')
    stack.get("/", f"good-{tag}")
    expected = (before[0] + 3, before[1] + 3)  # the quotes, the huge agent and the good one
    assert stack.wait_for(expected) == expected


def test_views_keep_counting_across_the_handover_of_the_log(stack):
    """What congtin-visits-rotate.service does: rename the log, have nginx
    reopen its logs (SIGUSR1); the collector reads the old one to its end and
    deletes it."""
    before = stack.counted()
    tag = time.time_ns()
    for n in range(3):
        stack.get("/", f"before-rotation-{n}-{tag}")
    handed_over = stack.log_file.with_name("visits.log.1")
    stack.log_file.rename(handed_over)
    stack.get("/", f"between-{tag}")  # still written to the old file
    stack.proxy.process.send_signal(signal.SIGUSR1)
    deadline = time.monotonic() + 10
    while not stack.log_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    for n in range(2):
        stack.get("/", f"after-rotation-{n}-{tag}")
    expected = (before[0] + 6, before[1] + 6)
    assert stack.wait_for(expected) == expected
    deadline = time.monotonic() + 10
    while handed_over.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not handed_over.exists()  # read to its end, then deleted: no address stays
