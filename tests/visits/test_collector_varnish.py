"""Production profile with the real Varnish (deploy/varnish/congtin.vcl) in
front of gunicorn: varnishncsa writes a line per request
(deploy/varnish/visits.format) into a pipe that the collector reads
(`manage.py collect_visits --stdin`). Views Varnish answers from its cache
count, staff do not; the pipe's lines are cut and joined as a pipe delivers them."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from congtin.pagecache import localproxy
from congtin.visits.collector import MAX_LINE, stream_lines
from tests.support import missing
from tests.visits.proxy_site import ROOT, Stack, start_site

VARNISHNCSA = shutil.which("varnishncsa") or "/usr/bin/varnishncsa"
FORMAT = ROOT / "deploy" / "varnish" / "visits.format"
QUERY = ROOT / "deploy" / "varnish" / "visits.query"


def test_lines_from_a_pipe_are_joined_across_reads_and_end_with_the_pipe():
    reading, writing = os.pipe()
    receive = stream_lines(reading)
    os.write(writing, b'{"a":1}\n{"b":')
    assert receive() == [b'{"a":1}']
    os.write(writing, b'2}\n\n' + b"x" * (MAX_LINE + 10))
    assert receive() == [b'{"b":2}', b"x" * (MAX_LINE + 10)]  # too long: handed on, refused
    os.write(writing, b'tail\n{"c":3}\n')
    assert receive() == [b"tail", b'{"c":3}']
    os.close(writing)
    assert receive() is None
    os.close(reading)


@pytest.fixture(scope="module")
def stack():
    if not localproxy.available(localproxy.VARNISHD) or not Path(VARNISHNCSA).exists():
        missing("thiếu Varnish (apt-get install -y varnish)")
    workdir = Path(tempfile.mkdtemp(prefix="congtin-visits-varnish-"))
    processes, varnish = [], None
    try:
        env, database, gunicorn, web_port = start_site(workdir)
        processes.append(gunicorn)
        varnish = localproxy.start_varnish(workdir / "varnish", backend_port=web_port)
        log = subprocess.Popen(
            [VARNISHNCSA, "-n", str(workdir / "varnish" / "varnish"), "-j", "-f", str(FORMAT),
             "-Q", str(QUERY)], stdout=subprocess.PIPE)
        processes.append(log)
        processes.append(subprocess.Popen(
            [sys.executable, "manage.py", "collect_visits", "--stdin"], cwd=ROOT, env=env,
            stdin=log.stdout, stdout=subprocess.PIPE, text=True))
        log.stdout.close()  # the collector holds the pipe's reading end
        assert "đầu vào chuẩn" in processes[-1].stdout.readline()
        site = Stack(env, database, varnish)
        # varnishncsa follows Varnish's log from when it attached: wait for a first view.
        deadline = time.monotonic() + 20
        while site.counted() == (0, 0) and time.monotonic() < deadline:
            site.get("/", f"warm-up-{time.time_ns()}")
            time.sleep(0.5)
        assert site.counted() != (0, 0)
        yield site
    finally:
        if varnish:
            varnish.stop()
        for process in reversed(processes):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def test_views_varnish_answers_from_its_cache_still_count(stack):
    before = stack.settled()  # the warm-up's last views are written
    tag = time.time_ns()
    assert stack.get("/", f"a{tag}")[0] == 200
    # Varnish answered from its cache: Django never saw this one.
    assert stack.get("/", f"b{tag}", **{"X-Forwarded-For": "203.0.113.7"}) == (200, "HIT")
    expected = (before[0] + 2, before[1] + 2)
    assert stack.wait_for(expected) == expected
    stack.get("/", f"a{tag}")  # the same reader again: once per window
    stack.get("/", f"bot-{tag} Googlebot/2.1")
    time.sleep(2)
    assert stack.counted() == expected


def test_logged_in_staff_do_not_count(stack):
    opener = stack.login()
    before = stack.settled()
    for n in range(3):
        status, cache = stack.get("/", f"staff-{n}-{time.time_ns()}", opener=opener)
        assert status == 200 and cache == "MISS"  # personal: passed to Django
    stack.get("/", f"after-staff-{time.time_ns()}")  # an anonymous reader, to see the batch
    expected = (before[0] + 1, before[1] + 1)
    assert stack.wait_for(expected) == expected
