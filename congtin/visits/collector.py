"""Counting the views a caching proxy answers, from the proxy's own log
(production profile).

In production nginx (or Varnish) answers most page views from its cache,
without Django. nginx sends one line per page request
(deploy/nginx/visits-http.conf: JSON with escape=json) as a syslog datagram
to this collector (`manage.py collect_visits`); Varnish's varnishncsa writes
the same JSON (deploy/varnish/visits.format) into a pipe that the collector
reads (`collect_visits --stdin`). The collector applies the same rule as the
middleware (rules.py), hashes the address at once and hands the view to the
store's buffer (Redis in production), written in batches. No file is
involved: a raw address exists only in the datagram or the pipe and in
memory until its line is read.

Lines that are not what those formats write (too long, not JSON, bad
UTF-8, an address that is not one, a path in a legacy encoding, a time far
from now) are refused and counted as such; the collector never stops for one.
"""

import datetime
import ipaddress
import json
import logging
import os
import re
import selectors
import socket
import time
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from django.utils import timezone

from . import config, rules
from .middleware import ANONYMOUS
from .store import View

logger = logging.getLogger(__name__)

MAX_LINE = 8192  # nginx's lines are far shorter; a longer datagram is not one of them
FIELDS = ("t", "h", "m", "u", "s", "ct", "ua", "sp", "pp", "a", "c", "v")
HOST = re.compile(r"[A-Za-z0-9.\-]{1,253}(:\d{1,5})?|\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?")
SKEW = datetime.timedelta(minutes=10)  # beyond this, a line's time is not believed
RECEIVE_BUFFER = 4 * 1024 * 1024  # bytes waiting in the kernel while a batch is written


class RefusedLine(ValueError):
    pass


@dataclass
class Tally:
    received: int = 0
    counted: int = 0  # views handed to the store
    ignored: int = 0  # well-formed lines that are no view (a 404, a robot, staff…)
    refused: int = 0  # malformed or hostile lines

    def __str__(self):
        return (f"received {self.received}, counted {self.counted}, "
                f"ignored {self.ignored}, refused {self.refused}")


def parse(datagram, now):
    """The fields of one line, checked: a syslog datagram from nginx or a line
    of varnishncsa (deploy/varnish/visits.format: the same JSON without the
    syslog header); RefusedLine if it is not what those formats write."""
    if len(datagram) > MAX_LINE:
        raise RefusedLine("too long")
    start = datagram.find(b"{")  # after the syslog header ("<190>Nov 29 10:41:14 tag: ")
    try:
        entry = json.loads(datagram[start:].decode("utf-8")) if start >= 0 else None
    except ValueError as error:  # bad JSON or bad UTF-8
        raise RefusedLine("not JSON") from error
    if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in FIELDS):
        raise RefusedLine("fields")
    try:
        at = datetime.datetime.fromtimestamp(float(entry["t"]), tz=datetime.UTC)
        entry["s"] = int(entry["s"])
        entry["a"] = str(ipaddress.ip_address(entry["a"]))
    except (ValueError, OverflowError) as error:
        raise RefusedLine("time, status or address") from error
    if abs(at - now) > SKEW:
        raise RefusedLine("time")
    if not HOST.fullmatch(entry["h"]):
        raise RefusedLine("host")
    entry["t"], entry["path"] = at, decoded_path(entry["u"])
    return entry


def decoded_path(request_uri):
    """/tin-tuc/b%C3%A0i/?page=2 → /tin-tuc/bài/, as Django sees it; a path
    that is not UTF-8 once decoded (a legacy encoding) is refused."""
    raw = request_uri.split("?", 1)[0]
    if not raw.startswith("/"):
        raise RefusedLine("path")
    try:
        path = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as error:
        raise RefusedLine("path encoding") from error
    if not path.isprintable():  # control characters: no page has them
        raise RefusedLine("path control characters")
    return path


def view_of(entry):
    """The view a checked line records, or None when it is no reader's view.
    A request with a session cookie reached Django, which labels it when its
    reader is anonymous (middleware.READER_HEADER); staff are left out."""
    if not (rules.is_public_page(entry["m"], entry["s"], entry["ct"], entry["path"])
            and rules.is_reader(entry["ua"], {"HTTP_SEC_PURPOSE": entry["sp"],
                                              "HTTP_PURPOSE": entry["pp"]})):
        return None
    if entry["c"] == "1" and entry["v"] != ANONYMOUS:
        return None
    return View.of(entry["a"], entry["ua"], entry["h"], entry["path"], entry["t"])


class Collector:
    """Takes nginx's lines one by one and records the views in `store`."""

    def __init__(self, store):
        self.store = store
        self.tally = Tally()

    def take(self, datagram, now=None):
        self.tally.received += 1
        try:
            entry = parse(datagram, now or timezone.now())
        except RefusedLine:
            self.tally.refused += 1
            return
        view = view_of(entry)
        if view is None:
            self.tally.ignored += 1
            return
        self.store.record(view)
        self.tally.counted += 1


def open_socket(address):
    """A datagram socket bound to "unix:/path" or "127.0.0.1:port"."""
    if address.startswith("unix:"):
        path = address[len("unix:"):]
        if os.path.exists(path):
            os.unlink(path)  # left by a collector that stopped
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(path)
        os.chmod(path, 0o666)  # nginx's workers run as another user
    else:
        host, port = address.rsplit(":", 1)
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind((host, int(port)))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
    return sock


def datagrams(sock):
    """The lines nginx sends: one syslog datagram each (`run`'s receive)."""
    sock.settimeout(0.2)

    def receive():
        try:
            return [sock.recv(MAX_LINE + 1)]
        except TimeoutError:
            return []

    return receive


def stream_lines(fd):
    """Lines from a pipe (varnishncsa's output, one JSON line per request):
    whatever came within a short wait; None once the writer has closed it.
    A line longer than MAX_LINE is handed on cut, and refused as too long."""
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    partial = [b""]

    def receive():
        if not selector.select(timeout=0.2):
            return []
        chunk = os.read(fd, 65536)
        if not chunk:
            selector.close()
            return None
        *lines, rest = (partial[0] + chunk).split(b"\n")
        if len(rest) > MAX_LINE:
            lines, rest = [*lines, rest], b""
        partial[0] = rest
        return [line for line in lines if line]

    return receive


def run(receive, collector, should_stop, report_every=60):
    """Take the lines receive() gives until should_stop() or the source
    closes; every flush interval, write what waits (the store's own thread
    does too; this also moves Redis into the database when the site is quiet)."""
    next_flush = next_report = time.monotonic()
    while not should_stop():
        lines = receive()
        if lines is None:
            break
        for line in lines:
            collector.take(line)
        moment = time.monotonic()
        if moment >= next_flush:
            next_flush = moment + config.flush_seconds()
            _flush(collector.store)
        if moment >= next_report:
            next_report = moment + report_every
            logger.info("visits collector: %s", collector.tally)
    _flush(collector.store)


def _flush(store):
    try:
        store.flush()
    except Exception:  # kept by the store and retried; the collector goes on
        logger.exception("visits collector: could not write a batch")
